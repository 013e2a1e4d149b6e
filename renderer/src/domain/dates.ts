/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through UTC day numbers so that a
 * time zone or a daylight-saving change can never shift a date by one.
 */
import type { IsoDate } from './model';

const MS_PER_DAY = 86_400_000;

/** Month names in French, January first (« 1ᵉʳ mars 2026 », « mars 2026 »). */
export const MONTHS_FR: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Parts already known to be a real day (from a Date or from arithmetic) to a date. */
function fromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}` as IsoDate;
}

/** Builds a date from parts, or null when the parts are not a real calendar day. */
export function makeIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return fromParts(year, month, day);
}

/** The first day `makeIsoDate` accepts: before any date of the ledger, a start for « latest of ». */
export const EARLIEST_DATE: IsoDate = fromParts(1900, 1, 1);

/**
 * A `YYYY-MM-DD` string known to be a date (stored, typed in code, sent by a date picker) as an
 * `IsoDate`. Throws a RangeError otherwise: for text typed by a user, use `parseDateFr`.
 */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Date invalide : ${value}`);
  return value;
}

export function isIsoDate(value: unknown): value is IsoDate {
  // `YYYY-MM-DD`, read by character codes (no regular expression, no string built): a real day
  // between the years makeIsoDate accepts. Called for every date a summary or a file gives back.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** The number written by `date`'s characters `from` to `to` (ASCII digits only), or -1. */
function digitsAt(date: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `YYYY-MM-DD` to its numbers, as written (a 31 February stays 31: see `toDayNumber`). */
function parts(date: string): [number, number, number] {
  // Read by character codes, not a regular expression: the ladder does this for every debtor.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 7);
    const d = digitsAt(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
  }
  throw new Error(`Date invalide : ${date}`);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`): what
 * `Date.UTC` gives, without a Date. A day past the month's end runs on into the next month, as
 * with `Date.UTC`.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number since 1970-01-01 (UTC calendar), for exact day arithmetic. */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  // Date.UTC reads years 0 to 99 as 1900 to 1999 and lets months run over: its answer there.
  if (y < 100 || m < 1 || m > 12) return Date.UTC(y, m - 1, d) / MS_PER_DAY;
  return daysFromCivil(y, m, d);
}

/** The date of a day number (H. Hinnant's `civil_from_days`, without a Date). */
export function fromDayNumber(day: number): IsoDate {
  if (!Number.isInteger(day)) {
    const d = new Date(day * MS_PER_DAY);
    return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return fromParts(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return fromParts(y, m, daysInMonth(y, m));
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromParts(year, month, Math.min(d, daysInMonth(year, month)));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today in the user's local calendar (not UTC: a controller in Paris at 00:30 is on the new day). */
export function todayIso(now: Date = new Date()): IsoDate {
  return fromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `2026-11-23` -> `23/11/2026`. */
export function formatDateFr(date: string | undefined | null): string {
  if (!date || !isIsoDate(date)) return '';
  const [y, m, d] = parts(date);
  return `${pad(d)}/${pad(m)}/${pad(y, 4)}`;
}

/** `2026-11-23` -> `23 novembre 2026` (letters: « Paris, le 23 novembre 2026 »). */
export function formatLongDateFr(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${d === 1 ? '1ᵉʳ' : d} ${MONTHS_FR[m - 1]} ${y}`;
}

/** ISO instant -> `23/11/2026 17:05` in local time. */
export function formatInstantFr(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Parses `23/11/2026`, `23/11/26`, `23.11.2026`, `23-11-2026` and `2026-11-23`. Two-digit years
 * are 20xx (an aged balance holds no 20th-century invoices). Returns null if not a real day.
 */
export function parseDateFr(input: string): IsoDate | null {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return makeIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!fr) return null;
  const year = fr[3]?.length === 2 ? 2000 + Number(fr[3]) : Number(fr[3]);
  return makeIsoDate(year, Number(fr[2]), Number(fr[1]));
}
