/**
 * Terminal lines for benchmark results: one line per benchmark, aligned, with its verdict.
 * @typedef {{ name: string, value: number, unit: string, baseline: number, ratio: number,
 *   target: number, pass: boolean, skipped?: string }} BenchmarkResult
 */

/**
 * @param {BenchmarkResult[]} results
 * @returns {string[]}
 */
export function formatResults(results) {
  const nameWidth = Math.max(...results.map((r) => r.name.length));
  const amount = (/** @type {number} */ value, /** @type {string} */ unit) =>
    `${value.toFixed(1)} ${unit}`.padStart(12);
  return results.map((r) =>
    r.skipped
      ? `SKIP  ${r.name.padEnd(nameWidth)}  ${r.skipped}`
      : `${r.pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(nameWidth)}  ${amount(r.value, r.unit)}` +
        `  baseline ${amount(r.baseline, r.unit)}  ratio ${r.ratio.toFixed(3)}` +
        `  (target ≤ ${r.target})`,
  );
}
