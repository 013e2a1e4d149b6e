/**
 * Promise-kept rate over a month: the instalments of promises and payment plans that fell due
 * in the month (by their promised date), each judged by domain/promiseStatus as of the report's
 * day — paid, missed, or not yet known (still within the grace days, or missed on the calendar
 * but with no balance or payment check since to prove it: « à vérifier »). The rate is
 * kept ÷ (kept + missed); instalments not yet known are counted apart, never guessed.
 * Cancelled promises, and the instalments of a broken promise after it broke, are left out.
 */
import type { Cents, IsoDate, PaymentPromise } from '../model';
import { addCents, ZERO_CENTS } from '../money';
import { evaluatePromise } from '../promiseStatus';

export interface PromiseCheckInput {
  promise: PaymentPromise;
  /** Open amount today of the items the promise covers (promiseStatus.coveredOpenCents). */
  openCents: Cents;
  /** Latest day the debtor's balance is known (collectionView.evidenceDate). */
  evidenceDate: IsoDate;
}

export interface PromiseTally {
  /** Instalments promised for a date in the month. */
  due: number;
  kept: number;
  missed: number;
  /** Not yet known: within the grace days, or to be checked against a newer balance. */
  unknown: number;
  dueCents: Cents;
  keptCents: Cents;
  missedCents: Cents;
  /** kept ÷ (kept + missed), 0 to 1; null when none is known yet. */
  rate: number | null;
}

export function emptyTally(): PromiseTally {
  return {
    due: 0,
    kept: 0,
    missed: 0,
    unknown: 0,
    dueCents: ZERO_CENTS,
    keptCents: ZERO_CENTS,
    missedCents: ZERO_CENTS,
    rate: null,
  };
}

function withRate(tally: PromiseTally): PromiseTally {
  const known = tally.kept + tally.missed;
  return { ...tally, rate: known > 0 ? tally.kept / known : null };
}

export interface PromiseRateInput {
  checks: readonly PromiseCheckInput[];
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  graceDays: number;
  /** The debtor's controller ('' for nobody): the tally per controller uses it. */
  ownerOf?: (debtorId: string) => string | undefined;
}

export interface PromiseRate {
  total: PromiseTally;
  /** Per controller name ('' for debtors assigned to nobody). */
  byController: Map<string, PromiseTally>;
}

export function promiseKeptRate(input: PromiseRateInput): PromiseRate {
  let total = emptyTally();
  const byController = new Map<string, PromiseTally>();
  const add = (tally: PromiseTally, state: 'kept' | 'missed' | 'unknown', cents: Cents) => {
    tally.due += 1;
    tally.dueCents = addCents(tally.dueCents, cents);
    tally[state] += 1;
    if (state === 'kept') tally.keptCents = addCents(tally.keptCents, cents);
    if (state === 'missed') tally.missedCents = addCents(tally.missedCents, cents);
  };
  for (const { promise, openCents, evidenceDate } of input.checks) {
    if (promise.status === 'cancelled') continue;
    const evaluation = evaluatePromise(promise, {
      openCents,
      evidenceDate,
      today: input.today,
      graceDays: input.graceDays,
    });
    const owner = input.ownerOf?.(promise.debtorId);
    // A broken promise broke on its first unpaid instalment (missed); the later ones were no
    // longer expected once it broke, and are left out.
    const breaking =
      evaluation.state === 'broken'
        ? evaluation.installments.find((i) => i.state !== 'paid')
        : undefined;
    for (const installment of evaluation.installments) {
      if (installment.date < input.from || installment.date > input.to) continue;
      const state =
        installment.state === 'paid'
          ? 'kept'
          : installment === breaking || (!breaking && installment.state === 'missed')
            ? 'missed'
            : breaking
              ? null
              : 'unknown';
      if (state === null) continue;
      add(total, state, installment.cents);
      if (owner !== undefined) {
        let tally = byController.get(owner);
        if (!tally) {
          tally = emptyTally();
          byController.set(owner, tally);
        }
        add(tally, state, installment.cents);
      }
    }
  }
  total = withRate(total);
  for (const [owner, tally] of byController) byController.set(owner, withRate(tally));
  return { total, byController };
}
