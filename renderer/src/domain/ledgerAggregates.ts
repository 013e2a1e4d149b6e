/**
 * Ledger aggregates: what the dashboard and the debtor list need from the items, kept as running
 * sums so that reading them does not grow with the ledger.
 *
 * Aging depends on the as-of date (the latest import's arrêté, or today) and on the bucket
 * boundaries (a setting), both of which change without any item changing. So nothing stored here
 * is already aged: each debtor keeps its open amounts PER DUE DATE, and the buckets are computed
 * at read time from those (`agingOfAggregate`). That costs O(distinct due dates of the debtor),
 * not O(items): a debtor's items share their due dates (monthly invoicing, 30/45/60-day terms),
 * and a portfolio has about a thousand distinct due dates in all. Due dates rather than due months
 * because the boundaries are in days (30, 60, 90, 180 days past an arbitrary as-of date): a month
 * of due dates straddles a boundary, and the figures must reconcile to the cent with
 * `ageByDebtor`, which a property test checks.
 *
 * Every entry is a running [sum, count] pair so that removing an item is the exact inverse of
 * adding it, and an entry whose count falls to zero disappears (the maps never keep dead dates).
 * `addItem(aggregate, item, -1)` then `addItem(aggregate, item2, +1)` is how a write is applied;
 * `aggregateLedger` recomputes everything from the items (migration, and the property test).
 *
 * Figures are euros, as `ageByDebtor`'s: a foreign item counts for its EUR equivalent at the rate
 * its import gave, and a foreign item without a rate is counted apart (`unconverted`), never
 * added as euros.
 */
import {
  type BucketBoundaries,
  bucketForDays,
  type DebtorAging,
  emptyBuckets,
  emptyDebtorAging,
  pastDueCounter,
} from './aging';
import { currencyOf, EUR, type EurNote, eurEquivalent, eurOpenCents, isForeign } from './currency';
import { computeDso, type DsoDocument, type DsoFigures } from './dso';
import type { BucketTotals, Cents, InvoiceKind, InvoiceStatus, IsoDate, Letter } from './model';
import { addCents, negateCents, ZERO_CENTS } from './money';
import { NOTICE_TEMPLATE_IDS } from './stage';

/** What the aggregates read of an item (the ledger's `Invoice` fits). */
export interface AggregatedItem {
  debtorId: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  amountCents: Cents;
  openCents: Cents;
  dueDateIsLatest?: boolean;
  currency?: string;
  eurRate?: number;
}

/** [sum of cents, number of items] under one date. */
export type DatedSum = [Cents, number];
export type DatedSums = Partial<Record<IsoDate, DatedSum>>;

/** A record's entries with its own key type (Object.entries widens keys to string). */
export function entriesOf<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  return Object.entries(record) as [K, V][];
}

const signed = (cents: Cents, sign: 1 | -1): Cents => (sign === 1 ? cents : negateCents(cents));

/** One debtor's open items, not yet aged (see the module comment). */
export interface DebtorAggregate {
  debtorId: string;
  openItemCount: number;
  totalCents: Cents;
  /** Open credit notes and unapplied payments (≤ 0). */
  creditCents: Cents;
  disputedCents: Cents;
  /** Per due date: net open cents and how many open items. */
  dues: DatedSums;
  /** Per due date: how many open items still owe money (> 0), for the oldest owed due date. */
  owed: Partial<Record<IsoDate, number>>;
  /**
   * Notice letters kept as sent (mise en demeure, dernier avis), how many per letter date: the
   * stage of the list and the dashboard asks for the latest one up to an as-of date
   * (`portfolioFactsOf`). Absent when there is none.
   */
  notices?: Partial<Record<IsoDate, number>>;
}

/** The whole ledger's figures that are not per debtor: DSO and the approximate aging. */
export interface LedgerTotals {
  /** Sales per issue date: invoices and credit notes of any status (DSO's countback). */
  sales: DatedSums;
  /** Open amounts per issue date (due date when none): DSO's receivables at a date. */
  receivables: DatedSums;
  /** Open items whose due date is only a bound (`dueDateIsLatest`), per due date. */
  bounded: DatedSums;
  /**
   * Foreign open items counted for their EUR equivalent, per currency, and those without a rate
   * (counts per currency). Absent in totals written before currencies were kept.
   */
  foreign?: Partial<Record<string, DatedSum>>;
  unconverted?: Partial<Record<string, number>>;
}

export function emptyDebtorAggregate(debtorId: string): DebtorAggregate {
  return {
    debtorId,
    openItemCount: 0,
    totalCents: ZERO_CENTS,
    creditCents: ZERO_CENTS,
    disputedCents: ZERO_CENTS,
    dues: {},
    owed: {},
  };
}

export function emptyLedgerTotals(): LedgerTotals {
  return { sales: {}, receivables: {}, bounded: {} };
}

/** An amount of the item in euros: itself, or its EUR equivalent; null without a rate. */
function inEuros(item: AggregatedItem, cents: Cents): Cents | null {
  if (!isForeign(item)) return cents;
  if (item.eurRate === undefined || !Number.isFinite(item.eurRate)) return null;
  return eurEquivalent(cents, item.eurRate);
}

export const isOpenItem = (item: Pick<AggregatedItem, 'status'>): boolean =>
  item.status === 'open' || item.status === 'disputed';

function addDated<K extends string>(
  sums: Partial<Record<K, DatedSum>>,
  key: K,
  cents: Cents,
  sign: 1 | -1,
): void {
  const entry = sums[key];
  const count = (entry?.[1] ?? 0) + sign;
  const total = addCents(entry?.[0] ?? ZERO_CENTS, signed(cents, sign));
  if (count === 0) delete sums[key];
  else sums[key] = [total, count];
}

function addCount<K extends string>(
  counts: Partial<Record<K, number>>,
  key: K,
  sign: 1 | -1,
): void {
  const count = (counts[key] ?? 0) + sign;
  if (count === 0) delete counts[key];
  else counts[key] = count;
}

/** Adds (sign 1) or removes (sign -1) one item's contribution to its debtor's aggregate. */
export function addItem(aggregate: DebtorAggregate, item: AggregatedItem, sign: 1 | -1): void {
  if (!isOpenItem(item)) return;
  const open = eurOpenCents(item);
  if (open === null) return;
  const cents = signed(open, sign);
  aggregate.openItemCount += sign;
  aggregate.totalCents = addCents(aggregate.totalCents, cents);
  if (open < 0) aggregate.creditCents = addCents(aggregate.creditCents, cents);
  if (item.status === 'disputed') {
    aggregate.disputedCents = addCents(aggregate.disputedCents, cents);
  }
  addDated(aggregate.dues, item.dueDate, open, sign);
  if (item.openCents > 0) addCount(aggregate.owed, item.dueDate, sign);
}

/** Adds or removes one item's contribution to the ledger's totals. */
export function addItemToLedger(totals: LedgerTotals, item: AggregatedItem, sign: 1 | -1): void {
  const sale = inEuros(item, item.amountCents);
  if (item.kind !== 'unapplied-payment' && item.issueDate && sale !== null) {
    addDated(totals.sales, item.issueDate, sale, sign);
  }
  if (!isOpenItem(item)) return;
  const open = eurOpenCents(item);
  if (open === null) {
    totals.unconverted ??= {};
    addCount(totals.unconverted, currencyOf(item), sign);
    if (Object.keys(totals.unconverted).length === 0) delete totals.unconverted;
    return;
  }
  if (isForeign(item)) {
    totals.foreign ??= {};
    addDated(totals.foreign, currencyOf(item), open, sign);
    // Absent rather than empty: a euro-only ledger's totals stay as they were written before.
    if (Object.keys(totals.foreign).length === 0) delete totals.foreign;
  }
  addDated(totals.receivables, item.issueDate ?? item.dueDate, open, sign);
  if (item.dueDateIsLatest && item.openCents !== 0) {
    addDated(totals.bounded, item.dueDate, open, sign);
  }
}

/** The foreign part of the ledger's euro figures, as `eurNoteOf` gives it from the items. */
export function eurNoteOfTotals(totals: LedgerTotals): EurNote {
  const foreign = entriesOf(totals.foreign ?? {}).filter(([currency]) => currency !== EUR);
  const unconverted = entriesOf(totals.unconverted ?? {});
  return {
    foreignEurCents: foreign.reduce(
      (sum, [, entry]) => addCents(sum, entry?.[0] ?? ZERO_CENTS),
      ZERO_CENTS,
    ),
    currencies: foreign.map(([currency]) => currency).sort(),
    unconvertedItems: unconverted.reduce((sum, [, count]) => sum + (count ?? 0), 0),
    unconvertedCurrencies: unconverted.map(([currency]) => currency).sort(),
  };
}

/** True when the aggregate holds nothing (the row can be deleted). */
export function isEmptyAggregate(aggregate: DebtorAggregate): boolean {
  return aggregate.openItemCount === 0 && aggregate.notices === undefined;
}

/** Counts a letter in (`sign` 1) or out (-1) of its debtor's notices; other letters are ignored. */
export function addNotice(
  aggregate: DebtorAggregate,
  letter: Pick<Letter, 'template' | 'date'>,
  sign: 1 | -1,
): void {
  if (!NOTICE_TEMPLATE_IDS.has(letter.template)) return;
  const notices = aggregate.notices ?? {};
  const count = (notices[letter.date] ?? 0) + sign;
  if (count > 0) notices[letter.date] = count;
  else delete notices[letter.date];
  if (Object.keys(notices).length > 0) aggregate.notices = notices;
  else delete aggregate.notices;
}

/** Full recomputation from the items: the migration, and the reference of the property test. */
export function aggregateLedger(items: Iterable<AggregatedItem>): {
  debtors: Map<string, DebtorAggregate>;
  totals: LedgerTotals;
} {
  const debtors = new Map<string, DebtorAggregate>();
  const totals = emptyLedgerTotals();
  for (const item of items) {
    addItemToLedger(totals, item, 1);
    // A foreign item without a rate is in no debtor's euro figures (see `addItem`).
    if (!isOpenItem(item) || eurOpenCents(item) === null) continue;
    let aggregate = debtors.get(item.debtorId);
    if (!aggregate) {
      aggregate = emptyDebtorAggregate(item.debtorId);
      debtors.set(item.debtorId, aggregate);
    }
    addItem(aggregate, item, 1);
  }
  return { debtors, totals };
}

/** What aging reads of a debtor's aggregate: its figures, and its dues as parallel arrays. */
export interface DuesOf {
  totalCents: Cents;
  creditCents: Cents;
  disputedCents: Cents;
  openItemCount: number;
  dueDates: readonly IsoDate[];
  dueSums: readonly Cents[];
  /** Due dates of open items still owing money. */
  owedDates: readonly IsoDate[];
}

/**
 * A debtor's aging as of a date, from its aggregate's dues: the same figures as `ageByDebtor`
 * on its items, in O(distinct due dates). Takes the stored form (aggregateBuckets.ts) as it is.
 */
export function agingOfDues(
  dues: DuesOf,
  asOf: IsoDate,
  boundaries: BucketBoundaries,
  pastDue: (dueDate: IsoDate) => number = pastDueCounter(asOf),
): DebtorAging {
  const aging = emptyDebtorAging();
  aging.totalCents = dues.totalCents;
  aging.creditCents = dues.creditCents;
  aging.disputedCents = dues.disputedCents;
  aging.openItemCount = dues.openItemCount;
  dues.dueDates.forEach((date, i) => {
    const cents = dues.dueSums[i] ?? ZERO_CENTS;
    const bucket = bucketForDays(pastDue(date), boundaries);
    aging.buckets[bucket] = addCents(aging.buckets[bucket], cents);
    if (bucket !== 'notDue') aging.overdueCents = addCents(aging.overdueCents, cents);
  });
  let oldest: IsoDate | undefined;
  for (const date of dues.owedDates) if (!oldest || date < oldest) oldest = date;
  if (oldest) {
    aging.oldestDueDate = oldest;
    aging.daysPastDue = Math.max(0, pastDue(oldest));
  }
  return aging;
}

/** `agingOfDues` of an aggregate held as an object (tests, and the middleware's cache). */
export function agingOfAggregate(
  aggregate: DebtorAggregate,
  asOf: IsoDate,
  boundaries: BucketBoundaries,
): DebtorAging {
  const dues = entriesOf(aggregate.dues);
  return agingOfDues(
    {
      ...aggregate,
      dueDates: dues.map(([date]) => date),
      dueSums: dues.map(([, [cents]]) => cents),
      owedDates: entriesOf(aggregate.owed).map(([date]) => date),
    },
    asOf,
    boundaries,
  );
}

/**
 * DSO from the ledger's totals: one stand-in document per issue date carries that date's sales,
 * so `computeDso` walks O(distinct issue dates) instead of every document.
 */
export function dsoOfTotals(
  totals: LedgerTotals,
  asOf: IsoDate,
  receivablesCents?: Cents,
): DsoFigures {
  const documents: DsoDocument[] = entriesOf(totals.sales).map(([date, [cents]]) => ({
    kind: 'invoice',
    status: 'paid',
    issueDate: date,
    dueDate: date,
    amountCents: cents,
    openCents: ZERO_CENTS,
  }));
  let receivables = ZERO_CENTS;
  for (const [date, [cents]] of entriesOf(totals.receivables)) {
    if (date <= asOf) receivables = addCents(receivables, cents);
  }
  return computeDso(documents, asOf, receivablesCents ?? receivables);
}

/** `approximateBuckets` from the ledger's totals. */
export function approximateOfTotals(
  totals: LedgerTotals,
  asOf: IsoDate,
  boundaries: BucketBoundaries,
): BucketTotals | null {
  let result: BucketTotals | null = null;
  const pastDue = pastDueCounter(asOf);
  for (const [date, [cents]] of entriesOf(totals.bounded)) {
    const key = bucketForDays(pastDue(date), boundaries);
    if (key === 'over180') continue;
    result ??= emptyBuckets();
    result[key] = addCents(result[key], cents);
  }
  return result;
}
