/**
 * Invoices the demo debtors have already paid: what a year of monthly imports would have shown
 * open at some point and then seen disappear. They give the dashboard a payment history, a
 * countback DSO with real sales behind it, and a believable 12-month trend.
 *
 * Each debtor's habits are read back from its open items (the generator's hidden behaviour is
 * not stored): see `habitsOf`.
 */
import { toDayNumber } from '../domain/dates';
import type { Invoice } from '../domain/model';
import type { Random } from './random';

export interface HistoryWindow {
  /** Day numbers of the imports' as-of dates, oldest first; the last is the current one. */
  importDays: readonly number[];
}

/** A paid invoice before it gets its number and ids, with the imports that saw it. */
export interface PaidDraft {
  debtorId: string;
  issueDay: number;
  dueDay: number;
  amountCents: number;
  /** Index of the first import that listed it open. */
  seenAt: number;
  /** Index of the import where it had disappeared (paid). */
  closedAt: number;
}

/** Days before the first import from which invoices may still be open at that import. */
const LEAD_IN_DAYS = 120;
const MIN_MONTHLY_INVOICES = 0.3;
const EARLY_PAYMENT_DAYS = 5;
const MIN_CENTS = 15_000;
const MAX_CENTS = 8_000_000;

/** First import index whose as-of day is on or after `day`; -1 when none. */
export function importIndexAtOrAfter(importDays: readonly number[], day: number): number {
  for (let i = 0; i < importDays.length; i++) if ((importDays[i] ?? 0) >= day) return i;
  return -1;
}

interface DebtorHabits {
  termsDays: number;
  invoicesPerMonth: number;
  typicalCents: number;
  /** Mean delay after the due date, in days (negative: pays early). */
  meanDelayDays: number;
}

/** Open invoices at most this late are « the current flow »; older ones are stuck for good. */
const FLOW_MAX_DAYS_LATE = 120;
const MAX_MEAN_DELAY_DAYS = 120;

/**
 * In a steady state a debtor billed `r` invoices a month, paying on average `D` days after the
 * due date, has r·T/30.4 invoices not yet due and r·(T + D)/30.4 open in all. Its open items
 * give both counts, hence D and r: the simulated past then holds about as much as today.
 */
function habitsOf(items: readonly Invoice[], asOfDay: number, termsDays: number): DebtorHabits {
  const invoices = items.filter((i) => i.kind === 'invoice');
  let notDue = 0;
  let flow = 0;
  for (const invoice of invoices) {
    const days = asOfDay - toDayNumber(invoice.dueDate);
    if (days <= 0) notDue += 1;
    if (days <= FLOW_MAX_DAYS_LATE) flow += 1;
  }
  const ratio = flow / Math.max(notDue, 0.5);
  const meanDelayDays = Math.min(MAX_MEAN_DELAY_DAYS, Math.max(0, termsDays * (ratio - 1)));
  const amounts = invoices.map((i) => i.amountCents).sort((a, b) => a - b);
  return {
    termsDays,
    invoicesPerMonth: Math.max(MIN_MONTHLY_INVOICES, (flow * 30.4) / (termsDays + meanDelayDays)),
    typicalCents: amounts[Math.floor(amounts.length / 2)] ?? 150_000,
    meanDelayDays,
  };
}

export function draftPaidInvoices(
  random: Random,
  debtors: readonly { id: string; paymentTermsDays?: number }[],
  openItems: readonly Invoice[],
  window: HistoryWindow,
): PaidDraft[] {
  const { importDays } = window;
  const firstDay = importDays[0];
  const asOfDay = importDays.at(-1);
  if (firstDay === undefined || asOfDay === undefined || importDays.length < 2) return [];
  const itemsByDebtor = new Map<string, Invoice[]>();
  for (const item of openItems) {
    const list = itemsByDebtor.get(item.debtorId);
    if (list) list.push(item);
    else itemsByDebtor.set(item.debtorId, [item]);
  }

  const drafts: PaidDraft[] = [];
  const spanDays = asOfDay - (firstDay - LEAD_IN_DAYS);
  for (const debtor of debtors) {
    const habits = habitsOf(
      itemsByDebtor.get(debtor.id) ?? [],
      asOfDay,
      debtor.paymentTermsDays ?? 30,
    );
    const count = Math.round((habits.invoicesPerMonth * spanDays) / 30.4);
    for (let n = 0; n < count; n++) {
      const issueDay = asOfDay - random.int(1, spanDays);
      const dueDay = issueDay + habits.termsDays;
      // Exponential delay shifted so that some pay a few days early; its mean is meanDelayDays.
      const delay =
        Math.round(-Math.log(1 - random.next()) * (habits.meanDelayDays + EARLY_PAYMENT_DAYS)) -
        EARLY_PAYMENT_DAYS;
      const paidDay = dueDay + delay;
      // Still unpaid today: it would be an open item, and the open items are already drawn.
      if (paidDay > asOfDay) continue;
      const seenAt = importIndexAtOrAfter(importDays, issueDay);
      const closedAt = importIndexAtOrAfter(importDays, paidDay);
      // Issued and paid between two imports: no aged balance ever listed it.
      if (seenAt < 0 || closedAt <= seenAt) continue;
      // Same spread as the open items' amounts (log-normal, σ = 1), same floor and ceiling.
      const scale = Math.exp(random.normal());
      const amountCents = Math.min(
        MAX_CENTS,
        Math.max(MIN_CENTS, Math.round(habits.typicalCents * scale)),
      );
      drafts.push({ debtorId: debtor.id, issueDay, dueDay, amountCents, seenAt, closedAt });
    }
  }
  return drafts;
}

/**
 * Numbers for paid invoices, `FA-<year>-<n>`, taken from the gaps the open items left in each
 * year's sequence (the open items skip the numbers of invoices already paid), then after them.
 */
export function numberPaidInvoices(
  drafts: readonly { issueYear: string }[],
  usedNumbers: ReadonlySet<string>,
): string[] {
  const nextByYear = new Map<string, number>();
  return drafts.map(({ issueYear }) => {
    let n = nextByYear.get(issueYear) ?? 1;
    let number = `FA-${issueYear}-${String(n).padStart(6, '0')}`;
    while (usedNumbers.has(number)) {
      n += 1;
      number = `FA-${issueYear}-${String(n).padStart(6, '0')}`;
    }
    nextByYear.set(issueYear, n + 1);
    return number;
  });
}
