/**
 * Everything the collection screens know about each debtor on a given day, computed in one pass
 * from the ledger: its promises and whether they hold, its ladder state, and the timeline events
 * that interrupt prescription. The queue, the alerts and the debtor page all read from this.
 */

import type { CollectedActivity } from './collectionHistory';
import { EARLIEST_DATE } from './dates';
import { evaluateLadder, type LadderState } from './escalation';
import type { Ladder } from './ladder';
import { type CollectedItems, isHeld, type LadderItem } from './ladderItems';
import type { Activity, Case, Debtor, Invoice, IsoDate, Letter, PaymentPromise } from './model';
import { type InterruptionEvent, interruptionsFrom } from './prescription';
import { coveredOpenCents, evaluatePromise, type PromiseEvaluation } from './promiseStatus';
import { withoutUndone } from './undo';

export interface CollectionInputs {
  today: IsoDate;
  ladder: Ladder;
  debtors: readonly Debtor[];
  /** Open and disputed items (settled ones are not needed). */
  items: readonly Invoice[];
  promises: readonly PaymentPromise[];
  cases: readonly Case[];
  activities: readonly Activity[];
  letters: readonly Pick<Letter, 'debtorId' | 'template' | 'date'>[];
  /** As-of date of the latest import: the ledger is known to be true on that day. */
  latestImportAsOf?: IsoDate;
}

export interface EvaluatedPromise {
  promise: PaymentPromise;
  evaluation: PromiseEvaluation;
}

/** What the collection state reads of the debtor itself. */
export type CollectedDebtor = Pick<Debtor, 'id' | 'status' | 'ladderOverrides'>;

/**
 * One debtor's collection state. `D` is the debtor's row (`Debtor`) or what the queue summary
 * keeps of it; `I` its open and disputed items, rows or the summary's (`HeldItems`).
 */
export interface CollectionOf<
  D extends CollectedDebtor,
  I extends CollectedItems,
  A extends CollectedActivity = Activity,
> {
  debtor: D;
  items: I;
  promises: EvaluatedPromise[];
  activities: A[];
  interruptions: InterruptionEvent[];
  state: LadderState;
}

export type DebtorCollection = CollectionOf<Debtor, Invoice[]>;

/** The day, the ladder and what the ledger is known to be true on: the same for every debtor. */
export type CollectionContext = Pick<CollectionInputs, 'today' | 'ladder' | 'latestImportAsOf'>;

/** One debtor's own rows. */
export interface OwnRows<I, A extends CollectedActivity> {
  /** Open and disputed items. */
  items: I;
  promises: readonly PaymentPromise[];
  cases: readonly Case[];
  activities: readonly A[];
  letters: readonly Pick<Letter, 'template' | 'date'>[];
}

/** Rows by debtor id, each debtor's in the order given. */
export function groupByDebtor<T extends { debtorId: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.debtorId);
    if (list) list.push(row);
    else map.set(row.debtorId, [row]);
  }
  return map;
}

/** The latest day the debtor's balance is known: last import, or a payment entered since. */
export function evidenceDate(
  activities: readonly CollectedActivity[],
  latestImportAsOf: IsoDate | undefined,
): IsoDate {
  let latest = latestImportAsOf ?? EARLIEST_DATE;
  for (const a of activities) {
    if (a.details?.kind === 'payment-entry' && a.details.date > latest) latest = a.details.date;
  }
  return latest;
}

/** The rows of every debtor, grouped by debtor (promises, cases, activities, letters). */
export interface GroupedRows<A extends CollectedActivity = Activity> {
  promises: Map<string, PaymentPromise[]>;
  cases: Map<string, Case[]>;
  activities: Map<string, A[]>;
  letters: Map<string, Pick<Letter, 'debtorId' | 'template' | 'date'>[]>;
}

export function groupRows<A extends CollectedActivity>(
  inputs: Pick<CollectionInputs, 'promises' | 'cases' | 'letters'> & {
    activities: readonly A[];
  },
): GroupedRows<A> {
  return {
    promises: groupByDebtor(inputs.promises),
    cases: groupByDebtor(inputs.cases),
    activities: groupByDebtor(inputs.activities),
    letters: groupByDebtor(inputs.letters),
  };
}

const NONE: readonly never[] = [];

/**
 * The debtors with something to collect or to watch (open items or promises), in the order
 * given, each with its own rows from `grouped` and its items from `itemsOf`.
 */
export function collectionsOf<
  D extends CollectedDebtor,
  I extends CollectedItems,
  A extends CollectedActivity,
>(
  debtors: Iterable<D>,
  itemsOf: (debtor: D) => I,
  grouped: GroupedRows<A>,
  context: CollectionContext,
): CollectionOf<D, I, A>[] {
  const result: CollectionOf<D, I, A>[] = [];
  for (const debtor of debtors) {
    const own = itemsOf(debtor);
    const ownPromises = grouped.promises.get(debtor.id) ?? NONE;
    const none = isHeld(own) ? own.isEmpty : own.length === 0;
    if (none && ownPromises.length === 0) continue;
    result.push(
      collect(
        debtor,
        {
          items: own,
          promises: ownPromises,
          cases: grouped.cases.get(debtor.id) ?? NONE,
          activities: grouped.activities.get(debtor.id) ?? NONE,
          letters: grouped.letters.get(debtor.id) ?? NONE,
        },
        context,
      ),
    );
  }
  return result;
}

/** Debtors with something to collect or to watch: open items, promises or activities. */
export function debtorCollections(inputs: CollectionInputs): DebtorCollection[] {
  const items = groupByDebtor(inputs.items);
  return collectionsOf(inputs.debtors, (d) => items.get(d.id) ?? [], groupRows(inputs), inputs);
}

/** One debtor's collection state; `inputs` hold only that debtor's rows. */
export function debtorCollection(debtor: Debtor, given: CollectionInputs): DebtorCollection {
  return collect(debtor, { ...given, items: [...given.items] }, given);
}

/** One debtor's collection state from its own rows. */
export function collect<
  D extends CollectedDebtor,
  I extends CollectedItems,
  A extends CollectedActivity,
>(debtor: D, rows: OwnRows<I, A>, context: CollectionContext): CollectionOf<D, I, A> {
  // What an « Annuler » cancelled never happened, for every rule below.
  const activities = withoutUndone(rows.activities);
  const evidence = evidenceDate(activities, context.latestImportAsOf);
  let itemsById: ReadonlyMap<string, LadderItem> | undefined;
  const { items } = rows;
  const evaluated = rows.promises.map((promise) => {
    itemsById ??= isHeld(items) ? items.byId() : new Map(items.map((i) => [i.id, i]));
    return {
      promise,
      evaluation: evaluatePromise(promise, {
        openCents: coveredOpenCents(promise, itemsById),
        evidenceDate: evidence,
        today: context.today,
        graceDays: context.ladder.promiseGraceDays,
      }),
    };
  });
  const state = evaluateLadder(
    context.ladder,
    {
      debtor,
      items: rows.items,
      promises: evaluated,
      activities,
      letters: rows.letters,
      cases: rows.cases,
    },
    context.today,
  );
  return {
    debtor,
    items,
    promises: evaluated,
    activities,
    interruptions: interruptionsFrom(activities),
    state,
  };
}
