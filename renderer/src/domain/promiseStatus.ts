/**
 * Whether a promise to pay or a payment plan is being kept. Money paid is measured on the
 * ledger (the covered items' open amount fell since the promise), and a missed instalment is
 * only called missed once a balance or a payment check dated after its deadline shows it unpaid:
 * before that, it is « à vérifier », never silently assumed.
 */
import { addDays } from './dates';
import type { Cents, Invoice, IsoDate, PaymentPromise } from './model';
import { addCents, maxCents, subtractCents, sumCents, ZERO_CENTS } from './money';

export type PromiseState = 'active' | 'to-verify' | 'kept' | 'broken' | 'cancelled';
export type InstallmentState = 'paid' | 'pending' | 'to-verify' | 'missed';

export interface InstallmentCheck {
  date: IsoDate;
  cents: Cents;
  /** Last day the payment is waited for: date + grace. */
  deadline: IsoDate;
  state: InstallmentState;
}

export interface PromiseEvaluation {
  state: PromiseState;
  promisedCents: Cents;
  paidCents: Cents;
  installments: InstallmentCheck[];
  /** Deadline of the first missed instalment, when broken. */
  brokenAfter?: IsoDate;
  /** The next instalment still expected. */
  next?: InstallmentCheck;
}

export interface PromiseFacts {
  /** Current open amount of the items the promise covers. */
  openCents: Cents;
  /** Latest date the ledger is known to be true: last import's as-of date or a payment check. */
  evidenceDate: IsoDate;
  today: IsoDate;
  graceDays: number;
}

/** Open amount, today, of the items a promise covers (paid or missing items count as zero). */
export function coveredOpenCents(
  promise: Pick<PaymentPromise, 'invoiceIds'>,
  itemsById: ReadonlyMap<string, Pick<Invoice, 'openCents' | 'status'>>,
): Cents {
  let open = ZERO_CENTS;
  for (const id of promise.invoiceIds) {
    const item = itemsById.get(id);
    if (item && (item.status === 'open' || item.status === 'disputed')) {
      open = addCents(open, item.openCents);
    }
  }
  return open;
}

export function evaluatePromise(promise: PaymentPromise, facts: PromiseFacts): PromiseEvaluation {
  const sorted = [...promise.installments].sort((a, b) => a.date.localeCompare(b.date));
  const promisedCents = sumCents(sorted.map((i) => i.cents));
  const baseline = promise.startOpenCents ?? promisedCents;
  const paidCents = maxCents(ZERO_CENTS, subtractCents(baseline, facts.openCents));
  let cumulative = ZERO_CENTS;
  const installments = sorted.map((installment): InstallmentCheck => {
    cumulative = addCents(cumulative, installment.cents);
    const deadline = addDays(installment.date, facts.graceDays);
    let state: InstallmentState = 'pending';
    if (paidCents >= cumulative) state = 'paid';
    else if (installment.status === 'missed') state = 'missed';
    else if (facts.today > deadline) state = facts.evidenceDate > deadline ? 'missed' : 'to-verify';
    return { date: installment.date, cents: installment.cents, deadline, state };
  });
  const missed = installments.find((i) => i.state === 'missed');
  const next = installments.find((i) => i.state === 'pending' || i.state === 'to-verify');
  const base = { promisedCents, paidCents, installments, ...(next ? { next } : {}) };

  // A decision already recorded stands: the ledger may move later, the promise's fate does not.
  if (promise.status === 'cancelled') return { ...base, state: 'cancelled' };
  if (promise.status === 'kept') return { ...base, state: 'kept' };
  if (promise.status === 'broken' || missed) {
    const brokenAfter = missed?.deadline;
    return { ...base, state: 'broken', ...(brokenAfter ? { brokenAfter } : {}) };
  }
  if (installments.every((i) => i.state === 'paid')) return { ...base, state: 'kept' };
  if (installments.some((i) => i.state === 'to-verify')) return { ...base, state: 'to-verify' };
  return { ...base, state: 'active' };
}

/** Promises and plans that hold the ladder back: still running or awaiting a check. */
export function pausesLadder(state: PromiseState): boolean {
  return state === 'active' || state === 'to-verify';
}

export const PROMISE_STATE_LABELS: Record<PromiseState, string> = {
  active: 'En cours',
  'to-verify': 'À vérifier',
  kept: 'Tenue',
  broken: 'Non tenue',
  cancelled: 'Annulée',
};
