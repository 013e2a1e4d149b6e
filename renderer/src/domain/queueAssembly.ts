/**
 * The File d'actions of one portfolio put together from the debtors' collection states: the
 * actions due, one row per debtor (callbacks included), and the alerts. The same whether the
 * states were computed from the ledger's rows (`debtorCollections`) or from the queue summary
 * (`summaryCollections`).
 */
import { buildQueue, type QueueAction, type QueueView } from './actionQueue';
import { pendingCallbacks } from './agenda';
import type { CollectedActivity } from './collectionHistory';
import type { CollectionOf } from './collectionView';
import type { CollectedItems } from './ladderItems';
import type { Debtor, IsoDate } from './model';
import {
  type PrescriptionAlert,
  type PromiseAlert,
  prescriptionAlerts,
  promiseAlerts,
} from './queueAlerts';
import { debtorRows, type QueueRow } from './queueRows';
import type { QueueDebtor } from './queueSummary';
import type { PortfolioMatch } from './teamPortfolios';

export interface AssembledQueue {
  queue: QueueView;
  /** One row per debtor with its due actions and callbacks; callbacks due first. */
  rows: QueueRow[];
  promiseAlerts: PromiseAlert[];
  prescriptionAlerts: PrescriptionAlert[];
}

export type QueueCollection = CollectionOf<Debtor | QueueDebtor, CollectedItems, CollectedActivity>;

/**
 * `match` says whether a debtor's assignee is in the portfolio shown, and who entrusted it when
 * it is a hand-over. The snoozed count is the whole team's, as before any portfolio was chosen.
 * `all`: the whole team's queue of these collections when already built.
 */
export function assembleQueue(
  collections: readonly QueueCollection[],
  today: IsoDate,
  matchAssignee: (assignee: string | undefined) => PortfolioMatch | null,
  all: QueueView = buildQueue(collections, today),
): AssembledQueue {
  // A handful of assignees for thousands of debtors and actions: each is matched once.
  const matches = new Map<string | undefined, PortfolioMatch | null>();
  const match = (assignee: string | undefined) => {
    let found = matches.get(assignee);
    if (found === undefined) {
      found = matchAssignee(assignee);
      matches.set(assignee, found);
    }
    return found;
  };
  const actions: QueueAction[] = [];
  for (const action of all.actions) {
    const found = match(action.assignee);
    if (found)
      actions.push(found.entrustedBy ? { ...action, entrustedBy: found.entrustedBy } : action);
  }
  // The amounts with interest are read per row as it is drawn (queueClaimsRepo.dueToday).
  const queue = { ...all, actions };
  const mine = collections.filter((c) => match(c.debtor.assignee) !== null);
  const tags = new Map(collections.map((c) => [c.debtor.id, c.debtor.tags]));
  const callbacks = mine.flatMap((c) =>
    pendingCallbacks(c.debtor.id, c.activities).map((callback) => ({
      ...callback,
      debtorName: c.debtor.name,
      accountNo: c.debtor.accountNo,
      ...(c.debtor.assignee ? { assignee: c.debtor.assignee } : {}),
    })),
  );
  return {
    queue,
    rows: debtorRows(queue.actions, (id) => tags.get(id) ?? [], callbacks, today),
    promiseAlerts: promiseAlerts(mine, today),
    prescriptionAlerts: prescriptionAlerts(mine, today),
  };
}
