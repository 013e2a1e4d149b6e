import { describe, expect, it } from 'vitest';
import type { BucketTotals } from '../model';
import { cents } from '../money';
import { agedBalanceMovement } from './movement';

const buckets = (...values: number[]): BucketTotals => {
  const [notDue = 0, d1_30 = 0, d31_60 = 0, d61_90 = 0, d91_180 = 0, over180 = 0] = values;
  return {
    notDue: cents(notDue),
    d1_30: cents(d1_30),
    d31_60: cents(d31_60),
    d61_90: cents(d61_90),
    d91_180: cents(d91_180),
    over180: cents(over180),
  };
};

describe('aged balance movement', () => {
  it.each([
    [
      buckets(100_000_00, 50_000_00, 20_000_00, 10_000_00, 5_000_00, 1_000_00),
      buckets(90_000_00, 55_500_50, 15_000_00, 12_000_00, 5_000_00, 2_345_67),
      {
        notDue: -10_000_00,
        d1_30: 5_500_50,
        d31_60: -5_000_00,
        d61_90: 2_000_00,
        d91_180: 0,
        over180: 1_345_67,
      },
      { opening: 186_000_00, closing: 179_846_17, change: -6_153_83 },
    ],
    [
      buckets(0, 0, 0, 0, 0, 0),
      buckets(-1_00, 2_00, 0, 0, 0, 0),
      { notDue: -1_00, d1_30: 2_00, d31_60: 0, d61_90: 0, d91_180: 0, over180: 0 },
      { opening: 0, closing: 1_00, change: 1_00 },
    ],
  ])('per bucket and in total (%#)', (opening, closing, changes, total) => {
    const movement = agedBalanceMovement(opening, closing);
    for (const [key, change] of Object.entries(changes)) {
      const row = movement.buckets[key as keyof BucketTotals];
      expect(row.changeCents).toBe(change);
      expect(row.openingCents).toBe(opening[key as keyof BucketTotals]);
      expect(row.closingCents).toBe(closing[key as keyof BucketTotals]);
    }
    expect(movement.total).toEqual({
      openingCents: total.opening,
      closingCents: total.closing,
      changeCents: total.change,
    });
  });
});
