/**
 * Column mapping: guessed from the header labels, chosen from a preset or a mapping saved for the
 * same header signature, or given by the user. Also the layout it implies and what it lacks.
 */
import {
  BUCKET_FIELDS,
  type BucketField,
  bucketUpperBound,
  fieldForOpenBucket,
  isBucketField,
} from './bucketLabels';
import type { HeaderColumn } from './header';
import type { ColumnMapping, ImportField, ImportLayout } from './types';

/**
 * Header labels joined, to recognise the same export next month. Each column counts all its
 * header lines, so a two-line header signs the same whichever line its label was read from.
 */
export function headerSignature(columns: readonly HeaderColumn[]): string {
  const labels = columns.map((c) => c.signed);
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  return labels.join('|');
}

/** « Plus ancien » means « over N days » where N is the highest bound of the other buckets. */
function olderBucketField(columns: readonly HeaderColumn[]): BucketField | null {
  let highest = 0;
  for (const { match } of columns) {
    if (!match || 'olderBucket' in match) continue;
    for (const field of match.fields) {
      if (isBucketField(field)) highest = Math.max(highest, bucketUpperBound(field) ?? 0);
    }
  }
  return fieldForOpenBucket(highest);
}

/**
 * Guesses the mapping from recognised labels. Unambiguous labels are placed first, so « N° pièce »
 * takes the document number and « Référence » next to it falls back to the order number.
 */
export function guessMapping(columns: readonly HeaderColumn[]): ColumnMapping {
  const older = olderBucketField(columns);
  const candidates: { index: number; fields: readonly ImportField[] }[] = [];
  for (const { index, match } of columns) {
    if (!match) continue;
    if ('olderBucket' in match) {
      if (older) candidates.push({ index, fields: [older] });
    } else {
      candidates.push({ index, fields: match.fields });
    }
  }
  candidates.sort((a, b) => a.fields.length - b.fields.length || a.index - b.index);
  const mapping: ColumnMapping = {};
  const assigned = new Set<number>();
  const rounds = Math.max(0, ...candidates.map((c) => c.fields.length));
  for (let round = 0; round < rounds; round++) {
    for (const { index, fields } of candidates) {
      const field = fields[round];
      if (assigned.has(index) || !field || mapping[field] !== undefined) continue;
      mapping[field] = index;
      assigned.add(index);
    }
  }
  // A euro counter-value with no other amount beside it is the balance itself.
  const amountSources: ImportField[] = [
    'amount',
    'openAmount',
    'debit',
    'credit',
    'total',
    ...BUCKET_FIELDS,
  ];
  if (mapping.eurAmount !== undefined && amountSources.every((f) => mapping[f] === undefined)) {
    mapping.openAmount = mapping.eurAmount;
    delete mapping.eurAmount;
  }
  return mapping;
}

export function mappedBuckets(mapping: ColumnMapping): BucketField[] {
  return BUCKET_FIELDS.filter((field) => mapping[field] !== undefined);
}

/** A document number makes one row per document; bucket columns alone make one row per debtor. */
export function detectLayout(mapping: ColumnMapping): ImportLayout {
  if (mapping.documentNumber !== undefined) return 'open-items';
  return mappedBuckets(mapping).length > 0 ? 'buckets' : 'open-items';
}

/** French names of fields, for messages. */
export const FIELD_NAMES_FR: Readonly<Record<ImportField, string>> = {
  accountNo: 'Code client',
  debtorName: 'Raison sociale',
  documentNumber: 'N° pièce',
  documentDate: 'Date pièce',
  dueDate: 'Échéance',
  amount: 'Montant',
  debit: 'Débit',
  credit: 'Crédit',
  openAmount: 'Reste dû',
  paidAmount: 'Déjà réglé',
  status: 'Statut',
  lettering: 'Lettrage',
  currency: 'Devise',
  eurAmount: 'Contre-valeur EUR',
  poNumber: 'N° commande',
  documentType: 'Type de pièce',
  siren: 'SIREN',
  address: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  phone: 'Téléphone',
  email: 'E-mail',
  bucketNotDue: 'Non échu',
  bucket1_30: '1-30 j',
  bucket31_60: '31-60 j',
  bucket61_90: '61-90 j',
  bucket91_120: '91-120 j',
  bucket91_180: '91-180 j',
  bucket121_180: '121-180 j',
  bucket181_360: '181-360 j',
  bucketOver90: '+ 90 j',
  bucketOver120: '+ 120 j',
  bucketOver180: '+ 180 j',
  bucketOver360: '+ 360 j',
  total: 'Total',
};

/** What the mapping lacks to read the layout, in French (« N° pièce », « Échéance »…). */
export function missingColumns(mapping: ColumnMapping, layout: ImportLayout): string[] {
  const has = (...fields: ImportField[]) => fields.some((f) => mapping[f] !== undefined);
  const missing: string[] = [];
  if (!has('accountNo', 'debtorName')) missing.push('Code client ou Raison sociale');
  if (layout === 'buckets') {
    if (mappedBuckets(mapping).length === 0) missing.push('tranches (Non échu, 1-30 j, 31-60 j…)');
    return missing;
  }
  if (!has('documentNumber')) missing.push('N° pièce');
  if (!has('dueDate', 'documentDate')) missing.push('Échéance');
  const amountSources: ImportField[] = ['amount', 'openAmount', 'debit', 'credit', 'total'];
  if (!has(...amountSources, ...BUCKET_FIELDS)) missing.push('Montant ou Reste dû');
  return missing;
}

/** Keeps only fields mapped to a column index (a mapping saved or edited by hand may hold junk). */
export function sanitizeMapping(mapping: ColumnMapping): ColumnMapping {
  const clean: ColumnMapping = {};
  for (const [field, index] of Object.entries(mapping) as [ImportField, number | undefined][]) {
    if (index !== undefined && Number.isInteger(index) && index >= 0) {
      clean[field] = index;
    }
  }
  return clean;
}
