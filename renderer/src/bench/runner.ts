/**
 * Runs one benchmark: warm-up runs (JIT, IndexedDB backing store, caches), then N timed runs;
 * the median resists the odd run slowed by garbage collection or disk flushes.
 */

export interface BenchmarkResult {
  name: string;
  /** Median of the timed runs. */
  value: number;
  unit: string;
  /** Median of the baseline runs, or the fixed reference from tests/bench/baselines.json. */
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** Highest acceptable ratio. */
  target: number;
  pass: boolean;
  /** Why the benchmark did not run (no team server on this machine); absent when it ran. */
  skipped?: string;
  /** What stopped it (a run threw): a failure, reported, and the next benchmarks still run. */
  error?: string;
  /** Fastest and slowest timed run: how noisy the median is. Absent on skipped lines. */
  spread?: { min: number; max: number };
  /** The timed runs behind the median. */
  runs?: number;
}

/**
 * Every benchmark runs at least this many times: on a noisy 2-core machine the median of fewer
 * runs moves with a single slow one.
 */
export const MIN_RUNS = 5;

export type Baseline =
  /** Measured in the same session, interleaved with the subject's runs. */
  | { kind: 'measured'; measure: () => Promise<number | Measurement> }
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
  measure: () => Promise<number | Measurement>;
  baseline: Baseline;
  /** Something outside the page the benchmark needs: the runner skips it, saying why, without. */
  requires?: 'team-server';
  /** Further figures each run records (longest main-thread task, peak heap…), one line each. */
  metrics?: readonly MetricSpec[];
}

/** A run that records more than its time. */
export interface Measurement {
  ms: number;
  metrics: Record<string, number>;
}

export interface MetricSpec {
  /** Key in `Measurement.metrics`; the line is named `<benchmark>.<key>`. */
  key: string;
  unit: string;
  /** Fixed reference the worst run is compared with (e.g. 100 ms for a long task). */
  reference: number;
  targetRatio: number;
}

function timeOf(run: number | Measurement): number {
  return typeof run === 'number' ? run : run.ms;
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
): Promise<BenchmarkResult[]> {
  const { baseline } = benchmark;
  const measureBaseline =
    baseline.kind === 'measured' ? async () => timeOf(await baseline.measure()) : null;

  for (let i = 0; i < benchmark.warmupRuns; i++) {
    await benchmark.measure();
    if (measureBaseline) await measureBaseline();
  }

  const runs = Math.max(MIN_RUNS, benchmark.runs);
  const values: number[] = [];
  const baselines: number[] = [];
  const recorded: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternating which side goes first spreads slow drifts (heap growth, disk) over both.
    if (measureBaseline && i % 2 === 0) baselines.push(await measureBaseline());
    const run = await benchmark.measure();
    values.push(timeOf(run));
    if (typeof run !== 'number') recorded.push(run.metrics);
    if (measureBaseline && i % 2 === 1) baselines.push(await measureBaseline());
    const last = (list: number[]) => list.at(-1)?.toFixed(1) ?? '-';
    log(
      `${benchmark.name} run ${i + 1}/${runs}: ${last(values)} ms (baseline ${last(baselines)} ms)`,
    );
  }

  const value = median(values);
  const reference = measureBaseline
    ? median(baselines)
    : baseline.kind === 'fixed'
      ? baseline.ms
      : 0;
  return [
    {
      ...result(benchmark.name, value, 'ms', reference, benchmark.targetRatio),
      spread: { min: round(Math.min(...values), 1), max: round(Math.max(...values), 1) },
      runs,
    },
    // Secondary figures report the worst run: a long task or a heap peak is what users feel.
    ...(benchmark.metrics ?? []).map((metric) =>
      result(
        `${benchmark.name}.${metric.key}`,
        Math.max(...recorded.map((r) => r[metric.key] ?? 0)),
        metric.unit,
        metric.reference,
        metric.targetRatio,
      ),
    ),
  ];
}

/** The line of a benchmark that measured nothing: skipped here, or stopped by an error. */
function unmeasured(
  benchmark: Benchmark,
  outcome: Pick<BenchmarkResult, 'pass' | 'skipped' | 'error'>,
): BenchmarkResult {
  return {
    name: benchmark.name,
    value: 0,
    unit: 'ms',
    baseline: 0,
    ratio: 0,
    target: benchmark.targetRatio,
    ...outcome,
  };
}

/** The line of a benchmark whose run threw: it fails, and says why. */
export function erroredResult(benchmark: Benchmark, error: unknown): BenchmarkResult {
  const message = error instanceof Error ? error.message : String(error);
  return unmeasured(benchmark, { pass: false, error: message });
}

/** The line of a benchmark that could not run here. */
export function skippedResult(benchmark: Benchmark, reason: string): BenchmarkResult {
  return unmeasured(benchmark, { pass: true, skipped: reason });
}

function result(
  name: string,
  value: number,
  unit: string,
  baseline: number,
  target: number,
): BenchmarkResult {
  const ratio = value / baseline;
  return {
    name,
    value: round(value, 1),
    unit,
    baseline: round(baseline, 1),
    ratio: round(ratio, 3),
    target,
    pass: ratio <= target,
  };
}
