import { afterEach, describe, expect, it, vi } from 'vitest';
import { perFrame } from './perFrame';

describe('perFrame', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('applies only the last value pushed before the frame, once', () => {
    vi.useFakeTimers();
    const applied: number[] = [];
    const shown = perFrame((value: number) => applied.push(value));
    for (let i = 1; i <= 100; i++) shown.push(i);
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(applied).toEqual([100]);
    shown.push(101);
    shown.push(102);
    vi.advanceTimersByTime(20);
    expect(applied).toEqual([100, 102]);
  });

  it('drops what is pending when cancelled', () => {
    vi.useFakeTimers();
    const applied: number[] = [];
    const shown = perFrame((value: number) => applied.push(value));
    shown.push(1);
    shown.cancel();
    vi.advanceTimersByTime(50);
    expect(applied).toEqual([]);
    shown.push(2);
    vi.advanceTimersByTime(20);
    expect(applied).toEqual([2]);
  });
});
