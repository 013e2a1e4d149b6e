/**
 * The debtor aggregates (ledgerAggregates.ts) as stored: many debtors to a record, each as an
 * array of flat arrays. Measured in Chromium on a disk profile at 10,000 debtors: one record per
 * debtor reads in 300–700 ms, 16 records of objects in 100–350 ms, 16 records of flat arrays in
 * 50–100 ms (the queue summary, queueSummary.ts, is stored the same way for the same reason). A
 * debtor's record is the queue summary's (`summaryBucket`): it never moves. Its latest activity is
 * kept apart (lastActions.ts), so that a call does not rewrite its record.
 */
import { type BucketBoundaries, type DebtorAging, pastDueCounter } from './aging';
import {
  agingOfDues,
  type DatedSums,
  type DebtorAggregate,
  entriesOf,
  isEmptyAggregate,
} from './ledgerAggregates';
import type { Cents, IsoDate } from './model';
import { ZERO_CENTS } from './money';
import { byCodeUnits, spreadOverBuckets, summaryBucket } from './queueSummary';

/** Counts per date, as two arrays of the same length. */
type FlatCounts = readonly [dates: IsoDate[], counts: number[]];

export type StoredAggregate = readonly [
  debtorId: string,
  openItemCount: number,
  totalCents: Cents,
  creditCents: Cents,
  disputedCents: Cents,
  dueDates: IsoDate[],
  dueSums: Cents[],
  dueCounts: number[],
  owed: FlatCounts,
  notices: FlatCounts | null,
];

/** A stored record: the aggregates of the debtors whose id falls in `bucket`. */
export interface AggregateBucket {
  bucket: number;
  entries: StoredAggregate[];
}

export const aggregateBucket = summaryBucket;

function flatCounts(counts: Partial<Record<IsoDate, number>>): FlatCounts {
  const dates: IsoDate[] = [];
  const values: number[] = [];
  for (const [date, count] of entriesOf(counts)) {
    dates.push(date);
    values.push(count);
  }
  return [dates, values];
}

function countsOf([dates, values]: FlatCounts): Partial<Record<IsoDate, number>> {
  const counts: Partial<Record<IsoDate, number>> = {};
  dates.forEach((date, i) => {
    counts[date] = values[i] ?? 0;
  });
  return counts;
}

export function storedAggregate(aggregate: DebtorAggregate): StoredAggregate {
  const dueDates: IsoDate[] = [];
  const dueSums: Cents[] = [];
  const dueCounts: number[] = [];
  for (const [date, [sum, count]] of entriesOf(aggregate.dues)) {
    dueDates.push(date);
    dueSums.push(sum);
    dueCounts.push(count);
  }
  return [
    aggregate.debtorId,
    aggregate.openItemCount,
    aggregate.totalCents,
    aggregate.creditCents,
    aggregate.disputedCents,
    dueDates,
    dueSums,
    dueCounts,
    flatCounts(aggregate.owed),
    aggregate.notices ? flatCounts(aggregate.notices) : null,
  ];
}

export function aggregateOfStored(stored: StoredAggregate): DebtorAggregate {
  const [debtorId, openItemCount, totalCents, creditCents, disputedCents, dueDates] = stored;
  const [, , , , , , dueSums, dueCounts, owed, notices] = stored;
  const dues: DatedSums = {};
  dueDates.forEach((date, i) => {
    dues[date] = [dueSums[i] ?? ZERO_CENTS, dueCounts[i] ?? 0];
  });
  return {
    debtorId,
    openItemCount,
    totalCents,
    creditCents,
    disputedCents,
    dues,
    owed: countsOf(owed),
    ...(notices !== null ? { notices: countsOf(notices) } : {}),
  };
}

/**
 * A record's aggregates by debtor id, each still in its stored form until a write reads it
 * (`aggregateIn`): a write that touches 200 debtors of a record of 600 decodes and re-encodes
 * those 200, not the 600 (a batch of letters touches every record).
 */
export type BucketAggregates = Map<string, DebtorAggregate | StoredAggregate>;

/** A record's aggregates, none decoded yet (an absent record holds none). */
export function aggregatesOfBucket(row: AggregateBucket | undefined): BucketAggregates {
  return new Map((row?.entries ?? []).map((stored) => [stored[0], stored]));
}

/** The debtor's aggregate in the record, decoded once and kept so (undefined: none). */
export function aggregateIn(
  aggregates: BucketAggregates,
  debtorId: string,
): DebtorAggregate | undefined {
  const found = aggregates.get(debtorId);
  if (!Array.isArray(found)) return found as DebtorAggregate | undefined;
  const decoded = aggregateOfStored(found as StoredAggregate);
  aggregates.set(debtorId, decoded);
  return decoded;
}

/** The record's entries to store: the ones never decoded as they were, empty ones left out. */
export function storedEntriesOf(aggregates: BucketAggregates): StoredAggregate[] {
  const entries: StoredAggregate[] = [];
  for (const [debtorId, aggregate] of aggregates) {
    if (Array.isArray(aggregate)) entries.push(aggregate as StoredAggregate);
    else if (isEmptyAggregate(aggregate as DebtorAggregate)) aggregates.delete(debtorId);
    else entries.push(storedAggregate(aggregate as DebtorAggregate));
  }
  return entries;
}

/** Every aggregate of the records, in debtor id order. */
export function aggregatesOf(rows: Iterable<AggregateBucket>): DebtorAggregate[] {
  const all: DebtorAggregate[] = [];
  for (const row of rows) for (const stored of row.entries) all.push(aggregateOfStored(stored));
  return all.sort((a, b) => byCodeUnits(a.debtorId, b.debtorId));
}

/** The aggregates spread over their records (a rebuild's write). */
export function aggregateBucketsOf(aggregates: Iterable<DebtorAggregate>): AggregateBucket[] {
  return spreadOverBuckets(aggregates, storedAggregate);
}

/** What the debtor list and the dashboard read of the aggregates, as of a date. */
export interface PortfolioFacts {
  /** Debtors with open items, aged. */
  aging: Map<string, DebtorAging>;
  /** Each debtor's latest notice letter dated on or before the as-of date. */
  latestNotice: Map<string, IsoDate>;
}

/** Reads the records as stored, without making objects of the aggregates first. */
export function portfolioFactsOf(
  rows: Iterable<AggregateBucket>,
  asOf: IsoDate,
  boundaries: BucketBoundaries,
): PortfolioFacts {
  const facts: PortfolioFacts = {
    aging: new Map(),
    latestNotice: new Map(),
  };
  const pastDue = pastDueCounter(asOf);
  for (const row of rows) {
    for (const stored of row.entries) {
      const [debtorId, openItemCount, totalCents, creditCents, disputedCents] = stored;
      const [, , , , , dueDates, dueSums, , [owedDates], notices] = stored;
      if (openItemCount > 0) {
        const dues = {
          totalCents,
          creditCents,
          disputedCents,
          openItemCount,
          dueDates,
          dueSums,
          owedDates,
        };
        facts.aging.set(debtorId, agingOfDues(dues, asOf, boundaries, pastDue));
      }
      let latest: IsoDate | undefined;
      for (const date of notices?.[0] ?? [])
        if (date <= asOf && (!latest || date > latest)) latest = date;
      if (latest) facts.latestNotice.set(debtorId, latest);
    }
  }
  return facts;
}
