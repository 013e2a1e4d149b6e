/**
 * The month a report covers, as `YYYY-MM`, and the imports that open and close it. A month's
 * figures are read from two aged balances: the closing one (the latest import dated in the
 * month) and the opening one (the latest import dated before the month, normally the previous
 * month-end). Either may be missing: the report then says so rather than showing zero.
 */
import { addMonths, endOfMonth, formatDateFr, isIsoDate, isoDate, MONTHS_FR } from '../dates';
import type { BucketTotals, IsoDate, IsoInstant } from '../model';

declare const reportMonthBrand: unique symbol;
/** A calendar month as `YYYY-MM`; the only way in is `parseReportMonth` or the helpers here. */
export type ReportMonth = string & { readonly [reportMonthBrand]: true };

const SHORT_MONTH_NAMES = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

/** `2026-11` as a month; null when it is not one. */
export function parseReportMonth(value: string | null | undefined): ReportMonth | null {
  if (!value || !/^\d{4}-\d{2}$/.test(value)) return null;
  return isIsoDate(`${value}-01`) ? (value as ReportMonth) : null;
}

export function monthOf(date: IsoDate): ReportMonth {
  return date.slice(0, 7) as ReportMonth;
}

export function firstDayOf(month: ReportMonth): IsoDate {
  return isoDate(`${month}-01`);
}

export function lastDayOf(month: ReportMonth): IsoDate {
  return endOfMonth(firstDayOf(month));
}

export function shiftMonth(month: ReportMonth, months: number): ReportMonth {
  return monthOf(addMonths(firstDayOf(month), months));
}

/** The month before today's: the last one whose month-end balance can exist. */
export function lastCompleteMonth(today: IsoDate): ReportMonth {
  return shiftMonth(monthOf(today), -1);
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: ReportMonth, count: number): ReportMonth[] {
  return Array.from({ length: count }, (_, k) => shiftMonth(month, k - count + 1));
}

/** `2026-11` -> « novembre 2026 ». */
export function formatMonthFr(month: ReportMonth): string {
  return `${MONTHS_FR[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** « de novembre 2026 », « d’avril 2026 », « d’août 2026 », « d’octobre 2026 » (elision). */
export function ofMonthFr(month: ReportMonth): string {
  const name = formatMonthFr(month);
  return /^[aeiou]/.test(name) ? `d’${name}` : `de ${name}`;
}

/** `2026-11` -> « nov. 2026 » (chart axes, table headers). */
export function formatShortMonthFr(month: ReportMonth): string {
  return `${SHORT_MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** One import as the report reads it: its date and its aged balance (sum of its snapshots). */
export interface ReportImport {
  id: string;
  asOfDate: IsoDate;
  importedAt: IsoInstant;
  buckets: BucketTotals;
}

const later = (a: ReportImport, b: ReportImport) =>
  a.asOfDate === b.asOfDate ? a.importedAt > b.importedAt : a.asOfDate > b.asOfDate;

function latestOf(imports: readonly ReportImport[]): ReportImport | undefined {
  return imports.reduce<ReportImport | undefined>(
    (best, i) => (!best || later(i, best) ? i : best),
    undefined,
  );
}

/** The latest import dated within the month (several on one date: the last imported). */
export function closingImportOf(
  imports: readonly ReportImport[],
  month: ReportMonth,
): ReportImport | undefined {
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  return latestOf(imports.filter((i) => i.asOfDate >= from && i.asOfDate <= to));
}

/** The latest import dated before the month: the balance the month opened with. */
export function openingImportOf(
  imports: readonly ReportImport[],
  month: ReportMonth,
): ReportImport | undefined {
  const from = firstDayOf(month);
  return latestOf(imports.filter((i) => i.asOfDate < from));
}

/** A figure, or the French sentence that says why it cannot be given. */
export type Figure<T> = { ok: true; value: T } | { ok: false; reason: string };

export const figure = <T>(value: T): Figure<T> => ({ ok: true, value });
export const missing = <T>(reason: string): Figure<T> => ({ ok: false, reason });

/**
 * Why a figure that needs both balances of the month cannot be computed, or null when both
 * imports are there. `what` names the figure (« le CEI », « le mouvement de la balance âgée »).
 */
export function twoImportsReason(
  imports: readonly ReportImport[],
  month: ReportMonth,
  what: string,
): string | null {
  const closing = closingImportOf(imports, month);
  if (!closing) {
    return `Aucun import de balance âgée n’est daté ${ofMonthFr(month)}\u00a0: ${what} ne peut pas être calculé pour ce mois.`;
  }
  if (!openingImportOf(imports, month)) {
    return imports.length === 1
      ? `Un seul import de balance âgée (au ${formatDateFr(closing.asOfDate)})\u00a0: ${what} demande aussi la balance du début du mois.`
      : `Aucun import de balance âgée n’est antérieur au ${formatDateFr(firstDayOf(month))}\u00a0: ${what} demande aussi la balance du début du mois.`;
  }
  return null;
}
