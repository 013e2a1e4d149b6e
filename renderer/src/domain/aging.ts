/**
 * Aging: which bucket an open item falls in as of a date, and each debtor's aged balance.
 *
 * Days past due count from the due date: due yesterday = 1 day late; due today or later = not
 * yet due. Every item ages by its OWN due date, credit notes and unapplied payments included
 * (negative amounts land in the bucket of their date), exactly as the ERP's balance âgée prints
 * them: the totals Recouvra shows then reconcile to the cent with the file the user imported.
 * A debtor's figures are therefore net of its credits, and the credits are also reported apart
 * (`creditCents`) so that the netting is visible.
 *
 * Aging figures are euros: a foreign-currency item counts for its EUR equivalent (its rate from
 * the import), and a foreign item without a rate is left out rather than added as euros.
 */
import { eurOpenCents } from './currency';
import { daysBetween, toDayNumber } from './dates';
import type { BucketTotals, Cents, InvoiceKind, InvoiceStatus, IsoDate } from './model';
import { addCents, sumCents, ZERO_CENTS } from './money';

export type BucketKey = keyof BucketTotals;

export const BUCKET_KEYS: readonly BucketKey[] = [
  'notDue',
  'd1_30',
  'd31_60',
  'd61_90',
  'd91_180',
  'over180',
];

/** Past-due buckets, oldest last (every key but `notDue`). */
export const OVERDUE_BUCKET_KEYS: readonly BucketKey[] = BUCKET_KEYS.slice(1);

/** Labels for the default boundaries; use `bucketLabels(boundaries)` when they may differ. */
export const BUCKET_LABELS: Record<BucketKey, string> = {
  notDue: 'Non échu',
  d1_30: '1-30 j',
  d31_60: '31-60 j',
  d61_90: '61-90 j',
  d91_180: '91-180 j',
  over180: '> 180 j',
};

/** Upper bounds (inclusive, in days past due) of the 1-30, 31-60, 61-90 and 91-180 buckets. */
export type BucketBoundaries = readonly [number, number, number, number];
export const DEFAULT_BUCKET_BOUNDARIES: BucketBoundaries = [30, 60, 90, 180];

/** Why a set of boundaries is unusable, in French; null when it is fine. */
export function validateBucketBoundaries(values: readonly number[]): string | null {
  if (values.length !== 4) return 'Il faut exactement quatre bornes.';
  if (values.some((v) => !Number.isInteger(v) || v < 1 || v > 3650)) {
    return 'Chaque borne est un nombre entier de jours entre 1 et 3 650.';
  }
  for (let i = 1; i < values.length; i++) {
    if ((values[i] ?? 0) <= (values[i - 1] ?? 0)) {
      return 'Les bornes doivent être strictement croissantes (ex. 30, 60, 90, 180).';
    }
  }
  return null;
}

/** The four values as boundaries when they are valid, null otherwise. */
export function parseBucketBoundaries(values: readonly number[]): BucketBoundaries | null {
  if (validateBucketBoundaries(values) !== null) return null;
  const [b1 = 0, b2 = 0, b3 = 0, b4 = 0] = values;
  return [b1, b2, b3, b4];
}

/** Labels that follow the boundaries in force: [15, 45, 90, 120] gives « 16-45 j »… */
export function bucketLabels(boundaries: BucketBoundaries): Record<BucketKey, string> {
  const [b1, b2, b3, b4] = boundaries;
  return {
    notDue: 'Non échu',
    d1_30: `1-${b1} j`,
    d31_60: `${b1 + 1}-${b2} j`,
    d61_90: `${b2 + 1}-${b3} j`,
    d91_180: `${b3 + 1}-${b4} j`,
    over180: `> ${b4} j`,
  };
}

/** « > 90 j » with the default boundaries: the share the dashboard watches. */
export function beyondThirdBoundaryLabel(boundaries: BucketBoundaries): string {
  return `> ${boundaries[2]} j`;
}

export function daysPastDue(dueDate: IsoDate, asOf: IsoDate): number {
  return daysBetween(dueDate, asOf);
}

export function bucketForDays(
  days: number,
  boundaries: BucketBoundaries = DEFAULT_BUCKET_BOUNDARIES,
): BucketKey {
  if (days <= 0) return 'notDue';
  if (days <= boundaries[0]) return 'd1_30';
  if (days <= boundaries[1]) return 'd31_60';
  if (days <= boundaries[2]) return 'd61_90';
  if (days <= boundaries[3]) return 'd91_180';
  return 'over180';
}

export function emptyBuckets(): BucketTotals {
  return {
    notDue: ZERO_CENTS,
    d1_30: ZERO_CENTS,
    d31_60: ZERO_CENTS,
    d61_90: ZERO_CENTS,
    d91_180: ZERO_CENTS,
    over180: ZERO_CENTS,
  };
}

export interface AgeableItem {
  dueDate: IsoDate;
  openCents: Cents;
  /** ISO code of `openCents` (absent or `EUR`: euros). */
  currency?: string;
  /** Euros for one unit of a foreign `currency` (see domain/currency.ts). */
  eurRate?: number;
}

/**
 * What an item weighs in euro figures: its open amount, or a foreign item's EUR equivalent; null
 * for a foreign item without a rate, which no euro total may count.
 */
function euroOpen(item: AgeableItem): Cents | null {
  if (item.currency === undefined || item.currency === 'EUR' || item.currency === '') {
    return item.openCents;
  }
  return eurOpenCents(item);
}

/**
 * Days past due as of `asOf`, memoised per due date. A ledger of 100,000 items has about a
 * thousand distinct due dates: parsing each once keeps aging the whole portfolio well under
 * 100 ms.
 */
export function pastDueCounter(asOf: IsoDate): (dueDate: IsoDate) => number {
  const asOfDay = toDayNumber(asOf);
  const cache = new Map<IsoDate, number>();
  return (dueDate) => {
    let days = cache.get(dueDate);
    if (days === undefined) {
      days = asOfDay - toDayNumber(dueDate);
      cache.set(dueDate, days);
    }
    return days;
  };
}

/** Sums open amounts per bucket; credit notes (negative) net within their own bucket. */
export function bucketTotals(
  items: Iterable<AgeableItem>,
  asOf: IsoDate,
  boundaries: BucketBoundaries = DEFAULT_BUCKET_BOUNDARIES,
): BucketTotals {
  const totals = emptyBuckets();
  const pastDue = pastDueCounter(asOf);
  for (const item of items) {
    const open = euroOpen(item);
    if (open === null) continue;
    const key = bucketForDays(pastDue(item.dueDate), boundaries);
    totals[key] = addCents(totals[key], open);
  }
  return totals;
}

export function sumBuckets(buckets: BucketTotals): Cents {
  return sumCents(BUCKET_KEYS.map((key) => buckets[key]));
}

/** Sum of the past-due buckets: what is late, net of late credits. */
export function overdueOf(buckets: BucketTotals): Cents {
  return sumCents(OVERDUE_BUCKET_KEYS.map((key) => buckets[key]));
}

/** Sum of the two oldest buckets: beyond the third boundary (« > 90 j » by default). */
export function beyondThirdBoundaryOf(buckets: BucketTotals): Cents {
  return addCents(buckets.d91_180, buckets.over180);
}

export function addBuckets(into: BucketTotals, add: BucketTotals): void {
  for (const key of BUCKET_KEYS) into[key] = addCents(into[key], add[key]);
}

/** An open item as aging needs it: the ledger's `Invoice` fits. */
export interface AgingItem extends AgeableItem {
  debtorId: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
}

/** One debtor's aged balance as of a date. */
export interface DebtorAging {
  buckets: BucketTotals;
  /** Net open balance (invoices minus credit notes and unapplied payments). */
  totalCents: Cents;
  /** Net past-due amount; can be negative when credits exceed late invoices. */
  overdueCents: Cents;
  /** Credit notes and unapplied payments still open (≤ 0), already netted in the buckets. */
  creditCents: Cents;
  /** Open amount of the items under dispute (they stay in the buckets: still receivable). */
  disputedCents: Cents;
  openItemCount: number;
  /** Due date of the oldest open invoice still owed (credits excluded); none when all are paid. */
  oldestDueDate?: IsoDate;
  /** Days past due of that oldest invoice, 0 when it is not yet due. */
  daysPastDue: number;
}

export function emptyDebtorAging(): DebtorAging {
  return {
    buckets: emptyBuckets(),
    totalCents: ZERO_CENTS,
    overdueCents: ZERO_CENTS,
    creditCents: ZERO_CENTS,
    disputedCents: ZERO_CENTS,
    openItemCount: 0,
    daysPastDue: 0,
  };
}

const isOpenStatus = (status: InvoiceStatus) => status === 'open' || status === 'disputed';

/**
 * Ages every open item and sums per debtor in one pass. Paid and written-off items are skipped,
 * so the caller may pass the whole ledger. Debtors without open items get no entry.
 */
export function ageByDebtor(
  items: Iterable<AgingItem>,
  asOf: IsoDate,
  boundaries: BucketBoundaries = DEFAULT_BUCKET_BOUNDARIES,
): Map<string, DebtorAging> {
  const pastDue = pastDueCounter(asOf);
  const byDebtor = new Map<string, DebtorAging>();
  for (const item of items) {
    if (!isOpenStatus(item.status)) continue;
    // Euro figures: a foreign item counts for its EUR equivalent, not at all without a rate.
    const open = euroOpen(item);
    if (open === null) continue;
    let aging = byDebtor.get(item.debtorId);
    if (!aging) {
      aging = emptyDebtorAging();
      byDebtor.set(item.debtorId, aging);
    }
    const days = pastDue(item.dueDate);
    const bucket = bucketForDays(days, boundaries);
    aging.buckets[bucket] = addCents(aging.buckets[bucket], open);
    aging.totalCents = addCents(aging.totalCents, open);
    if (bucket !== 'notDue') aging.overdueCents = addCents(aging.overdueCents, open);
    if (open < 0) aging.creditCents = addCents(aging.creditCents, open);
    if (item.status === 'disputed') aging.disputedCents = addCents(aging.disputedCents, open);
    aging.openItemCount += 1;
    if (item.openCents > 0 && (!aging.oldestDueDate || item.dueDate < aging.oldestDueDate)) {
      aging.oldestDueDate = item.dueDate;
      aging.daysPastDue = Math.max(0, days);
    }
  }
  return byDebtor;
}

/** A debtor's aging rebuilt from an import snapshot: buckets only, no item detail. */
export function agingFromBuckets(buckets: BucketTotals): DebtorAging {
  const aging = emptyDebtorAging();
  aging.buckets = { ...buckets };
  aging.totalCents = sumBuckets(buckets);
  aging.overdueCents = overdueOf(buckets);
  return aging;
}

/** An item whose due date may only be a bound (see `Invoice.dueDateIsLatest`). */
export interface BoundedAgeItem extends AgeableItem {
  dueDateIsLatest?: boolean;
}

/**
 * Per bucket, the open amounts whose age is only known to be « at least »: items of an
 * open-ended bucket (« + 120 j ») that fall below the oldest bucket could be older than the
 * bucket they are counted in. Null when every figure is exact.
 */
export function approximateBuckets(
  items: Iterable<BoundedAgeItem>,
  asOf: IsoDate,
  boundaries: BucketBoundaries = DEFAULT_BUCKET_BOUNDARIES,
): BucketTotals | null {
  let totals: BucketTotals | null = null;
  const pastDue = pastDueCounter(asOf);
  for (const item of items) {
    if (!item.dueDateIsLatest || item.openCents === 0) continue;
    const open = euroOpen(item);
    if (open === null) continue;
    const key = bucketForDays(pastDue(item.dueDate), boundaries);
    if (key === 'over180') continue;
    totals ??= emptyBuckets();
    totals[key] = addCents(totals[key], open);
  }
  return totals;
}
