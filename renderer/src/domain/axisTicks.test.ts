import { describe, expect, it } from 'vitest';
import { niceTicks } from './axisTicks';

describe('niceTicks', () => {
  it.each([
    [13_500_000, [0, 5e6, 10e6, 15e6]],
    [4_500_000, [0, 1e6, 2e6, 3e6, 4e6, 5e6]],
    [18_325, [0, 5000, 10_000, 15_000, 20_000]],
    [850_000, [0, 200_000, 400_000, 600_000, 800_000, 1_000_000]],
    [100, [0, 20, 40, 60, 80, 100]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, [0, 1]],
  ])('up to %d', (max, ticks) => {
    const axis = niceTicks(max);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.top).toBeGreaterThanOrEqual(max);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
  });
});
