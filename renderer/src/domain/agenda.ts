/**
 * The agenda of the credit controller: what is expected and when — promised payments, plan
 * instalments, callbacks and dated reminders — and the cash forecast: money expected per day,
 * week or month from promises and plans, against what was actually collected.
 */

import type { QueueDecision } from './activityDetails';
import type { CollectedActivity } from './collectionHistory';
import { addDays, addMonths, isoDate, todayIso } from './dates';
import type { Cents, IsoDate, PaymentPromise } from './model';
import { addCents, ZERO_CENTS } from './money';
import type { InstallmentState, PromiseState } from './promiseStatus';
import { startOfWeek } from './quickDates';
import { withoutUndone } from './undo';

/** A callback promised on a call, or a reminder written in a note, on a given day. */
export interface Callback {
  debtorId: string;
  /** The activity that set it. */
  activityId: string;
  date: IsoDate;
  source: 'call' | 'note';
  text: string;
  /** Queue key: the queue's decisions (done, snoozed) apply to it like to a ladder action. */
  key: string;
}

/**
 * The step a callback stands for in queue keys and rows: not a ladder step (a ladder step's id
 * has no underscore), so a call answering it counts for the ladder like any call.
 */
export const CALLBACK_STEP = '_rappel';

export function callbackKey(debtorId: string, activityId: string): string {
  return `${debtorId}|${CALLBACK_STEP}|${activityId}|telephone`;
}

const dayOf = (at: string) => todayIso(new Date(at));

/**
 * The debtor's callbacks still to make: set by a call (« rappel programmé », « pas de réponse »)
 * or a note's reminder, not yet followed by a call on or after their day, not marked done; a
 * snoozed one moves to its new day. Activities are the debtor's own, in any order.
 */
export function pendingCallbacks(
  debtorId: string,
  activities: readonly CollectedActivity[],
): Callback[] {
  if (activities.length === 0) return [];
  const live = withoutUndone(activities);
  const decisions = new Map<string, { at: string; decision: QueueDecision }>();
  const callDays: IsoDate[] = [];
  for (const a of live) {
    const d = a.details;
    if (d?.kind === 'queue-decision') {
      const seen = decisions.get(d.actionKey);
      if (!seen || a.at >= seen.at) decisions.set(d.actionKey, { at: a.at, decision: d.decision });
    }
    if (a.type === 'call') callDays.push(dayOf(a.at));
  }
  const result: Callback[] = [];
  for (const a of live) {
    const d = a.details;
    let date: IsoDate | undefined;
    let source: Callback['source'] = 'note';
    if (d?.kind === 'reminder') date = d.date;
    if (d?.kind === 'call' && d.callBackOn) {
      date = d.callBackOn;
      source = 'call';
    }
    if (!date) continue;
    const key = callbackKey(debtorId, a.id);
    const decision = decisions.get(key)?.decision;
    if (decision?.kind === 'done' || decision?.kind === 'skipped') continue;
    const due = decision?.kind === 'snoozed' ? decision.until : date;
    // A call made on or after the day settles the callback (the one that set it does not).
    const setOn = dayOf(a.at);
    if (callDays.some((day) => day >= date && day > setOn)) continue;
    result.push({ debtorId, activityId: a.id, date: due, source, text: a.text, key });
  }
  return result.sort((x, y) => x.date.localeCompare(y.date));
}

export type AgendaKind = 'promise' | 'instalment' | 'callback' | 'reminder';

export interface AgendaEntry {
  date: IsoDate;
  kind: AgendaKind;
  debtorId: string;
  debtorName: string;
  cents?: Cents;
  /** For a payment expected: its state on the promise (paid, pending, to verify, missed). */
  state?: InstallmentState;
  text: string;
  /** Id of the promise, or of the activity that set the callback. */
  sourceId: string;
}

export interface AgendaPromise {
  debtorName: string;
  promise: PaymentPromise;
  state: PromiseState;
  installments: readonly { date: IsoDate; cents: Cents; state: InstallmentState }[];
}

export interface AgendaInputs {
  promises: readonly AgendaPromise[];
  callbacks: readonly (Callback & { debtorName: string })[];
}

/** Entries dated from `from` to `to` (inclusive), by day, callbacks before payments. */
export function agendaEntries(inputs: AgendaInputs, from: IsoDate, to: IsoDate): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  for (const p of inputs.promises) {
    if (p.state === 'cancelled') continue;
    const many = p.installments.length > 1;
    p.installments.forEach((i, index) => {
      if (i.date < from || i.date > to) return;
      entries.push({
        date: i.date,
        kind: p.promise.kind === 'plan' ? 'instalment' : 'promise',
        debtorId: p.promise.debtorId,
        debtorName: p.debtorName,
        cents: i.cents,
        state: i.state,
        text:
          p.promise.kind === 'plan'
            ? `Échéance ${index + 1}/${p.installments.length} de l’échéancier`
            : many
              ? `Paiement promis (${index + 1}/${p.installments.length})`
              : 'Paiement promis',
        sourceId: p.promise.id,
      });
    });
  }
  for (const c of inputs.callbacks) {
    if (c.date < from || c.date > to) continue;
    entries.push({
      date: c.date,
      kind: c.source === 'call' ? 'callback' : 'reminder',
      debtorId: c.debtorId,
      debtorName: c.debtorName,
      text: c.text,
      sourceId: c.activityId,
    });
  }
  const rank: Record<AgendaKind, number> = { callback: 0, reminder: 1, promise: 2, instalment: 3 };
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      rank[a.kind] - rank[b.kind] ||
      a.debtorName.localeCompare(b.debtorName, 'fr'),
  );
}

export type ForecastPeriod = 'day' | 'week' | 'month';

export interface ForecastBucket {
  /** First day of the period (the Monday of a week, the 1st of a month). */
  start: IsoDate;
  end: IsoDate;
  /** Instalments dated in the period of promises and plans that still count. */
  expectedCents: Cents;
  /** Payments received in the period (all of them: the ledger's, the bank's, by hand). */
  collectedCents: Cents;
}

export interface ForecastInputs {
  promises: readonly Pick<AgendaPromise, 'promise' | 'state' | 'installments'>[];
  payments: readonly { date: IsoDate; cents: Cents }[];
  today: IsoDate;
}

export function periodStart(date: IsoDate, period: ForecastPeriod): IsoDate {
  if (period === 'day') return date;
  if (period === 'week') return startOfWeek(date);
  return isoDate(`${date.slice(0, 7)}-01`);
}

function nextStart(start: IsoDate, period: ForecastPeriod): IsoDate {
  if (period === 'day') return addDays(start, 1);
  if (period === 'week') return addDays(start, 7);
  return addMonths(start, 1);
}

/**
 * Whether an instalment is still expected: a cancelled promise expects nothing; a broken one no
 * longer expects what falls after today (what fell before stays, to show the shortfall).
 */
function expected(state: PromiseState, date: IsoDate, today: IsoDate): boolean {
  if (state === 'cancelled') return false;
  if (state === 'broken') return date <= today;
  return true;
}

/**
 * Expected against collected, period by period, over the periods that hold `from` to `to`.
 * Expected: every instalment of the promises and plans that still count, dated in the period
 * (paid or not: the comparison with collected is the point). Collected: every payment dated in
 * the period.
 */
export function cashForecast(
  inputs: ForecastInputs,
  period: ForecastPeriod,
  from: IsoDate,
  to: IsoDate,
): ForecastBucket[] {
  const buckets: ForecastBucket[] = [];
  const index = new Map<IsoDate, ForecastBucket>();
  for (let start = periodStart(from, period); start <= to; start = nextStart(start, period)) {
    const bucket = {
      start,
      end: addDays(nextStart(start, period), -1),
      expectedCents: ZERO_CENTS,
      collectedCents: ZERO_CENTS,
    };
    buckets.push(bucket);
    index.set(start, bucket);
  }
  for (const p of inputs.promises) {
    for (const i of p.installments) {
      if (!expected(p.state, i.date, inputs.today)) continue;
      const bucket = index.get(periodStart(i.date, period));
      if (bucket) bucket.expectedCents = addCents(bucket.expectedCents, i.cents);
    }
  }
  for (const payment of inputs.payments) {
    const bucket = index.get(periodStart(payment.date, period));
    if (bucket) bucket.collectedCents = addCents(bucket.collectedCents, payment.cents);
  }
  return buckets;
}
