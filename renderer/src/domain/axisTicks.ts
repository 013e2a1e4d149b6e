/**
 * Round axis ticks for charts: 0, 5, 10, 15 M € rather than 4,5 / 9 / 13,5 M €. Steps are 1, 2
 * or 5 times a power of ten, the smallest that draws at most `maxTicks` intervals up to `max`.
 */
export interface AxisTicks {
  ticks: number[];
  /** The axis' upper bound: the last tick, at or above `max`. */
  top: number;
}

export function niceTicks(max: number, maxTicks = 5): AxisTicks {
  if (!(max > 0) || !Number.isFinite(max)) return { ticks: [0, 1], top: 1 };
  const rough = max / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { ticks, top: ticks[ticks.length - 1] ?? step };
}
