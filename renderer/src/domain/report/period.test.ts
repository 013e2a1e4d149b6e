import { describe, expect, it } from 'vitest';
import { emptyBuckets } from '../aging';
import { isoDate } from '../dates';
import {
  closingImportOf,
  formatMonthFr,
  formatShortMonthFr,
  lastCompleteMonth,
  lastDayOf,
  monthsEndingWith,
  ofMonthFr,
  openingImportOf,
  parseReportMonth,
  type ReportImport,
  type ReportMonth,
  twoImportsReason,
} from './period';

const month = (value: string) => parseReportMonth(value) as ReportMonth;
const imp = (
  id: string,
  asOfDate: string,
  importedAt = `${asOfDate}T18:00:00.000Z`,
): ReportImport => ({
  id,
  asOfDate: isoDate(asOfDate),
  importedAt,
  buckets: emptyBuckets(),
});

describe('report months', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026-13', null],
    ['2026-1', null],
    ['', null],
    [null, null],
  ])('parseReportMonth(%s) = %s', (input, expected) => {
    expect(parseReportMonth(input)).toBe(expected);
  });

  it.each([
    ['2026-12-04', '2026-11'],
    ['2026-01-01', '2025-12'],
    ['2026-03-31', '2026-02'],
  ])('the last complete month on %s is %s', (today, expected) => {
    expect(lastCompleteMonth(isoDate(today))).toBe(expected);
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2024-02', '2024-02-29'],
    ['2026-11', '2026-11-30'],
  ])('%s ends on %s', (m, end) => {
    expect(lastDayOf(month(m))).toBe(end);
  });

  it('lists twelve months ending with the report month, across a year end', () => {
    const months = monthsEndingWith(month('2026-02'), 12);
    expect(months[0]).toBe('2025-03');
    expect(months.at(-1)).toBe('2026-02');
    expect(months).toHaveLength(12);
  });

  it.each([
    ['2026-11', 'novembre 2026', 'nov. 2026'],
    ['2026-02', 'février 2026', 'févr. 2026'],
    ['2026-08', 'août 2026', 'août 2026'],
  ])('names %s « %s » and « %s »', (m, long, short) => {
    expect(formatMonthFr(month(m))).toBe(long);
    expect(ofMonthFr(month(m))).toBe(m === '2026-08' ? 'd’août 2026' : `de ${long}`);
    expect(formatShortMonthFr(month(m))).toBe(short);
  });
});

describe('opening and closing imports', () => {
  const imports = [
    imp('sep', '2026-09-30'),
    imp('oct', '2026-10-31'),
    imp('nov-mid', '2026-11-15'),
    imp('nov-end', '2026-11-30', '2026-12-01T08:00:00.000Z'),
    imp('nov-end-again', '2026-11-30', '2026-12-02T08:00:00.000Z'),
  ];

  it.each([
    ['2026-11', 'oct', 'nov-end-again'],
    ['2026-10', 'sep', 'oct'],
    ['2026-09', undefined, 'sep'],
    ['2026-12', 'nov-end-again', undefined],
  ])('%s opens with %s and closes with %s', (m, opening, closing) => {
    expect(openingImportOf(imports, month(m))?.id).toBe(opening);
    expect(closingImportOf(imports, month(m))?.id).toBe(closing);
  });

  it.each([
    [
      [imp('nov', '2026-11-30')],
      '2026-11',
      'Un seul import de balance âgée (au 30/11/2026)\u00a0: le CEI demande aussi la balance du début du mois.',
    ],
    [
      [imp('nov', '2026-11-30'), imp('dec', '2026-12-31')],
      '2026-11',
      'Aucun import de balance âgée n’est antérieur au 01/11/2026\u00a0: le CEI demande aussi la balance du début du mois.',
    ],
    [
      [imp('oct', '2026-10-31')],
      '2026-11',
      'Aucun import de balance âgée n’est daté de novembre 2026\u00a0: le CEI ne peut pas être calculé pour ce mois.',
    ],
    [[imp('oct', '2026-10-31'), imp('nov', '2026-11-30')], '2026-11', null],
  ])('says why two imports are needed (%#)', (list, m, reason) => {
    expect(twoImportsReason(list, month(m), 'le CEI')).toBe(reason);
  });
});
