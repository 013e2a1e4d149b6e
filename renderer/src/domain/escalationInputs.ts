/**
 * What the escalation ladder reads about one debtor, and a step it found done. Shared by the
 * ladder (escalation.ts) and its helpers (escalationEvidence.ts, escalationReason.ts), which
 * import these types from here rather than from the ladder, so the three never form a cycle.
 */
import type { CollectedActivity } from './collectionHistory';
import type { LadderStep } from './ladder';
import type { LadderItem, LadderItems } from './ladderItems';
import type { Case, Debtor, IsoDate, Letter, PaymentPromise } from './model';
import type { PromiseEvaluation } from './promiseStatus';

export interface LadderInputs {
  debtor: Pick<Debtor, 'id' | 'status' | 'ladderOverrides'>;
  /** The debtor's items, any status: the rows, or the queue summary's (ladderItems.ts). */
  items: readonly LadderItem[] | LadderItems;
  promises: readonly { promise: PaymentPromise; evaluation: PromiseEvaluation }[];
  activities: readonly CollectedActivity[];
  letters: readonly Pick<Letter, 'template' | 'date'>[];
  cases: readonly Pick<Case, 'openedAt' | 'stage' | 'procedure' | 'closedAt'>[];
}

export interface CompletedStep {
  step: LadderStep;
  on: IsoDate;
}
