import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import type { DsoDocument } from '../dso';
import { cents } from '../money';
import { formatPercent } from '../numbers';
import { collectionEffectiveness, creditSalesBetween } from './cei';

describe('collection effectiveness index', () => {
  it.each([
    // opening, sales, closing, closing current -> collected, collectible, CEI shown
    [100_000_00, 50_000_00, 90_000_00, 40_000_00, 60_000_00, 110_000_00, '54,5 %'],
    [200_000_00, 100_000_00, 100_000_00, 100_000_00, 200_000_00, 200_000_00, '100 %'],
    [80_000_00, 20_000_00, 100_000_00, 20_000_00, 0, 80_000_00, '0 %'],
    [123_456_78, 45_678_90, 98_765_43, 32_109_87, 70_370_25, 137_025_81, '51,4 %'],
    // A balance that grew faster than sales: negative collection.
    [50_000_00, 10_000_00, 70_000_00, 10_000_00, -10_000_00, 50_000_00, '-20 %'],
  ])(
    'opening %i + sales %i − closing %i (current %i) → %i / %i = %s',
    (opening, sales, closing, current, collected, collectible, shown) => {
      const cei = collectionEffectiveness({
        openingCents: cents(opening),
        creditSalesCents: cents(sales),
        closingCents: cents(closing),
        closingCurrentCents: cents(current),
      });
      expect(cei.collectedCents).toBe(collected);
      expect(cei.collectibleCents).toBe(collectible);
      expect(cei.percent).toBe((collected / collectible) * 100);
      // Whatever no-break space the formatter puts before « % ».
      expect(formatPercent((cei.percent ?? 0) / 100).replace(/[\u00a0\u202f]/g, ' ')).toBe(shown);
    },
  );

  it('has no index when nothing was collectible', () => {
    const cei = collectionEffectiveness({
      openingCents: cents(0),
      creditSalesCents: cents(10_00),
      closingCents: cents(10_00),
      closingCurrentCents: cents(10_00),
    });
    expect(cei.percent).toBeNull();
  });
});

describe('credit sales of a period', () => {
  const doc = (kind: DsoDocument['kind'], issueDate: string | undefined, amount: number) => ({
    kind,
    ...(issueDate ? { issueDate: isoDate(issueDate) } : {}),
    amountCents: cents(amount),
  });
  const documents = [
    doc('invoice', '2026-10-31', 1_000_00), // the opening balance's day: already in it
    doc('invoice', '2026-11-01', 2_000_00),
    doc('invoice', '2026-11-30', 3_000_50),
    doc('credit-note', '2026-11-12', -500_25),
    doc('unapplied-payment', '2026-11-12', -700_00),
    doc('invoice', undefined, 9_999_00),
    doc('invoice', '2026-12-01', 4_000_00),
  ];
  it.each([
    ['2026-10-31', '2026-11-30', 4_500_25],
    ['2026-10-30', '2026-11-30', 5_500_25],
    ['2026-11-30', '2026-12-31', 4_000_00],
    ['2026-11-30', '2026-11-30', 0],
  ])('after %s up to %s: %i cents', (after, upTo, expected) => {
    expect(creditSalesBetween(documents, isoDate(after), isoDate(upTo))).toBe(expected);
  });
});
