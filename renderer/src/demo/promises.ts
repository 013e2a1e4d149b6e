/**
 * Promises to pay and payment plans (échéanciers) negotiated with late debtors, with their fate:
 * running (every unpaid instalment still ahead), kept (paid, the items settled) or broken (an
 * instalment missed, the ledger showing it unpaid). A payment received on a promise is a dated
 * payment on the items it covers, oldest first: the items' open amounts say the same as the
 * promise, as the app's own checks (evaluatePromise) read them.
 *
 * Pure, like the rest of the generator; the timeline rows that tell each story (the call that
 * obtained it, the payment, the broken-promise line) are written by story.ts.
 */
import { addDays, addMonths, daysBetween } from '../domain/dates';
import type { Cents, Installment, Invoice, IsoDate, PaymentPromise } from '../domain/model';
import { cents, minCents, subtractCents, sumCents } from '../domain/money';
import { PROMISE_RATE } from './behaviours';
import type { DebtorDraft } from './debtors';
import type { Random } from './random';

/** Grace days of the default ladder: a promise is broken that many days after its date. */
export const DEMO_PROMISE_GRACE_DAYS = 3;

export type PromiseFate =
  | 'running-promise'
  | 'running-plan'
  | 'kept-promise'
  | 'broken-promise'
  | 'broken-plan';

/** Fates handed out in turn, so that even a small portfolio shows each of them. */
const FATES: readonly PromiseFate[] = [
  'running-promise',
  'kept-promise',
  'broken-promise',
  'running-plan',
  'kept-promise',
  'broken-plan',
  'running-promise',
  'broken-promise',
];

/** A payment received on a promise, allocated to its items. */
export interface PromisePayment {
  date: IsoDate;
  cents: Cents;
  allocations: { invoiceId: string; cents: Cents; openBefore: Cents }[];
}

export interface DemoPromise {
  promise: PaymentPromise;
  fate: PromiseFate;
  /** Day of the call that obtained it. */
  createdOn: IsoDate;
  payments: PromisePayment[];
  /** Day the ledger showed it broken. */
  brokenOn?: IsoDate;
}

function overdueInvoicesByDebtor(items: readonly Invoice[], asOfDate: IsoDate) {
  const byDebtor = new Map<string, Invoice[]>();
  for (const item of items) {
    if (item.kind !== 'invoice' || item.status !== 'open' || item.dueDate >= asOfDate) continue;
    const list = byDebtor.get(item.debtorId);
    if (list) list.push(item);
    else byDebtor.set(item.debtorId, [item]);
  }
  return byDebtor;
}

/** Splits `totalCents` into `count` equal instalments, the last one taking the remainder. */
function splitCents(totalCents: number, count: number): number[] {
  const share = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? totalCents - share * (count - 1) : share,
  );
}

interface Schedule {
  createdOn: IsoDate;
  /** Instalment dates (one for a promise). */
  dates: IsoDate[];
  /** How many instalments were paid, each on its date or a little before. */
  paid: number;
  /** Index of the instalment missed (broken fates). */
  missed?: number;
}

function scheduleFor(random: Random, fate: PromiseFate, today: IsoDate): Schedule {
  const grace = DEMO_PROMISE_GRACE_DAYS;
  const monthly = (first: IsoDate, count: number) =>
    Array.from({ length: count }, (_, month) => addMonths(first, month));
  switch (fate) {
    case 'running-promise': {
      const date = addDays(today, random.int(1, 30));
      return { createdOn: addDays(today, -random.int(2, 14)), dates: [date], paid: 0 };
    }
    case 'running-plan': {
      // The first instalment came in; the next ones are all ahead.
      const first = addDays(today, -random.int(3, 20));
      const createdOn = addDays(first, -random.int(7, 14));
      return { createdOn, dates: monthly(first, random.int(3, 6)), paid: 1 };
    }
    case 'kept-promise': {
      const date = addDays(today, -random.int(10, 90));
      return { createdOn: addDays(date, -random.int(7, 21)), dates: [date], paid: 1 };
    }
    case 'broken-promise': {
      const date = addDays(today, -random.int(grace + 6, grace + 40));
      return { createdOn: addDays(date, -random.int(7, 21)), dates: [date], paid: 0, missed: 0 };
    }
    case 'broken-plan': {
      // The first instalment was paid, the second never came.
      const first = addDays(today, -random.int(45, 75));
      const createdOn = addDays(first, -random.int(7, 14));
      return { createdOn, dates: monthly(first, random.int(3, 5)), paid: 1, missed: 1 };
    }
  }
}

/** Pays `amount` on `items`, oldest first, changing their open amounts in place. */
function allocate(items: readonly Invoice[], amount: Cents, date: IsoDate): PromisePayment {
  let left = amount;
  const allocations: PromisePayment['allocations'] = [];
  for (const item of items) {
    if (left <= 0) break;
    if (item.openCents <= 0) continue;
    const applied = minCents(left, item.openCents);
    allocations.push({ invoiceId: item.id, cents: applied, openBefore: item.openCents });
    item.openCents = subtractCents(item.openCents, applied);
    if (item.openCents === 0) item.status = 'paid';
    left = subtractCents(left, applied);
  }
  return { date, cents: amount, allocations };
}

/**
 * Draws the promises of the late debtors (`excluded` ones aside: the debtors sent to court) and
 * applies the payments received on them to `items`, in place.
 */
export function generatePromises(
  random: Random,
  drafts: readonly DebtorDraft[],
  items: readonly Invoice[],
  asOfDate: IsoDate,
  idPrefix: string,
  excluded: ReadonlySet<string> = new Set(),
): DemoPromise[] {
  const overdue = overdueInvoicesByDebtor(items, asOfDate);
  const promises: DemoPromise[] = [];

  for (const draft of drafts) {
    const late = overdue.get(draft.debtor.id);
    if (!late || !random.chance(PROMISE_RATE[draft.behaviour])) continue;
    if (excluded.has(draft.debtor.id)) continue;
    const fate = FATES[promises.length % FATES.length] ?? 'running-promise';
    const isPlan = fate === 'running-plan' || fate === 'broken-plan';
    const schedule = scheduleFor(random, fate, asOfDate);
    // The oldest invoices are the ones a debtor is pressed to settle; they were late already
    // when the promise was made.
    const covered = [...late]
      .filter((item) => item.dueDate < schedule.createdOn)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .slice(0, isPlan ? random.int(2, 6) : random.int(1, 3));
    if (covered.length === 0) continue;
    const totalCents = sumCents(covered.map((item) => item.openCents));
    const amounts = splitCents(totalCents, schedule.dates.length);
    const payments: PromisePayment[] = [];
    for (let i = 0; i < schedule.paid; i++) {
      const date = schedule.dates[i];
      if (!date) continue;
      const paidOn = addDays(
        date,
        -random.int(0, Math.min(3, daysBetween(schedule.createdOn, date) - 1)),
      );
      payments.push(allocate(covered, cents(amounts[i] ?? 0), paidOn));
    }
    const settled = fate === 'kept-promise';
    const broken = schedule.missed !== undefined;
    const installments: Installment[] = schedule.dates.map((date, i) => ({
      date,
      cents: cents(amounts[i] ?? 0),
      // As settlePromises leaves them: statuses change only when the promise is decided.
      status:
        settled || (broken && i < schedule.paid)
          ? 'paid'
          : i === schedule.missed
            ? 'missed'
            : 'pending',
    }));
    const missedDate = schedule.missed !== undefined ? schedule.dates[schedule.missed] : undefined;
    const brokenOn = missedDate
      ? addDays(missedDate, DEMO_PROMISE_GRACE_DAYS + random.int(1, 3))
      : undefined;
    promises.push({
      promise: {
        id: `${idPrefix}-p${promises.length + 1}`,
        debtorId: draft.debtor.id,
        kind: isPlan ? 'plan' : 'promise',
        invoiceIds: covered.map((item) => item.id),
        createdAt: `${schedule.createdOn}T${String(random.int(8, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`,
        installments,
        status: settled ? 'kept' : broken ? 'broken' : 'active',
        startOpenCents: totalCents,
      },
      fate,
      createdOn: schedule.createdOn,
      payments,
      ...(brokenOn ? { brokenOn } : {}),
    });
  }
  return promises;
}
