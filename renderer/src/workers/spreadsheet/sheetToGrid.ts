/**
 * SheetJS dense worksheet -> domain Grid. Walks the rows SheetJS actually stored, so a sheet
 * whose `!ref` claims A1:Z1000000 but holds 200 rows costs 200 rows, not a million.
 */
import * as XLSX from 'xlsx';
import type { Cell, CellRange, Grid } from '../../domain/import/grid';

/** SheetJS error codes (cell.v of an error cell) as Excel prints them. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

const CURRENCY_OF_SYMBOL: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  CHF: 'CHF',
  'Fr.': 'CHF',
};

// `[$USD]`, `[$$-409]`, `[$€-40C]`: Excel's explicit currency part of a number format.
const BRACKET_CURRENCY = /\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/;
// A quoted literal or bare symbol in the format: `# ##0,00 "€"`, `$#,##0.00`, `#,##0 "USD"`.
const LITERAL_CURRENCY = /"([A-Z]{3}|[€$£¥]|CHF|Fr\.)"|([€$£¥])/;

const formatCache = new Map<string, string | null>();

/** Currency named by a number format, or null (`General`, `0.00`, dates). */
export function currencyOfFormat(format: string): string | null {
  const cached = formatCache.get(format);
  if (cached !== undefined) return cached;
  let currency: string | null = null;
  const bracket = BRACKET_CURRENCY.exec(format);
  if (bracket?.[1]) {
    currency =
      CURRENCY_OF_SYMBOL[bracket[1]] ?? (/^[A-Z]{3}$/.test(bracket[1]) ? bracket[1] : null);
  } else {
    // Bracketed parts without a symbol are locales or colours (`[$-40C]`, `[Red]`): not money.
    const literal = LITERAL_CURRENCY.exec(format.replace(/\[[^\]]*\]/g, ''));
    const symbol = literal?.[1] ?? literal?.[2];
    if (symbol) currency = CURRENCY_OF_SYMBOL[symbol] ?? symbol;
  }
  if (formatCache.size < 1_000) formatCache.set(format, currency);
  return currency;
}

function toCell(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      const currency = typeof cell.z === 'string' ? currencyOfFormat(cell.z) : null;
      return currency ? { amount: value, currency } : value;
    }
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'd':
      return cell.v instanceof Date ? cell.v : new Date(String(cell.v));
    case 'b':
      return cell.v === true;
    case 'e':
      return { error: cell.w ?? ERROR_TEXT[cell.v as number] ?? '#ERREUR' };
    default:
      return null;
  }
}

export interface GridOptions {
  /** Stop after this many rows (sheet previews when choosing the sheet). */
  maxRows?: number;
  date1904?: boolean;
}

export function sheetToGrid(sheet: XLSX.WorkSheet, options: GridOptions = {}): Grid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const ref = sheet['!ref'];
  // The claimed range only bounds the walk; the stored rows decide where it really ends.
  const claimedRows = ref ? XLSX.utils.decode_range(ref).e.r + 1 : 0;
  const limit = Math.min(data.length, claimedRows, options.maxRows ?? Number.POSITIVE_INFINITY);
  const rows: (Cell[] | undefined)[] = [];
  let lastFilled = -1;
  for (let r = 0; r < limit; r++) {
    const source = data[r];
    if (!source || source.length === 0) {
      rows.push(undefined);
      continue;
    }
    const row: Cell[] = new Array(source.length);
    let filled = false;
    for (let c = 0; c < source.length; c++) {
      const value = toCell(source[c]);
      row[c] = value;
      if (value !== null && value !== '') filled = true;
    }
    rows.push(filled ? row : undefined);
    if (filled) lastFilled = r;
  }
  rows.length = lastFilled + 1;
  const merges = (sheet['!merges'] ?? []) as CellRange[];
  const grid: Grid = { rows, merges };
  if (options.date1904) grid.date1904 = true;
  const filter = (sheet['!autofilter'] as { ref?: unknown } | undefined)?.ref;
  if (typeof filter === 'string' && filter !== '') grid.autoFilter = filter;
  return grid;
}
