/**
 * DSO (délai moyen de recouvrement, days sales outstanding), two ways.
 *
 * Countback (« méthode de l'épuisement du chiffre d'affaires »), the figure credit managers
 * trust because seasonality does not distort it. Start from the receivables at the as-of date
 * and walk back month by month through the sales invoiced in each month:
 *   - while the remaining receivables are at least the month's sales, the whole month is
 *     « still unpaid »: add its days and subtract its sales;
 *   - the month that exhausts the receivables adds the fraction of its days that the remainder
 *     is of its sales, and the walk stops.
 *   Example: receivables 150, sales of the last month (30 days) 100 and of the month before
 *   (31 days) 100 → 30 + 31 × 50/100 = 45.5 days.
 * Months are rolling months ending at the as-of date (as of 23/11: 24/10–23/11, 24/09–23/10…),
 * so any as-of date works, not only month ends. A month without sales counts whole.
 *
 * Simple formula, shown second: receivables / sales of the last 12 months × days of those
 * 12 months (« créances clients TTC / CA TTC × 365 »).
 *
 * Sales come from the imported history: every document the ledger has ever seen (open or
 * since closed) by issue date — invoices add, credit notes subtract, unapplied payments are
 * cash and are left out, documents without an issue date (aged-bucket imports) are unknown.
 * Limitation, stated to the user: a document issued and paid between two imports never appears
 * in any aged balance, so sales are understated and DSO overstated when imports are far apart
 * or the history is short. Documents issued after the as-of date are neither sales nor
 * receivables of that date: numerator and denominator describe the same period.
 */
import { addDays, addMonths, daysBetween } from './dates';
import type { Cents, InvoiceKind, InvoiceStatus, IsoDate } from './model';
import { addCents, maxCents, subtractCents, sumCents, ZERO_CENTS } from './money';

/** How far back the countback may walk before it gives up (the figure is then a minimum). */
export const COUNTBACK_MAX_MONTHS = 24;
export const SIMPLE_DSO_MONTHS = 12;

export interface DsoDocument {
  kind: InvoiceKind;
  status: InvoiceStatus;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  amountCents: Cents;
  openCents: Cents;
}

export interface SalesMonth {
  /** First day of the month (inclusive). */
  from: IsoDate;
  /** Last day (inclusive). */
  to: IsoDate;
  days: number;
  salesCents: Cents;
}

export interface DsoFigures {
  receivablesCents: Cents;
  /** Countback DSO in days; a lower bound when `countbackComplete` is false. */
  countbackDays: number;
  /** False when the history ran out before the receivables were exhausted. */
  countbackComplete: boolean;
  /** Simple DSO in days; null when there were no sales in the last 12 months. */
  simpleDays: number | null;
  /** Months walked back, most recent first (what the countback used). */
  months: SalesMonth[];
}

const isOpen = (d: DsoDocument) => d.status === 'open' || d.status === 'disputed';
const countsAsSale = (d: DsoDocument) => d.kind !== 'unapplied-payment' && !!d.issueDate;

/** Rolling months ending at `asOf`, most recent first. */
export function rollingMonths(asOf: IsoDate, count: number): SalesMonth[] {
  const months: SalesMonth[] = [];
  for (let k = 0; k < count; k++) {
    const to = addMonths(asOf, -k);
    const before = addMonths(asOf, -(k + 1));
    months.push({
      from: addDays(before, 1),
      to,
      days: daysBetween(before, to),
      salesCents: ZERO_CENTS,
    });
  }
  return months;
}

/** Receivables at `asOf`: open amounts of documents issued on or before it. */
export function receivablesAt(documents: Iterable<DsoDocument>, asOf: IsoDate): Cents {
  let total = ZERO_CENTS;
  for (const d of documents) {
    if (isOpen(d) && (d.issueDate ?? d.dueDate) <= asOf) total = addCents(total, d.openCents);
  }
  return total;
}

/** Fills each month's sales from the documents' issue dates and original amounts. */
export function fillSales(months: SalesMonth[], documents: Iterable<DsoDocument>): void {
  const oldest = months.at(-1)?.from;
  const newest = months[0]?.to;
  if (!oldest || !newest) return;
  // A ledger has about a thousand distinct issue dates: find each one's month once.
  const monthOfDate = new Map<IsoDate, SalesMonth | undefined>();
  for (const d of documents) {
    const issued = d.issueDate;
    if (!countsAsSale(d) || !issued) continue;
    if (issued < oldest || issued > newest) continue;
    let month = monthOfDate.get(issued);
    if (month === undefined && !monthOfDate.has(issued)) {
      month = months.find((m) => issued >= m.from && issued <= m.to);
      monthOfDate.set(issued, month);
    }
    if (month) month.salesCents = addCents(month.salesCents, d.amountCents);
  }
}

export function countbackDso(
  receivablesCents: Cents,
  months: readonly SalesMonth[],
): { days: number; complete: boolean } {
  let remaining = receivablesCents;
  let days = 0;
  for (const month of months) {
    if (remaining <= 0) break;
    if (month.salesCents <= 0 || remaining >= month.salesCents) {
      days += month.days;
      remaining = subtractCents(remaining, maxCents(ZERO_CENTS, month.salesCents));
      continue;
    }
    days += (month.days * remaining) / month.salesCents;
    remaining = ZERO_CENTS;
  }
  return { days, complete: remaining <= 0 };
}

export function simpleDso(receivablesCents: Cents, salesCents: Cents, days: number): number | null {
  if (salesCents <= 0) return null;
  return Math.max(0, (receivablesCents / salesCents) * days);
}

/** Both figures for a ledger as of a date. */
export function computeDso(
  documents: readonly DsoDocument[],
  asOf: IsoDate,
  receivablesCents: Cents = receivablesAt(documents, asOf),
): DsoFigures {
  const months = rollingMonths(asOf, COUNTBACK_MAX_MONTHS);
  fillSales(months, documents);
  const countback = countbackDso(receivablesCents, months);
  const lastYear = months.slice(0, SIMPLE_DSO_MONTHS);
  const yearSales = sumCents(lastYear.map((m) => m.salesCents));
  const yearDays = lastYear.reduce((sum, m) => sum + m.days, 0);
  return {
    receivablesCents,
    countbackDays: countback.days,
    countbackComplete: countback.complete,
    simpleDays: simpleDso(receivablesCents, yearSales, yearDays),
    months,
  };
}
