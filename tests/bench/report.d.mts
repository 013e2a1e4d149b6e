/** Types of report.mjs (plain JavaScript, run by Node), for the tests that import it. */
export interface StoreFigure {
  value: number;
  baseline: number;
  ratio: number;
  pass: boolean;
  skipped?: string;
}

export interface BenchmarkResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  target: number;
  pass: boolean;
  skipped?: string;
  error?: string;
  spread?: { min: number; max: number };
  runs?: number;
  store?: 'disk' | 'memory';
  inMemory?: StoreFigure;
  diskToMemory?: number;
}

export function combineStores(
  disk: BenchmarkResult[] | undefined,
  memory: BenchmarkResult[] | undefined,
): BenchmarkResult[];

export function formatResults(results: BenchmarkResult[]): string[];
