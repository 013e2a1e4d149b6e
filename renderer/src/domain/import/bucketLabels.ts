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
  'bucket121_180',
  'bucket181_360',
  'bucketOver90',
  'bucketOver120',
  'bucketOver180',
  'bucketOver360',
];

/**
 * Open-ended buckets (« + 120 j », « Plus ancien »): their items are at least that old, exact
 * age unknown. They are dated at the bound and flagged `dueDateIsLatest`.
 */
export const OPEN_ENDED_BUCKETS: ReadonlySet<BucketField> = new Set<BucketField>([
  'bucketOver90',
  'bucketOver120',
  'bucketOver180',
  'bucketOver360',
]);

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
  bucket121_180: 121,
  bucket181_360: 181,
  bucketOver90: 91,
  bucketOver120: 121,
  bucketOver180: 181,
  bucketOver360: 361,
};

/** Document number of the synthetic item of a bucket (`SOLDE-31-60`). */
export const BUCKET_ITEM_NUMBER: Readonly<Record<BucketField, string>> = {
  bucketNotDue: 'SOLDE-NON-ECHU',
  bucket1_30: 'SOLDE-1-30',
  bucket31_60: 'SOLDE-31-60',
  bucket61_90: 'SOLDE-61-90',
  bucket91_120: 'SOLDE-91-120',
  bucket91_180: 'SOLDE-91-180',
  bucket121_180: 'SOLDE-121-180',
  bucket181_360: 'SOLDE-181-360',
  bucketOver90: 'SOLDE-PLUS-90',
  bucketOver120: 'SOLDE-PLUS-120',
  bucketOver180: 'SOLDE-PLUS-180',
  bucketOver360: 'SOLDE-PLUS-360',
};

// Labels arrive normalised (see `normalizeLabel`): lower case, no accents, no filler words
// (« À échoir » is `echoir`), `>` written `+`, « jours » / « days » written `j`, « dû » `due`.
const NOT_DUE = new Set([
  'non echu',
  'non echus',
  'non echue',
  'non echues',
  'non encore echu',
  'pas echu',
  'pas encore echu',
  'pas due',
  'pas encore due',
  'non due',
  'echoir',
  'venir',
  'non exigible',
  'dans delais',
  'not due',
  'not yet due',
  'not overdue',
  'within terms',
  'current',
  'courant',
  'future',
  'nicht fallig',
  'noch nicht fallig',
]);

const OLDER = new Set([
  'plus ancien',
  'plus anciens',
  'plus ancienne',
  'plus anciennes',
  'anterieur',
  'anterieurs',
  'older',
  'oldest',
  'dela',
  'alter',
]);

/** Words before the range that only say « overdue » (« Échu 1-30 », « Retard 31 à 60 j »). */
const OVERDUE_PREFIX = '(?:(?:echu|echus|echue|echues|retard|overdue|past due|ueberfallig) )?';
const DAYS = '(?: j)?';
const RANGE = new RegExp(
  `^${OVERDUE_PREFIX}(?:entre |from |between |von |du )?(\\d{1,4})${DAYS} (?:et |to |and |bis |au )?(\\d{1,4})${DAYS}$`,
);
/** « + 120 j », « Plus de 120 j », « Over 90 days », « Au-delà de 120 j ». */
const OPEN_BEFORE = new RegExp(
  `^${OVERDUE_PREFIX}(?:\\+|plus|over|sup|superieur|dela|more than|older than|greater than|uber|mehr als|beyond) ?(\\d{1,4})${DAYS}$`,
);
/** « 120 + », « 91 and over », « 91 j et plus », « 121 or more ». */
const OPEN_AFTER = new RegExp(
  `^${OVERDUE_PREFIX}(\\d{1,4})${DAYS} (?:\\+|and over|and older|and above|et plus|et dela|ou plus|or more|over|plus|und alter)${DAYS}$`,
);
/** « < 30 j », « Moins de 30 j », « Up to 30 days », « Jusqu'à 30 j » (the first overdue bucket). */
const UP_TO = new RegExp(
  `^${OVERDUE_PREFIX}(?:moins|jusqu|up to|less than|under|within|bis)? ?(\\d{1,4})${DAYS}$`,
);
/** A year counted as days: « > 1 an », « Plus d'un an », « Over 1 year ». */
const YEARS = /^(.*?)(\d|un|one) (?:an|ans|annee|year|years|jahr)$/;

function fieldForRange(min: number, max: number): BucketField | null {
  if (max === 30 && min <= 1) return 'bucket1_30';
  if (max === 60 && (min === 30 || min === 31)) return 'bucket31_60';
  if (max === 90 && (min === 60 || min === 61)) return 'bucket61_90';
  if (max === 120 && (min === 90 || min === 91)) return 'bucket91_120';
  if (max === 180 && (min === 90 || min === 91)) return 'bucket91_180';
  if (max === 180 && (min === 120 || min === 121)) return 'bucket121_180';
  if ((max === 360 || max === 365) && (min === 180 || min === 181)) return 'bucket181_360';
  return null;
}

/** Open-ended bucket from its threshold (« + 90 », « 91 + », « plus de 120 j »). */
export function fieldForOpenBucket(threshold: number): BucketField | null {
  if (threshold === 90 || threshold === 91) return 'bucketOver90';
  if (threshold === 120 || threshold === 121) return 'bucketOver120';
  if (threshold === 180 || threshold === 181) return 'bucketOver180';
  if (threshold >= 360 && threshold <= 366) return 'bucketOver360';
  return null;
}

/** « + 1 an » -> « + 365 j »: years written in words or digits become days. */
function yearsAsDays(normalized: string): string {
  const m = YEARS.exec(normalized);
  if (!m) return normalized;
  const count = m[2] === 'un' || m[2] === 'one' ? 1 : Number(m[2]);
  return `${m[1] ?? ''}${count * 365} j`;
}

/**
 * The bucket a normalised label names; `'older'` for « Plus ancien » (its meaning depends on the
 * other buckets of the header); null when it is not a bucket label.
 */
export function recognizeBucketLabel(normalized: string): BucketField | 'older' | null {
  if (NOT_DUE.has(normalized)) return 'bucketNotDue';
  if (OLDER.has(normalized)) return 'older';
  const label = yearsAsDays(normalized);
  // Cheap reject: every bucket label left has a digit.
  if (!/\d/.test(label)) return null;
  const range = RANGE.exec(label);
  if (range) return fieldForRange(Number(range[1]), Number(range[2]));
  const open = OPEN_BEFORE.exec(label) ?? OPEN_AFTER.exec(label);
  if (open) return fieldForOpenBucket(Number(open[1]));
  // A bare number is a year or a code, not a bucket: « up to » needs its word or its unit
  // (« < 30 j » reads `30 j` once normalised).
  const upTo = /^\D|j$/.test(label) ? UP_TO.exec(label) : null;
  if (upTo && Number(upTo[1]) === 30) return 'bucket1_30';
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
    case 'bucket121_180':
      return 180;
    case 'bucket181_360':
      return 360;
    default:
      return null;
  }
}

export function isBucketField(field: string): field is BucketField {
  return (BUCKET_FIELDS as readonly string[]).includes(field);
}
