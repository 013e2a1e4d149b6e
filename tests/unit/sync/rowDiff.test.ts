/**
 * Structural equality of stored values (data/sync/rowDiff.ts): what a pull compares before it
 * writes a row again, and what the case page compares to keep the parts of its file a write did
 * not change. A Map or a Set has no entries of its own: two of them are equal only if they are
 * the same object, never because both look empty.
 */
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../renderer/src/data/sync/rowDiff';

describe('sameValue', () => {
  it('compares rows field by field, absent and undefined alike', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
  });

  it('never takes two Maps, Sets or Dates with different contents for the same', () => {
    const rates = (percent: number) => ({ rates: new Map([['2026-S2', percent]]) });
    expect(sameValue(rates(12.15), rates(12.4))).toBe(false);
    expect(sameValue(new Set(['relance-1']), new Set(['relance-2']))).toBe(false);
    expect(sameValue(new Date(0), new Date(1))).toBe(false);
    const same = new Map([['k', 1]]);
    expect(sameValue({ rates: same }, { rates: same })).toBe(true);
  });
});
