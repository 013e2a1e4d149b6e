/** Litiges: open one on some items, note it, resolve it; the debtor page lists them. */
export { DebtorDisputes } from './DebtorDisputes';
export { openDisputeDialog } from './DisputeDialog';
export {
  type DisputeDraft,
  DisputeFields,
  disputeDraftValid,
  EMPTY_DISPUTE,
} from './DisputeFields';
