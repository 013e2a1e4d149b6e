/**
 * Runs one benchmark: warm-up runs (JIT, IndexedDB backing store, caches), then N timed runs;
 * the median resists the odd run slowed by garbage collection or disk flushes.
 */

export interface BenchmarkResult {
  name: string;
  /** Median of the timed runs. */
  value: number;
  unit: 'ms';
  /** Median of the baseline runs, or the fixed reference from tests/bench/baselines.json. */
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** Highest acceptable ratio. */
  target: number;
  pass: boolean;
}

export type Baseline =
  /** Measured in the same session, interleaved with the subject's runs. */
  | { kind: 'measured'; measure: () => Promise<number> }
  /** A documented reference time (see tests/bench/baselines.json). */
  | { kind: 'fixed'; ms: number };

export interface Benchmark {
  name: string;
  /** What is measured, in a sentence (shown on the bench page). */
  description: string;
  /** The benchmark passes when value / baseline ≤ targetRatio. */
  targetRatio: number;
  warmupRuns: number;
  runs: number;
  /** One run of the code under test; returns the elapsed milliseconds of the timed part only. */
  measure: () => Promise<number>;
  baseline: Baseline;
}

/** Elapsed milliseconds of `work`. */
export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export async function runBenchmark(
  benchmark: Benchmark,
  log: (message: string) => void,
): Promise<BenchmarkResult> {
  const { baseline } = benchmark;
  const measureBaseline = baseline.kind === 'measured' ? baseline.measure : null;

  for (let i = 0; i < benchmark.warmupRuns; i++) {
    await benchmark.measure();
    if (measureBaseline) await measureBaseline();
  }

  const values: number[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < benchmark.runs; i++) {
    // Alternating which side goes first spreads slow drifts (heap growth, disk) over both.
    if (measureBaseline && i % 2 === 0) baselines.push(await measureBaseline());
    values.push(await benchmark.measure());
    if (measureBaseline && i % 2 === 1) baselines.push(await measureBaseline());
    const last = (list: number[]) => list.at(-1)?.toFixed(1) ?? '-';
    log(
      `${benchmark.name} run ${i + 1}/${benchmark.runs}: ${last(values)} ms (baseline ${last(baselines)} ms)`,
    );
  }

  const value = median(values);
  const reference = measureBaseline
    ? median(baselines)
    : baseline.kind === 'fixed'
      ? baseline.ms
      : 0;
  const ratio = value / reference;
  return {
    name: benchmark.name,
    value: round(value, 1),
    unit: 'ms',
    baseline: round(reference, 1),
    ratio: round(ratio, 3),
    target: benchmark.targetRatio,
    pass: ratio <= benchmark.targetRatio,
  };
}
