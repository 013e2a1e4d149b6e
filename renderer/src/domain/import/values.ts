/**
 * Reading one cell as an amount, a date or text. Called for every data cell, so the common cases
 * (a number, a plain `1 234,56`, a `31/10/2026`) take a short path with no regex storm.
 */
import { fromDayNumber, makeIsoDate, parseDateFr } from '../dates';
import type { Cents, IsoDate } from '../model';
import { cents, centsFromNumber, parseAmount, ZERO_CENTS } from '../money';
import { type Cell, isCellError } from './grid';

export type CellRead<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T; currency?: string }
  | { kind: 'formula-error'; text: string }
  | { kind: 'invalid'; text: string };

const EMPTY = { kind: 'empty' } as const;

/** Text of an identifier cell: `411001` stays `411001`, not `411001.0`. */
export function readText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  // String(411001) is `411001`: numeric codes read back exactly as Excel shows them.
  if (typeof cell === 'number') return String(cell);
  return '';
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  'FR.': 'CHF',
  FCFA: 'XOF',
  EURO: 'EUR',
  EUROS: 'EUR',
};

/** `€`, `eur`, `Euros`, `$` -> ISO code; an unknown 3-letter code is kept as written. */
export function normalizeCurrency(text: string): string {
  const upper = text.trim().toUpperCase();
  return CURRENCY_SYMBOLS[upper] ?? upper;
}

let knownCurrencies: ReadonlySet<string> | null = null;

/** ISO 4217 codes the runtime knows (Intl), built once. */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

// Digits, separators, signs, spaces and parentheses only: no currency marker to look for.
const PLAIN_AMOUNT = /^[\d\s\u00a0\u202f.,'()+-]*$/;
const LEADING_WORD = /^([A-Za-z]{2,5}\$?|Fr\.|[€$£¥])\s*/;
const TRAILING_WORD = /\s*([A-Za-z]{2,5}|Fr\.|[€$£¥])$/;
/** Words after an amount that only say it includes tax (« 1 200,00 TTC »). */
const TAX_WORDS = new Set(['TTC', 'HT']);
// Minus signs that ERPs and Intl write besides `-` (U+2212, en dash).
const OTHER_MINUS = /[\u2212\u2013]/g;

/**
 * Strips a currency written before or after the number. Only symbols and real ISO codes count:
 * `1 234,56 ABC` stays unreadable rather than becoming an amount in « ABC ».
 */
function splitCurrency(text: string): { number: string; currency?: string } {
  let number = text;
  let currency: string | undefined;
  for (const pattern of [LEADING_WORD, TRAILING_WORD]) {
    const m = pattern.exec(number);
    const word = m?.[1];
    if (!m || !word) continue;
    const upper = word.toUpperCase();
    const code = normalizeCurrency(word);
    if (!TAX_WORDS.has(upper) && !isKnownCurrency(code)) continue;
    if (!TAX_WORDS.has(upper)) currency = code;
    number = pattern === LEADING_WORD ? number.slice(m[0].length) : number.slice(0, m.index);
  }
  return currency ? { number, currency } : { number };
}

function amountFromText(raw: string): CellRead<Cents> {
  let text = raw.trim();
  if (text === '') return EMPTY;
  let currency: string | undefined;
  if (!PLAIN_AMOUNT.test(text)) {
    text = text.replace(OTHER_MINUS, '-');
    const negativeParens = text.startsWith('(') && text.endsWith(')');
    if (negativeParens) text = text.slice(1, -1).trim();
    const split = splitCurrency(text);
    currency = split.currency;
    text = negativeParens ? `(${split.number})` : split.number;
  }
  const parsed = parseAmount(text);
  if (!parsed.ok) return { kind: 'invalid', text: raw.trim() };
  return currency
    ? { kind: 'ok', value: parsed.cents, currency }
    : { kind: 'ok', value: parsed.cents };
}

/**
 * Euros in a number cell to cents. Most cells are already whole cents within float noise: they
 * take `Math.round`; the rest (half cents, `1.005`) go through `centsFromNumber` and its rule.
 */
export function centsFromCellNumber(euros: number): Cents {
  const scaled = euros * 100;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) < 1e-7 && Number.isSafeInteger(rounded)) {
    return rounded === 0 ? ZERO_CENTS : cents(rounded);
  }
  return centsFromNumber(euros);
}

/** Amount in cents from a number, a text amount or a currency-formatted cell. */
export function readAmount(cell: Cell | undefined): CellRead<Cents> {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { kind: 'ok', value: centsFromCellNumber(cell) }
      : { kind: 'invalid', text: String(cell) };
  }
  if (typeof cell === 'string') return amountFromText(cell);
  if (typeof cell === 'boolean') return { kind: 'invalid', text: cell ? 'VRAI' : 'FAUX' };
  if (cell instanceof Date) return { kind: 'invalid', text: isoFromDateCell(cell) ?? '' };
  if (isCellError(cell)) return { kind: 'formula-error', text: cell.error };
  return { kind: 'ok', value: centsFromCellNumber(cell.amount), currency: cell.currency };
}

/** Days between 1899-12-30 (Excel's day 0 after its 1900 leap-year bug) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;
/** The 1904 date system counts from 1904-01-01, 1462 days later. */
const EXCEL_1904_SHIFT = 1_462;
/** Serial of 9999-12-31, the last day Excel knows. */
const EXCEL_LAST_SERIAL = 2_958_465;

/** An Excel date serial (`46326` = 2026-10-31) to a calendar date, or null. */
export function isoFromExcelSerial(serial: number, date1904 = false): IsoDate | null {
  // Serials up to 60 are before 1900-03-01, where Excel's fake 29 February skews the count;
  // no aged balance holds such dates, so they are rejected rather than guessed.
  if (!Number.isFinite(serial) || serial < 61 || serial > EXCEL_LAST_SERIAL) return null;
  const day = Math.floor(serial) - EXCEL_EPOCH_OFFSET + (date1904 ? EXCEL_1904_SHIFT : 0);
  const iso = fromDayNumber(day);
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2200 ? iso : null;
}

/** Date cells arrive as UTC midnight (SheetJS `cellDates`); the time of day is dropped. */
function isoFromDateCell(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return makeIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** `20261031` as a number or text (SAP, some CSV exports). */
function isoFromCompactDate(value: number): IsoDate | null {
  return makeIsoDate(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
}

/** How a numeric date is written: day first (France) or month first (United States). */
export type DateOrder = 'day-first' | 'month-first';

const MONTH_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;

/** `10/31/2026` -> `31/10/2026`: a US date turned into the day-first form parseDateFr reads. */
function dayFirst(text: string): string {
  const m = MONTH_FIRST.exec(text);
  return m ? `${m[3]}/${m[1]}/${m[4]}` : text;
}

const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const COMPACT_DATE = /^\d{8}$/;

/**
 * Date from a date cell, an Excel serial, or `dd/mm/yyyy`, `dd/mm/yy`, `dd.mm.yyyy`, ISO; text
 * dates are read `mm/dd/yyyy` when the export writes them month first (NetSuite, QuickBooks US).
 */
export function readDate(
  cell: Cell | undefined,
  date1904 = false,
  order: DateOrder = 'day-first',
): CellRead<IsoDate> {
  if (cell === null || cell === undefined) return EMPTY;
  if (cell instanceof Date) {
    const iso = isoFromDateCell(cell);
    return iso ? { kind: 'ok', value: iso } : { kind: 'invalid', text: String(cell) };
  }
  if (typeof cell === 'number') {
    const iso =
      cell >= 19_000_101 && cell <= 22_001_231 && Number.isInteger(cell)
        ? isoFromCompactDate(cell)
        : isoFromExcelSerial(cell, date1904);
    return iso ? { kind: 'ok', value: iso } : { kind: 'invalid', text: String(cell) };
  }
  if (typeof cell === 'string') {
    const raw = cell.trim();
    if (raw === '') return EMPTY;
    const text = raw.replace(TIME_SUFFIX, '');
    const iso = COMPACT_DATE.test(text)
      ? isoFromCompactDate(Number(text))
      : parseDateFr(order === 'month-first' ? dayFirst(text) : text);
    return iso ? { kind: 'ok', value: iso } : { kind: 'invalid', text: raw };
  }
  if (isCellError(cell)) return { kind: 'formula-error', text: cell.error };
  return { kind: 'invalid', text: typeof cell === 'boolean' ? String(cell) : String(cell.amount) };
}
