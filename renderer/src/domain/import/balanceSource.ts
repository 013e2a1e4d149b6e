/**
 * Which column the balance of a row comes from, said in French for the review screen: with an
 * invoice amount, a paid amount and a balance side by side, the controller sees that what is
 * left to pay was taken, never the gross amount.
 */
import { BUCKET_FIELDS } from './bucketLabels';
import { columnLetter } from './grid';
import type { ColumnMapping, ImportField, ImportLayout } from './types';

/** The field the open amount is read from (mirrors `AmountColumns.read`). */
export type BalanceRule =
  | { kind: 'open'; field: 'openAmount' }
  | { kind: 'amount-minus-paid' }
  | { kind: 'debit-minus-credit' }
  | { kind: 'single'; field: 'amount' | 'total' }
  | { kind: 'buckets' }
  | { kind: 'none' };

export function balanceRule(mapping: ColumnMapping, layout: ImportLayout): BalanceRule {
  if (layout === 'buckets') return { kind: 'buckets' };
  if (mapping.openAmount !== undefined) return { kind: 'open', field: 'openAmount' };
  if (mapping.amount !== undefined && mapping.paidAmount !== undefined) {
    return { kind: 'amount-minus-paid' };
  }
  if (mapping.amount !== undefined) return { kind: 'single', field: 'amount' };
  if (mapping.debit !== undefined || mapping.credit !== undefined) {
    return { kind: 'debit-minus-credit' };
  }
  if (mapping.total !== undefined) return { kind: 'single', field: 'total' };
  if (BUCKET_FIELDS.some((f) => mapping[f] !== undefined)) return { kind: 'buckets' };
  return { kind: 'none' };
}

/** The sentence: « Reste à payer lu dans la colonne F « Reste à régler » ». */
export function balanceSourceText(
  mapping: ColumnMapping,
  layout: ImportLayout,
  headers: readonly string[],
): string {
  const col = (field: ImportField) => {
    const index = mapping[field];
    if (index === undefined) return '';
    const label = headers[index];
    return `colonne ${columnLetter(index)}${label ? ` « ${label} »` : ''}`;
  };
  const rule = balanceRule(mapping, layout);
  let text: string;
  switch (rule.kind) {
    case 'open':
      text = `Reste à payer lu dans la ${col('openAmount')}`;
      if (mapping.amount !== undefined) text += ` (montant de la pièce : ${col('amount')})`;
      break;
    case 'amount-minus-paid':
      text = `Reste à payer = ${col('amount')} moins ${col('paidAmount')}`;
      break;
    case 'debit-minus-credit':
      text = `Reste à payer = débit (${col('debit') || 'aucun'}) moins crédit (${col('credit') || 'aucun'})`;
      break;
    case 'single':
      text = `Reste à payer lu dans la ${col(rule.field)} : le fichier n’a pas de colonne de reste à payer`;
      break;
    case 'buckets': {
      const letters = BUCKET_FIELDS.flatMap((f) =>
        mapping[f] === undefined ? [] : [columnLetter(mapping[f] ?? 0)],
      );
      text = `Solde de chaque client = somme des tranches (colonnes ${letters.join(', ')})`;
      if (mapping.total !== undefined) text += `, comparée au total de la ${col('total')}`;
      break;
    }
    default:
      return 'Aucune colonne de montant reconnue';
  }
  if (mapping.lettering !== undefined) {
    text += ` ; lignes lettrées soldées (${col('lettering')})`;
  }
  if (mapping.status !== undefined) text += ` ; pièces payées d’après la ${col('status')}`;
  return text;
}
