import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import {
  COUNTBACK_MAX_MONTHS,
  computeDso,
  countbackDso,
  type DsoDocument,
  receivablesAt,
  rollingMonths,
  type SalesMonth,
  simpleDso,
} from './dso';
import { cents } from './money';

// The countback reads only the days and the sales of each month, not its bounds.
const month = (days: number, salesCents: number): SalesMonth => ({
  from: isoDate('2026-01-01'),
  to: isoDate('2026-01-31'),
  days,
  salesCents: cents(salesCents),
});

describe('countback DSO', () => {
  it.each<[string, number, SalesMonth[], number, boolean]>([
    ['empty portfolio', 0, [], 0, true],
    ['receivables exhausted by the last month', 100, [month(30, 100)], 30, true],
    ['half of the month before', 150, [month(30, 100), month(31, 100)], 45.5, true],
    ['a quarter of the last month', 25, [month(30, 100), month(31, 100)], 7.5, true],
    [
      'a month without sales counts whole',
      150,
      [month(30, 0), month(31, 100), month(30, 100)],
      76,
      true,
    ],
    ['history too short: a lower bound', 500, [month(30, 100), month(31, 100)], 61, false],
    ['credit balance (credits larger than invoices)', -4_000, [month(30, 100)], 0, true],
    [
      'negative sales (credit notes only) count whole',
      50,
      [month(30, -20), month(31, 100)],
      45.5,
      true,
    ],
  ])('%s', (_label, receivables, months, days, complete) => {
    const result = countbackDso(cents(receivables), months);
    expect(result.days).toBeCloseTo(days, 10);
    expect(result.complete).toBe(complete);
  });
});

describe('simple DSO', () => {
  it.each<[number, number, number, number | null]>([
    [100, 365, 365, 100],
    [0, 365, 365, 0],
    [50, 0, 365, null],
    [-10, 100, 365, 0],
    [1_000, 12_000, 366, 30.5],
  ])('receivables %i, sales %i over %i days → %s', (receivables, sales, days, expected) => {
    const result = simpleDso(cents(receivables), cents(sales), days);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe('rolling months', () => {
  it.each<[string, [string, string, number][]]>([
    [
      '2026-11-23',
      [
        ['2026-10-24', '2026-11-23', 31],
        ['2026-09-24', '2026-10-23', 30],
      ],
    ],
    [
      '2026-03-31',
      [
        ['2026-03-01', '2026-03-31', 31],
        ['2026-02-01', '2026-02-28', 28],
        ['2026-01-01', '2026-01-31', 31],
      ],
    ],
    [
      '2028-02-29',
      [
        ['2028-01-30', '2028-02-29', 31],
        ['2027-12-30', '2028-01-29', 31],
      ],
    ],
  ])('as of %s', (asOf, expected) => {
    const months = rollingMonths(isoDate(asOf), expected.length);
    expect(months.map((m) => [m.from, m.to, m.days])).toEqual(expected);
  });
});

const doc = (over: Partial<DsoDocument>): DsoDocument => ({
  kind: 'invoice',
  status: 'open',
  issueDate: isoDate('2026-11-01'),
  dueDate: isoDate('2026-12-01'),
  amountCents: cents(0),
  openCents: cents(0),
  ...over,
});

describe('computeDso on ledger documents', () => {
  const AS_OF = isoDate('2026-11-23');

  it('empty portfolio: zero days, no simple figure', () => {
    const dso = computeDso([], AS_OF);
    expect(dso).toMatchObject({
      receivablesCents: 0,
      countbackDays: 0,
      countbackComplete: true,
      simpleDays: null,
    });
    expect(dso.months).toHaveLength(COUNTBACK_MAX_MONTHS);
  });

  it('uses paid documents as sales, nets credit notes, ignores cash and future documents', () => {
    const documents = [
      // Last month (24/10–23/11, 31 days): 1 000 € sold, 600 € still open, 100 € credit.
      doc({
        issueDate: isoDate('2026-11-10'),
        amountCents: cents(100_000),
        openCents: cents(60_000),
      }),
      doc({
        kind: 'credit-note',
        issueDate: isoDate('2026-11-12'),
        amountCents: cents(-10_000),
        openCents: cents(-10_000),
      }),
      // Month before (24/09–23/10, 30 days): 1 000 € sold, all paid since.
      doc({
        issueDate: isoDate('2026-10-01'),
        amountCents: cents(100_000),
        openCents: cents(0),
        status: 'paid',
      }),
      // An unapplied payment reduces receivables but is not a sale.
      doc({
        kind: 'unapplied-payment',
        issueDate: isoDate('2026-11-20'),
        amountCents: cents(-5_000),
        openCents: cents(-5_000),
      }),
      // Issued after the as-of date: neither receivable nor sale of that date.
      doc({
        issueDate: isoDate('2026-11-30'),
        amountCents: cents(999_999),
        openCents: cents(999_999),
      }),
    ];
    expect(receivablesAt(documents, AS_OF)).toBe(45_000);
    const dso = computeDso(documents, AS_OF);
    expect(dso.months[0]?.salesCents).toBe(90_000);
    expect(dso.months[1]?.salesCents).toBe(100_000);
    expect(dso.countbackDays).toBeCloseTo(31 * (45_000 / 90_000), 10);
    expect(dso.countbackComplete).toBe(true);
    // 45 000 / 190 000 × (days of the last 12 rolling months = 365).
    expect(dso.simpleDays).toBeCloseTo((45_000 / 190_000) * 365, 10);
  });

  it('documents without an issue date count as receivables, not as sales', () => {
    const documents = [
      doc({ issueDate: undefined, dueDate: isoDate('2026-10-01'), openCents: cents(20_000) }),
    ];
    const dso = computeDso(documents, AS_OF);
    expect(dso.receivablesCents).toBe(20_000);
    expect(dso.countbackComplete).toBe(false);
    expect(dso.countbackDays).toBe(dso.months.reduce((sum, m) => sum + m.days, 0));
  });
});
