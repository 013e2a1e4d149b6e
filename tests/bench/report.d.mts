/** Types of report.mjs (plain JavaScript, run by Node), for the tests that import it. */
import type { BenchmarkResult as MeasuredResult } from '../../renderer/src/bench/runner';

/** The in-memory figure shown beside the disk one. */
export type StoreFigure = Pick<MeasuredResult, 'value' | 'baseline' | 'ratio' | 'pass' | 'skipped'>;

/** A line of either store, and once combined, the disk line with its in-memory figure. */
export interface BenchmarkResult extends MeasuredResult {
  store?: 'disk' | 'memory';
  inMemory?: StoreFigure;
  diskToMemory?: number;
}

export function combineStores(
  disk: BenchmarkResult[] | undefined,
  memory: BenchmarkResult[] | undefined,
): BenchmarkResult[];

export function formatResults(results: BenchmarkResult[]): string[];
