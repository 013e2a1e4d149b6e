/**
 * Reading the structured facts a timeline activity carries (`Activity.details`, declared with the
 * other ledger entities in model.ts): the text is for people; these fields are what the ladder,
 * the promise checks, the disputes and the prescription read back, so that the append-only
 * timeline is the single record of what happened.
 */
import type { CallOutcome } from './model';

export type {
  ActivityDetails,
  CallOutcome,
  DisputeCategory,
  DisputeResolution,
  QueueDecision,
} from './model';

/** Outcomes where the debtor was actually reached: the step's written reminder is moot. */
export const REACHED_OUTCOMES: ReadonlySet<CallOutcome> = new Set<CallOutcome>([
  'promesse',
  'echeancier',
  'litige',
  'facture-renvoyee',
  'deja-paye',
  'refus',
]);
