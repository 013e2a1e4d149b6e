/**
 * Recognising a header label: the label table normalised once at module load into a map, so a
 * header cell costs one lookup; bucket labels are parsed by `bucketLabels.ts`.
 */
import { recognizeBucketLabel } from './bucketLabels';
import { LABEL_TABLE } from './labelTable';
import { normalizeLabel } from './normalize';
import type { ImportField } from './types';

/**
 * Trailing words that only give a unit (« Montant (EUR) », « Solde TTC »). Not « HT »: an
 * amount before tax is never what the debtor owes, and must not take the place of « TTC ».
 */
const UNIT_WORDS = new Set([
  'eur',
  'euro',
  'euros',
  'e',
  'ttc',
  'lc',
  'hw',
  // Currencies a header may name as its unit (« Solde (GBP) »): see sheetCurrency.ts.
  'usd',
  'gbp',
  'chf',
  'jpy',
  'cad',
  'aud',
  'sek',
  'nok',
  'dkk',
  'pln',
  'czk',
  'cny',
  'mad',
  'xof',
]);

const LABELS: ReadonlyMap<string, readonly ImportField[]> = (() => {
  const map = new Map<string, readonly ImportField[]>();
  for (const [labels, fields] of LABEL_TABLE) {
    for (const label of labels) map.set(normalizeLabel(label), fields);
  }
  return map;
})();

/** A recognised header cell: the fields it can mean, or an « older than the others » bucket. */
export type LabelMatch = { fields: readonly ImportField[] } | { olderBucket: true };

/** Recognises an already normalised label (see `normalizeLabel`). */
export function recognizeNormalizedLabel(normalized: string): LabelMatch | null {
  if (normalized === '') return null;
  const bucket = recognizeBucketLabel(normalized);
  if (bucket === 'older') return { olderBucket: true };
  if (bucket) return { fields: [bucket] };
  const exact = LABELS.get(normalized);
  if (exact) return { fields: exact };
  const words = normalized.split(' ');
  while (words.length > 1 && UNIT_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  const withoutUnit = LABELS.get(words.join(' '));
  return withoutUnit ? { fields: withoutUnit } : null;
}

export function recognizeLabel(label: string): LabelMatch | null {
  return recognizeNormalizedLabel(normalizeLabel(label));
}

const AMOUNT_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'amount',
  'debit',
  'credit',
  'openAmount',
  'paidAmount',
  'total',
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
]);

export function isAmountField(field: ImportField): boolean {
  return AMOUNT_FIELDS.has(field);
}
