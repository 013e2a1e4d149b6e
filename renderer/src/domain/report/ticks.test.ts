import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it.each([
    [
      [73, 71, 79],
      [0, 20, 40, 60, 80],
    ],
    [
      [48, 51.4],
      [0, 20, 40, 60],
    ],
    [
      [2_099_931, 992_096],
      [0, 1_000_000, 2_000_000, 3_000_000],
    ],
    [
      [10_492_562, 3_885_799],
      [0, 5_000_000, 10_000_000, 15_000_000],
    ],
    [
      [-20, 60],
      [-20, 0, 20, 40, 60],
    ],
    [[], [0, 1]],
    [[0], [0, 1]],
  ])('%j -> %j', (values, expected) => {
    expect(niceTicks(values)).toEqual(expected);
  });
});
