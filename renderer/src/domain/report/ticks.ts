/**
 * Readable chart ticks: round steps (1, 2, 2,5 or 5 times a power of ten) from zero (or below
 * it for negative values) to the first step at or above the largest value, about `count` steps.
 * « 0, 20, 40, 60, 80 j », « 0, 0,5, 1, 1,5, 2 M€ », never « 550 k€, 1,1 M€ ».
 */
export function niceTicks(values: readonly number[], count = 4): number[] {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min;
  if (span <= 0) return [0, 1];
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw - 1e-9) ?? 10 * magnitude;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v < max + step - 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}
