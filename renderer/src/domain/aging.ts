/**
 * Aging: which bucket an open item falls in as of a date. Days past due count from the due date
 * (due yesterday = 1 day late; due today = not yet late).
 */
import { daysBetween } from './dates';
import type { BucketTotals, Cents, IsoDate } from './model';

export type BucketKey = keyof BucketTotals;

export const BUCKET_KEYS: readonly BucketKey[] = [
  'notDue',
  'd1_30',
  'd31_60',
  'd61_90',
  'd91_180',
  'over180',
];

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
  return { notDue: 0, d1_30: 0, d31_60: 0, d61_90: 0, d91_180: 0, over180: 0 };
}

export interface AgeableItem {
  dueDate: IsoDate;
  openCents: Cents;
}

/** Sums open amounts per bucket; credit notes (negative) net within their own bucket. */
export function bucketTotals(
  items: Iterable<AgeableItem>,
  asOf: IsoDate,
  boundaries: BucketBoundaries = DEFAULT_BUCKET_BOUNDARIES,
): BucketTotals {
  const totals = emptyBuckets();
  for (const item of items) {
    totals[bucketForDays(daysPastDue(item.dueDate, asOf), boundaries)] += item.openCents;
  }
  return totals;
}

export function sumBuckets(buckets: BucketTotals): Cents {
  return BUCKET_KEYS.reduce((sum, key) => sum + buckets[key], 0);
}
