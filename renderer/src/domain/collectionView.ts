/**
 * Everything the collection screens know about each debtor on a given day, computed in one pass
 * from the ledger: its promises and whether they hold, its ladder state, and the timeline events
 * that interrupt prescription. The queue, the alerts and the debtor page all read from this.
 */

import { EARLIEST_DATE } from './dates';
import { evaluateLadder, type LadderState } from './escalation';
import type { Ladder } from './ladder';
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

export interface DebtorCollection {
  debtor: Debtor;
  items: Invoice[];
  promises: EvaluatedPromise[];
  activities: Activity[];
  interruptions: InterruptionEvent[];
  state: LadderState;
}

function groupBy<T extends { debtorId: string }>(rows: readonly T[]): Map<string, T[]> {
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
  activities: readonly Activity[],
  latestImportAsOf: IsoDate | undefined,
): IsoDate {
  let latest = latestImportAsOf ?? EARLIEST_DATE;
  for (const a of activities) {
    if (a.details?.kind === 'payment-entry' && a.details.date > latest) latest = a.details.date;
  }
  return latest;
}

/** Debtors with something to collect or to watch: open items, promises or activities. */
export function debtorCollections(inputs: CollectionInputs): DebtorCollection[] {
  const items = groupBy(inputs.items);
  const promises = groupBy(inputs.promises);
  const cases = groupBy(inputs.cases);
  const activities = groupBy(inputs.activities);
  const letters = groupBy(inputs.letters);
  const result: DebtorCollection[] = [];
  for (const debtor of inputs.debtors) {
    const own = items.get(debtor.id) ?? [];
    const ownPromises = promises.get(debtor.id) ?? [];
    if (own.length === 0 && ownPromises.length === 0) continue;
    const ownActivities = activities.get(debtor.id) ?? [];
    result.push(
      debtorCollection(debtor, {
        ...inputs,
        items: own,
        promises: ownPromises,
        cases: cases.get(debtor.id) ?? [],
        activities: ownActivities,
        letters: letters.get(debtor.id) ?? [],
      }),
    );
  }
  return result;
}

/** One debtor's collection state; `inputs` hold only that debtor's rows. */
export function debtorCollection(debtor: Debtor, given: CollectionInputs): DebtorCollection {
  // What an « Annuler » cancelled never happened, for every rule below.
  const inputs = { ...given, activities: withoutUndone(given.activities) };
  const itemsById = new Map(inputs.items.map((i) => [i.id, i]));
  const evidence = evidenceDate(inputs.activities, inputs.latestImportAsOf);
  const evaluated = inputs.promises.map((promise) => ({
    promise,
    evaluation: evaluatePromise(promise, {
      openCents: coveredOpenCents(promise, itemsById),
      evidenceDate: evidence,
      today: inputs.today,
      graceDays: inputs.ladder.promiseGraceDays,
    }),
  }));
  const state = evaluateLadder(
    inputs.ladder,
    {
      debtor,
      items: inputs.items,
      promises: evaluated,
      activities: inputs.activities,
      letters: inputs.letters,
      cases: inputs.cases,
    },
    inputs.today,
  );
  return {
    debtor,
    items: [...inputs.items],
    promises: evaluated,
    activities: [...inputs.activities],
    interruptions: interruptionsFrom(inputs.activities),
    state,
  };
}
