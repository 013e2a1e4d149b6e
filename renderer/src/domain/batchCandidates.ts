/**
 * Who an « Envoi groupé » of one template is for: the debtors whose ladder step due today prints
 * that template. Debtors whose overdue items are held by a live promise, a payment plan or a
 * dispute are listed apart, greyed with the reason, and never selected; amounts count only the
 * items the letter may claim (none under a live promise or a dispute).
 */
import type { CollectedActivity } from './collectionHistory';
import type { CollectionOf } from './collectionView';
import { formatDateFr } from './dates';
import { isLadderItem } from './escalation';
import { WRITTEN_CHANNELS } from './ladder';
import { type CollectedItems, isHeld, type LadderItem } from './ladderItems';
import type { Cents, Debtor, IsoDate } from './model';
import { formatEuros, sumCents } from './money';
import { pausesLadder } from './promiseStatus';
import type { QueueDebtor } from './queueSummary';
import { NOTICE_TEMPLATE_IDS } from './stage';

export interface BatchCandidate {
  debtorId: string;
  name: string;
  accountNo: string;
  /** Step the debtor is at (« Relance 2 »), or why the ladder holds. */
  stage: string;
  /** « 1 200,00 € le 15/12/2026 » for a live promise, « Échéancier 2/3 » for a plan. */
  promise?: string;
  /** « 2 factures en litige ». */
  dispute?: string;
  /** Overdue items the letter may claim: not under a live promise, not disputed. */
  itemIds: string[];
  /** Items under a live promise or plan: never claimed by the letter. */
  heldItemIds: string[];
  amountCents: Cents;
  daysLate: number;
  /** Why the debtor is not in the batch (a badge's headline, the whole sentence); absent when it is due for the template. */
  excluded?: { headline: string; reason: string };
}

/** A debtor's collection state, from its rows or from the queue summary. */
type BatchCollection = CollectionOf<Debtor | QueueDebtor, CollectedItems, CollectedActivity>;

/**
 * The debtor's items in the ledger's order (status, then id), as the rows are read: the summary
 * keeps them by due date.
 */
function ledgerOrder(items: CollectedItems): readonly LadderItem[] {
  if (!isHeld(items)) return items;
  return [...items.all()].sort((a, b) =>
    a.status !== b.status ? (a.status < b.status ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

function promiseText(collection: BatchCollection): { text?: string; held: Set<string> } {
  const held = new Set<string>();
  const texts: string[] = [];
  for (const { promise, evaluation } of collection.promises) {
    if (!pausesLadder(evaluation.state)) continue;
    for (const id of promise.invoiceIds) held.add(id);
    const next = evaluation.next;
    if (promise.kind === 'plan') {
      const paid = evaluation.installments.filter((i) => i.state === 'paid').length;
      texts.push(
        `Échéancier ${paid}/${evaluation.installments.length}${next ? `, prochaine échéance ${formatEuros(next.cents)} le ${formatDateFr(next.date)}` : ''}`,
      );
    } else if (next) {
      texts.push(`Promesse : ${formatEuros(next.cents)} le ${formatDateFr(next.date)}`);
    }
  }
  return { ...(texts.length ? { text: texts.join(' ; ') } : {}), held };
}

/**
 * One debtor's row for `templateId` on `today`: due, held by a promise, a plan or a dispute
 * (greyed, `excluded` says why), or none. A template no ladder step prints (a statement of
 * account…) is for every debtor with something to claim.
 */
export function batchCandidateOf(
  collection: BatchCollection,
  templateId: string,
  today: IsoDate,
  ladderTemplate = true,
): BatchCandidate | undefined {
  const { debtor, state } = collection;
  const dueNow = ladderTemplate
    ? state.status === 'step' &&
      state.step.templateId === templateId &&
      state.dueOn <= today &&
      state.pending.some((c) => WRITTEN_CHANNELS.includes(c))
    : state.status === 'step' || state.status === 'below-minimum';
  // Neither due nor held: its items are not read (most of a ledger's debtors; decoding every
  // debtor's items took 250 ms of the page when the list was drawn again after a batch).
  if (!dueNow && state.status !== 'paused') return undefined;
  const items = ledgerOrder(collection.items);
  const overdue = items.filter((i) => isLadderItem(i, today));
  const disputed = items.filter(
    (i) => i.status === 'disputed' && i.kind === 'invoice' && i.openCents > 0,
  );
  const promise = promiseText(collection);
  const claimable = overdue.filter((i) => !promise.held.has(i.id));
  const base = {
    debtorId: debtor.id,
    name: debtor.name,
    accountNo: debtor.accountNo,
    ...(promise.text ? { promise: promise.text } : {}),
    ...(disputed.length
      ? {
          dispute: `${disputed.length} facture${disputed.length > 1 ? 's' : ''} en litige (${formatEuros(sumCents(disputed.map((i) => i.openCents)))})`,
        }
      : {}),
    itemIds: claimable.map((i) => i.id),
    heldItemIds: [...promise.held],
    amountCents: sumCents(claimable.map((i) => i.openCents)),
    daysLate: state.status === 'step' || state.status === 'below-minimum' ? state.daysLate : 0,
  };
  if (dueNow && (state.status === 'step' || state.status === 'below-minimum')) {
    return { ...base, stage: state.step.label };
  }
  // Held by a promise, a plan or a dispute: shown, greyed, with the ladder's own reason.
  if (state.status === 'paused' && (promise.held.size > 0 || disputed.length > 0)) {
    return {
      ...base,
      stage: 'Échelle suspendue',
      excluded: { headline: state.headline, reason: state.reason },
    };
  }
  return undefined;
}

/** The rows as the batch lists them: due ones first, largest amount first; then the held ones, by name. */
export function inBatchOrder(candidates: readonly BatchCandidate[]): BatchCandidate[] {
  const due = candidates.filter((c) => !c.excluded).sort((a, b) => b.amountCents - a.amountCents);
  const held = candidates
    .filter((c) => c.excluded)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return [...due, ...held];
}

/** Candidates for `templateId` on `today` (see batchCandidateOf), in batch order. */
export function batchCandidates(
  collections: readonly BatchCollection[],
  templateId: string,
  today: IsoDate,
  ladderTemplate = true,
): BatchCandidate[] {
  return inBatchOrder(
    collections.flatMap((c) => batchCandidateOf(c, templateId, today, ladderTemplate) ?? []),
  );
}

/**
 * The template a batch opens on: the one with the most debtors due today, the earlier step on a
 * tie — never a later step by default, and never a notice (mise en demeure, dernier avis): a
 * formal notice goes out in bulk only when the user chooses it, even when most debtors are due
 * for one.
 */
export function defaultBatchTemplate(
  collections: readonly BatchCollection[],
  templateOrder: readonly string[],
  today: IsoDate,
): string | undefined {
  const counts = new Map<string, number>();
  for (const { state } of collections) {
    if (state.status !== 'step' || state.dueOn > today || !state.step.templateId) continue;
    if (!state.pending.some((c) => WRITTEN_CHANNELS.includes(c))) continue;
    counts.set(state.step.templateId, (counts.get(state.step.templateId) ?? 0) + 1);
  }
  const amicable = templateOrder.filter((id) => !NOTICE_TEMPLATE_IDS.has(id));
  let best: string | undefined;
  for (const id of amicable) {
    if ((counts.get(id) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = id;
  }
  return best ?? amicable[0] ?? templateOrder[0];
}
