/**
 * Invoice, credit note or unapplied payment, from the document type column (« Avoir », SAP `DG`,
 * journal `BQ`) or, without one, from the sign and the number prefix. Credit notes and payments
 * are negative in the ledger whatever sign the file gave them.
 */
import type { Cents, InvoiceKind } from '../model';
import { normalizeLabel } from './normalize';

const TYPE_WORDS: ReadonlyArray<readonly [InvoiceKind, readonly string[]]> = [
  [
    'credit-note',
    ['avoir', 'avoirs', 'av', 'credit note', 'credit memo', 'note credit', 'dg', 'gutschrift'],
  ],
  [
    'unapplied-payment',
    [
      'reglement',
      'reglements',
      'rg',
      'reg',
      'paiement',
      'payment',
      'dz',
      'zahlung',
      'encaissement',
      'enc',
      'virement',
      'cheque',
      'acompte',
      'bq',
      'bqe',
      'banque',
      'bank',
      'lcr',
      'prelevement',
    ],
  ],
  [
    'invoice',
    [
      'facture',
      'factures',
      'fa',
      'fac',
      'invoice',
      'dr',
      'rv',
      'vte',
      've',
      'vt',
      'ventes',
      'rechnung',
    ],
  ],
];

const KIND_BY_WORD: ReadonlyMap<string, InvoiceKind> = new Map(
  TYPE_WORDS.flatMap(([kind, words]) => words.map((w) => [normalizeLabel(w), kind] as const)),
);

/** Types repeat on every row: each distinct text is normalised once. */
const typeCache = new Map<string, InvoiceKind | null>();

export function kindFromType(type: string): InvoiceKind | null {
  if (type === '') return null;
  const cached = typeCache.get(type);
  if (cached !== undefined) return cached;
  const normalized = normalizeLabel(type);
  const kind =
    KIND_BY_WORD.get(normalized) ?? KIND_BY_WORD.get(normalized.split(' ')[0] ?? '') ?? null;
  if (typeCache.size < 10_000) typeCache.set(type, kind);
  return kind;
}

const PAYMENT_NUMBER = /^(?:RG|REG|PAI|ENC|VIR|CHQ|PAY)/i;

export interface KindAndSign {
  kind: InvoiceKind;
  /** -1 to turn a positive credit note or payment negative, else 1. */
  sign: 1 | -1;
}

/** Kind of a document and the sign correction its amounts need. */
export function documentKind(type: string, number: string, amount: Cents): KindAndSign {
  const fromType = kindFromType(type);
  if (fromType === 'credit-note' || fromType === 'unapplied-payment') {
    return { kind: fromType, sign: amount > 0 ? -1 : 1 };
  }
  if (amount >= 0) return { kind: 'invoice', sign: 1 };
  return { kind: PAYMENT_NUMBER.test(number) ? 'unapplied-payment' : 'credit-note', sign: 1 };
}
