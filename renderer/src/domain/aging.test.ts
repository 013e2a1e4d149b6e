import { describe, expect, it } from 'vitest';
import {
  type AgingItem,
  ageByDebtor,
  agingFromBuckets,
  type BucketBoundaries,
  type BucketKey,
  bucketForDays,
  bucketLabels,
  bucketTotals,
  daysPastDue,
  emptyBuckets,
  validateBucketBoundaries,
} from './aging';
import { isoDate } from './dates';
import { cents } from './money';

const AS_OF = isoDate('2026-11-23');

describe('bucket of an item as of a date (default boundaries 30/60/90/180)', () => {
  it.each<[string, string, string, number, BucketKey]>([
    ['due today', '2026-11-23', AS_OF, 0, 'notDue'],
    ['due tomorrow', '2026-11-24', AS_OF, -1, 'notDue'],
    ['due yesterday', '2026-11-22', AS_OF, 1, 'd1_30'],
    ['30 days late', '2026-10-24', AS_OF, 30, 'd1_30'],
    ['31 days late', '2026-10-23', AS_OF, 31, 'd31_60'],
    ['60 days late', '2026-09-24', AS_OF, 60, 'd31_60'],
    ['61 days late', '2026-09-23', AS_OF, 61, 'd61_90'],
    ['90 days late', '2026-08-25', AS_OF, 90, 'd61_90'],
    ['91 days late', '2026-08-24', AS_OF, 91, 'd91_180'],
    ['180 days late', '2026-05-27', AS_OF, 180, 'd91_180'],
    ['181 days late', '2026-05-26', AS_OF, 181, 'over180'],
    ['due on a leap day, 30 days later', '2028-02-29', '2028-03-30', 30, 'd1_30'],
    ['due on a leap day, 31 days later', '2028-02-29', '2028-03-31', 31, 'd31_60'],
    ['across 29 February 2024', '2024-02-28', '2024-03-29', 30, 'd1_30'],
    ['same span in 2025 (no leap day)', '2025-02-28', '2025-03-29', 29, 'd1_30'],
    ['future-dated document', '2027-06-30', AS_OF, -219, 'notDue'],
    ['over a year late', '2025-11-23', AS_OF, 365, 'over180'],
  ])('%s (due %s, as of %s) → %i days, %s', (_label, due, asOf, days, bucket) => {
    expect(daysPastDue(isoDate(due), isoDate(asOf))).toBe(days);
    expect(bucketForDays(days)).toBe(bucket);
  });
});

describe('custom boundaries', () => {
  const custom: BucketBoundaries = [15, 45, 90, 120];
  it.each<[number, BucketKey]>([
    [0, 'notDue'],
    [15, 'd1_30'],
    [16, 'd31_60'],
    [45, 'd31_60'],
    [46, 'd61_90'],
    [120, 'd91_180'],
    [121, 'over180'],
  ])('%i days → %s', (days, bucket) => {
    expect(bucketForDays(days, custom)).toBe(bucket);
  });

  it('labels follow the boundaries', () => {
    expect(bucketLabels(custom)).toEqual({
      notDue: 'Non échu',
      d1_30: '1-15 j',
      d31_60: '16-45 j',
      d61_90: '46-90 j',
      d91_180: '91-120 j',
      over180: '> 120 j',
    });
  });

  it.each<[number[], boolean]>([
    [[30, 60, 90, 180], true],
    [[15, 45, 90, 120], true],
    [[30, 30, 90, 180], false],
    [[60, 30, 90, 180], false],
    [[0, 30, 90, 180], false],
    [[30, 60, 90], false],
    [[30.5, 60, 90, 180], false],
  ])('%j valid: %s', (values, valid) => {
    expect(validateBucketBoundaries(values) === null).toBe(valid);
  });
});

const item = (over: Partial<AgingItem> & Pick<AgingItem, 'dueDate' | 'openCents'>): AgingItem => ({
  debtorId: 'd1',
  kind: 'invoice',
  status: 'open',
  ...over,
});

describe('ageByDebtor', () => {
  it('empty portfolio: no debtor, no total', () => {
    expect(ageByDebtor([], AS_OF).size).toBe(0);
    expect(bucketTotals([], AS_OF)).toEqual(emptyBuckets());
  });

  it('nets a credit note larger than the invoices, and still shows it', () => {
    const aging = ageByDebtor(
      [
        item({ dueDate: isoDate('2026-10-14'), openCents: cents(100_000) }), // 40 days late
        item({ dueDate: isoDate('2026-11-13'), openCents: cents(-150_000), kind: 'credit-note' }), // 10 days
        item({ dueDate: isoDate('2026-12-15'), openCents: cents(20_000) }), // not due
      ],
      AS_OF,
    ).get('d1');
    expect(aging).toMatchObject({
      buckets: { ...emptyBuckets(), notDue: 20_000, d1_30: -150_000, d31_60: 100_000 },
      totalCents: -30_000,
      overdueCents: -50_000,
      creditCents: -150_000,
      openItemCount: 3,
      // The oldest amount owed is the invoice, not the (older or newer) credit.
      oldestDueDate: '2026-10-14',
      daysPastDue: 40,
    });
  });

  it('keeps disputed items in the buckets and reports them apart; skips paid items', () => {
    const aging = ageByDebtor(
      [
        item({ dueDate: isoDate('2026-11-23'), openCents: cents(5_000), status: 'disputed' }),
        item({ dueDate: isoDate('2026-01-01'), openCents: cents(0), status: 'paid' }),
        item({ debtorId: 'd2', dueDate: isoDate('2026-11-24'), openCents: cents(7_000) }),
      ],
      AS_OF,
    );
    expect(aging.get('d1')).toMatchObject({
      totalCents: 5_000,
      overdueCents: 0,
      disputedCents: 5_000,
      openItemCount: 1,
      daysPastDue: 0,
    });
    expect(aging.get('d2')).toMatchObject({ totalCents: 7_000, oldestDueDate: '2026-11-24' });
  });

  it('a debtor with only credits has no oldest due date', () => {
    const aging = ageByDebtor(
      [
        item({
          dueDate: isoDate('2026-01-01'),
          openCents: cents(-1_000),
          kind: 'unapplied-payment',
        }),
      ],
      AS_OF,
    ).get('d1');
    expect(aging?.oldestDueDate).toBeUndefined();
    expect(aging?.daysPastDue).toBe(0);
    expect(aging?.overdueCents).toBe(-1_000);
  });

  it('rebuilds totals from snapshot buckets', () => {
    const aging = agingFromBuckets({
      ...emptyBuckets(),
      notDue: cents(300),
      d31_60: cents(200),
      over180: cents(-50),
    });
    expect(aging.totalCents).toBe(450);
    expect(aging.overdueCents).toBe(150);
  });
});
