/**
 * Aged-bucket column labels (« Non échu », « 0 à 30 j », « 31-60 », « + 90 j », « Plus
 * ancien ») and what each bucket means in days past due, so a synthetic item can be dated.
 */
import type { ImportField } from './types';

export type BucketField = Extract<ImportField, `bucket${string}`>;

export const BUCKET_FIELDS: readonly BucketField[] = [
  'bucketNotDue',
  'bucket1_30',
  'bucket31_60',
  'bucket61_90',
  'bucket91_120',
  'bucket91_180',
  'bucketOver90',
  'bucketOver120',
  'bucketOver180',
];

/**
 * Fewest days past due an amount in the bucket can have. A synthetic item is dated
 * `asOf - minDays`: the conservative choice (never claims an item is later than it can be) and
 * it lands back in the same bucket when the ledger ages it.
 */
export const BUCKET_MIN_DAYS: Readonly<Record<BucketField, number>> = {
  bucketNotDue: 0,
  bucket1_30: 1,
  bucket31_60: 31,
  bucket61_90: 61,
  bucket91_120: 91,
  bucket91_180: 91,
  bucketOver90: 91,
  bucketOver120: 121,
  bucketOver180: 181,
};

/** Document number of the synthetic item of a bucket (`SOLDE-31-60`). */
export const BUCKET_ITEM_NUMBER: Readonly<Record<BucketField, string>> = {
  bucketNotDue: 'SOLDE-NON-ECHU',
  bucket1_30: 'SOLDE-1-30',
  bucket31_60: 'SOLDE-31-60',
  bucket61_90: 'SOLDE-61-90',
  bucket91_120: 'SOLDE-91-120',
  bucket91_180: 'SOLDE-91-180',
  bucketOver90: 'SOLDE-PLUS-90',
  bucketOver120: 'SOLDE-PLUS-120',
  bucketOver180: 'SOLDE-PLUS-180',
};

const NOT_DUE = new Set([
  'non echu',
  'non echus',
  'non echue',
  'non echues',
  'echoir',
  'pas echu',
  'non exigible',
  'not due',
  'not yet due',
  'current',
  'courant',
  'nicht fallig',
  'noch nicht fallig',
]);

const OLDER = new Set(['plus ancien', 'plus anciens', 'anterieur', 'anterieurs', 'older', 'dela']);

// Labels arrive normalised: lower case, no accents, `>` written `+`, « jours » written `j`.
const RANGE = /^(?:entre |from |between |von )?(\d{1,4}) (?:et |to |and |bis )?(\d{1,4})(?: j)?$/;
const OPEN_BEFORE =
  /^(?:\+|plus|over|sup|superieur|dela|more than|older than|greater than|uber|mehr als) ?(\d{1,4})(?: j)?$/;
const OPEN_AFTER = /^(\d{1,4}) \+(?: j)?$/;

function fieldForRange(min: number, max: number): BucketField | null {
  if (max === 30 && min <= 1) return 'bucket1_30';
  if (max === 60 && (min === 30 || min === 31)) return 'bucket31_60';
  if (max === 90 && (min === 60 || min === 61)) return 'bucket61_90';
  if (max === 120 && (min === 90 || min === 91)) return 'bucket91_120';
  if (max === 180 && (min === 90 || min === 91)) return 'bucket91_180';
  return null;
}

/** Open-ended bucket from its threshold (« + 90 », « 91 + », « plus de 120 j »). */
export function fieldForOpenBucket(threshold: number): BucketField | null {
  if (threshold === 90 || threshold === 91) return 'bucketOver90';
  if (threshold === 120 || threshold === 121) return 'bucketOver120';
  if (threshold === 180 || threshold === 181) return 'bucketOver180';
  return null;
}

/**
 * The bucket a normalised label names; `'older'` for « Plus ancien » (its meaning depends on the
 * other buckets of the header); null when it is not a bucket label.
 */
export function recognizeBucketLabel(normalized: string): BucketField | 'older' | null {
  if (NOT_DUE.has(normalized)) return 'bucketNotDue';
  if (OLDER.has(normalized)) return 'older';
  // Cheap reject: every bucket label left has a digit.
  if (!/\d/.test(normalized)) return null;
  const range = RANGE.exec(normalized);
  if (range) return fieldForRange(Number(range[1]), Number(range[2]));
  const open = OPEN_BEFORE.exec(normalized) ?? OPEN_AFTER.exec(normalized);
  if (open) return fieldForOpenBucket(Number(open[1]));
  return null;
}

/** Upper bound in days of a closed bucket, to resolve « Plus ancien » after it. */
export function bucketUpperBound(field: BucketField): number | null {
  switch (field) {
    case 'bucket1_30':
      return 30;
    case 'bucket31_60':
      return 60;
    case 'bucket61_90':
      return 90;
    case 'bucket91_120':
      return 120;
    case 'bucket91_180':
      return 180;
    default:
      return null;
  }
}

export function isBucketField(field: string): field is BucketField {
  return (BUCKET_FIELDS as readonly string[]).includes(field);
}
