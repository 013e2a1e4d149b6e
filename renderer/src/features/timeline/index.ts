/** The debtor's append-only timeline, mounted on the fiche débiteur. */
export { DebtorTimeline } from './DebtorTimeline';
