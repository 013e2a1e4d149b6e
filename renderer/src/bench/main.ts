/**
 * Entry of bench.html. Exposes `window.runBenchmarks(names?)` for tests/bench/run.mjs, and a
 * button to run the same benchmarks by hand (`npm run web`, then open /bench.html).
 */
import { BENCHMARKS } from './benchmarks';
import { type BenchmarkResult, runBenchmark } from './runner';

declare global {
  interface Window {
    /** Runs the named benchmarks (all when omitted), in registry order. */
    runBenchmarks: (names?: readonly string[]) => Promise<BenchmarkResult[]>;
  }
}

const output = document.getElementById('bench-output');
const button = document.getElementById('run-benchmarks');

function log(message: string): void {
  // The runner forwards the page's console to the terminal: progress shows during long runs.
  console.info(`[bench] ${message}`);
  if (output) output.textContent += `${message}\n`;
}

async function runBenchmarks(names?: readonly string[]): Promise<BenchmarkResult[]> {
  const unknown = (names ?? []).filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((b) => b.name).join(', ');
    throw new Error(`Mesure inconnue : ${unknown.join(', ')} (disponibles : ${known})`);
  }
  const selected = names ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
  const results: BenchmarkResult[] = [];
  for (const benchmark of selected) {
    log(`${benchmark.name} — ${benchmark.description}`);
    for (const result of await runBenchmark(benchmark, log)) {
      log(
        `${result.pass ? 'PASS' : 'FAIL'} ${result.name}: ${result.value} ${result.unit}, ` +
          `référence ${result.baseline} ${result.unit}, ratio ${result.ratio} (cible ≤ ${result.target})`,
      );
      results.push(result);
    }
  }
  return results;
}

window.runBenchmarks = runBenchmarks;

button?.addEventListener('click', () => {
  button.setAttribute('disabled', '');
  runBenchmarks()
    .catch((error: unknown) =>
      log(`Erreur : ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => button.removeAttribute('disabled'));
});
