/**
 * Promises to pay and payment plans (échéanciers) negotiated with late debtors. They are either
 * active (every instalment still ahead) or broken (the first one was missed). A kept instalment
 * would mean money received, and the invoices it covers would no longer be fully open: the demo
 * has none, so the ledger and the promises always agree.
 */
import { addMonths, fromDayNumber, toDayNumber } from '../domain/dates';
import type { Installment, Invoice, IsoDate, PaymentPromise } from '../domain/model';
import { cents, sumCents } from '../domain/money';
import { PROMISE_RATE } from './behaviours';
import type { DebtorDraft } from './debtors';
import type { Random } from './random';

const PLAN_SHARE = 0.35;
const BROKEN_SHARE = 0.3;

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

function buildInstallments(
  dates: readonly IsoDate[],
  totalCents: number,
  asOfDate: IsoDate,
): Installment[] {
  const amounts = splitCents(totalCents, dates.length);
  return dates.map((date, i) => ({
    date,
    cents: cents(amounts[i] ?? 0),
    status: date < asOfDate ? 'missed' : 'pending',
  }));
}

export function generatePromises(
  random: Random,
  drafts: readonly DebtorDraft[],
  items: readonly Invoice[],
  asOfDate: IsoDate,
  idPrefix: string,
): PaymentPromise[] {
  const asOfDay = toDayNumber(asOfDate);
  const overdue = overdueInvoicesByDebtor(items, asOfDate);
  const promises: PaymentPromise[] = [];

  for (const draft of drafts) {
    const late = overdue.get(draft.debtor.id);
    if (!late || !random.chance(PROMISE_RATE[draft.behaviour])) continue;
    const isPlan = random.chance(PLAN_SHARE);
    const broken = random.chance(BROKEN_SHARE);
    // The oldest invoices are the ones a debtor is pressed to settle.
    const covered = [...late]
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))
      .slice(0, isPlan ? random.int(2, 6) : random.int(1, 3));
    const totalCents = sumCents(covered.map((item) => item.openCents));

    const firstDay = broken ? asOfDay - random.int(1, 25) : asOfDay + random.int(1, 30);
    const createdDay = Math.min(asOfDay, firstDay - random.int(7, 21));
    const firstDate = fromDayNumber(firstDay);
    const dates = isPlan
      ? Array.from({ length: random.int(3, 6) }, (_, month) => addMonths(firstDate, month))
      : [firstDate];
    const hour = String(random.int(8, 17)).padStart(2, '0');
    const minute = String(random.int(0, 59)).padStart(2, '0');

    promises.push({
      id: `${idPrefix}-p${promises.length + 1}`,
      debtorId: draft.debtor.id,
      kind: isPlan ? 'plan' : 'promise',
      invoiceIds: covered.map((item) => item.id),
      createdAt: `${fromDayNumber(createdDay)}T${hour}:${minute}:00.000Z`,
      installments: buildInstallments(dates, totalCents, asOfDate),
      status: broken ? 'broken' : 'active',
    });
  }
  return promises;
}
