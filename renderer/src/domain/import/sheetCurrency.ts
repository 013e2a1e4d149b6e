/**
 * The currency of a whole sheet, for amounts that write none: a title line (« Devise : GBP »,
 * « Montants en USD », « Currency: USD ») or the unit in the amount headers (« Solde (GBP) »).
 * A currency column or a currency written in a cell (« 1 200,00 GBP », « $1,200.00 », an Excel
 * `[$USD]` format) still wins row by row.
 */
import type { Grid } from './grid';
import type { HeaderColumn } from './header';
import { isAmountField } from './labels';
import type { ColumnMapping } from './types';
import { isKnownCurrency, normalizeCurrency } from './values';

/** Codes accepted as a header's unit (a short list: « Total all » is not Albanian leks). */
export const HEADER_UNIT_CURRENCIES = new Set([
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'CNY',
  'MAD',
  'XOF',
]);

const TITLE_CURRENCY =
  /(?:\bdevise|\bmonnaie|\bcurrency|\bw[äa]hrung|\bmontants?\s+(?:exprim[ée]s\s+)?en|\bamounts?\s+in)\s*:?\s*([A-Za-z]{3}\b|[€$£¥])/i;

/** Currency named by one title text, or null. */
export function currencyFromTitleText(text: string): string | null {
  const m = TITLE_CURRENCY.exec(text);
  const word = m?.[1];
  if (!word) return null;
  const code = normalizeCurrency(word);
  return isKnownCurrency(code) ? code : null;
}

/** Currency named in the rows above the header, or null. */
export function currencyFromTitleRows(grid: Grid, headerFirstRow: number): string | null {
  for (let r = 0; r < headerFirstRow; r++) {
    for (const cell of grid.rows[r] ?? []) {
      if (typeof cell !== 'string') continue;
      const code = currencyFromTitleText(cell);
      if (code) return code;
    }
  }
  return null;
}

/** The currency every mapped amount header names as its unit (« Solde (GBP) »), or null. */
export function currencyFromAmountHeaders(
  columns: readonly HeaderColumn[],
  mapping: ColumnMapping,
): string | null {
  const amountColumns = new Set(
    Object.entries(mapping)
      .filter(([field]) => isAmountField(field as never))
      .map(([, index]) => index),
  );
  let found: string | null = null;
  for (const column of columns) {
    if (!amountColumns.has(column.index)) continue;
    const last = column.normalized.split(' ').at(-1)?.toUpperCase() ?? '';
    if (!HEADER_UNIT_CURRENCIES.has(last)) continue;
    if (found && found !== last) return null;
    found = last;
  }
  return found;
}
