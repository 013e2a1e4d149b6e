/** Cell text for the letter tables (fr-FR amounts and dates). */
import { formatDateFr } from '../../domain/dates';
import type { ItemRow } from '../../domain/letters';
import { formatEuros } from '../../domain/money';
import { formatRateFr } from '../../domain/rates';

export const euros = formatEuros;
export const dateFr = (date: string | undefined) => formatDateFr(date) || '—';
export const rate = formatRateFr;

const KIND_LABELS: Record<ItemRow['kind'], string> = {
  invoice: 'Facture',
  'credit-note': 'Avoir',
  'unapplied-payment': 'Règlement',
};

export function kindLabel(row: ItemRow): string {
  return row.disputed ? `${KIND_LABELS[row.kind]} (litige)` : KIND_LABELS[row.kind];
}

export function daysLateText(row: ItemRow): string {
  return row.daysLate > 0 && row.kind === 'invoice' ? `${row.daysLate} j` : '—';
}
