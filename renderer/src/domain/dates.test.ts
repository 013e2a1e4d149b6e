import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  EARLIEST_DATE,
  endOfMonth,
  formatDateFr,
  formatLongDateFr,
  isIsoDate,
  isoDate,
  parseDateFr,
  todayIso,
} from './dates';

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-15', 1, '2026-03-16'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-10', -10, '2025-12-31'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(isoDate(date), days)).toBe(expected);
  });

  it.each([
    ['2026-03-15', '2026-03-16', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2026-11-23', '2026-10-24', -30],
  ])('daysBetween(%s, %s) = %i', (from, to, days) => {
    expect(daysBetween(isoDate(from), isoDate(to))).toBe(days);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-23', -12, '2025-11-23'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(isoDate(date), months)).toBe(expected);
  });

  it('knows the end of month', () => {
    expect(endOfMonth(isoDate('2024-02-10'))).toBe('2024-02-29');
    expect(endOfMonth(isoDate('2026-02-10'))).toBe('2026-02-28');
  });
});

describe('display and parsing', () => {
  it('formats fr-FR', () => {
    expect(formatDateFr('2026-11-23')).toBe('23/11/2026');
    expect(formatDateFr(undefined)).toBe('');
    expect(formatLongDateFr(isoDate('2026-11-23'))).toBe('23 novembre 2026');
    expect(formatLongDateFr(isoDate('2026-08-01'))).toBe('1ᵉʳ août 2026');
  });

  it.each([
    ['23/11/2026', '2026-11-23'],
    ['23/11/26', '2026-11-23'],
    ['23.11.2026', '2026-11-23'],
    ['3/1/2026', '2026-01-03'],
    ['2026-11-23', '2026-11-23'],
    ['29/02/2024', '2024-02-29'],
    ['31/02/2026', null],
    ['29/02/2026', null],
    ['2026-13-01', null],
    ['demain', null],
  ])('parseDateFr(%s) = %s', (text, expected) => {
    expect(parseDateFr(text)).toBe(expected);
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-2-28')).toBe(false);
  });

  it('lets a string in as an IsoDate only when it is a real day', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-2-28', '28/02/2026', '', '2026-02-28T00:00:00Z']) {
      expect(() => isoDate(bad), bad).toThrow(RangeError);
    }
    expect(isIsoDate(EARLIEST_DATE)).toBe(true);
    expect(EARLIEST_DATE < isoDate('1900-01-02')).toBe(true);
  });

  it('takes today from the local calendar', () => {
    expect(todayIso(new Date(2026, 10, 23, 0, 30))).toBe('2026-11-23');
  });
});
