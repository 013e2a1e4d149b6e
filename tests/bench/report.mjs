/**
 * Terminal lines for benchmark results: one line per benchmark, aligned, with its verdict, the
 * spread of its runs, and its in-memory figure as a second column.
 * @typedef {{ value: number, baseline: number, ratio: number, pass: boolean }} StoreFigure
 * @typedef {{ name: string, value: number, unit: string, baseline: number, ratio: number,
 *   target: number, pass: boolean, skipped?: string, error?: string,
 *   spread?: { min: number, max: number },
 *   runs?: number, store?: 'disk' | 'memory', inMemory?: StoreFigure & { skipped?: string },
 *   diskToMemory?: number }} BenchmarkResult
 */

const round = (/** @type {number} */ value, /** @type {number} */ digits) =>
  Number(value.toFixed(digits));

/**
 * One list of results from the passes that ran: the disk figures (checked against the targets)
 * carry the in-memory ones of the same benchmark as `inMemory`, and the disk ÷ memory ratio.
 * @param {BenchmarkResult[] | undefined} disk
 * @param {BenchmarkResult[] | undefined} memory
 * @returns {BenchmarkResult[]}
 */
export function combineStores(disk, memory) {
  if (!disk) return (memory ?? []).map((r) => ({ ...r, store: 'memory' }));
  const inMemory = new Map((memory ?? []).map((r) => [r.name, r]));
  return disk.map((r) => {
    const other = inMemory.get(r.name);
    if (!other) return { ...r, store: 'disk' };
    const figure = {
      value: other.value,
      baseline: other.baseline,
      ratio: other.ratio,
      pass: other.pass,
      ...(other.skipped
        ? { skipped: other.skipped }
        : other.error
          ? { skipped: `erreur : ${other.error}` }
          : {}),
    };
    const comparable = !r.skipped && !other.skipped && !r.error && !other.error && other.value > 0;
    return {
      ...r,
      store: 'disk',
      inMemory: figure,
      ...(comparable ? { diskToMemory: round(r.value / other.value, 3) } : {}),
    };
  });
}

/**
 * @param {BenchmarkResult[]} results
 * @returns {string[]}
 */
export function formatResults(results) {
  const nameWidth = Math.max(...results.map((r) => r.name.length));
  const amount = (/** @type {number} */ value, /** @type {string} */ unit) =>
    `${value.toFixed(1)} ${unit}`.padStart(12);
  const spread = (/** @type {BenchmarkResult} */ r) =>
    r.spread ? `  [${r.spread.min.toFixed(0)}–${r.spread.max.toFixed(0)}, ${r.runs} runs]` : '';
  const memory = (/** @type {BenchmarkResult} */ r) => {
    if (!r.inMemory) return '';
    if (r.inMemory.skipped) return `  | memory: ${r.inMemory.skipped}`;
    const versus = r.diskToMemory === undefined ? '' : `, disk/memory ${r.diskToMemory.toFixed(2)}`;
    return `  | memory ${amount(r.inMemory.value, r.unit).trim()} ratio ${r.inMemory.ratio.toFixed(3)}${versus}`;
  };
  return results.map((r) =>
    r.skipped
      ? `SKIP  ${r.name.padEnd(nameWidth)}  ${r.skipped}`
      : r.error
        ? `FAIL  ${r.name.padEnd(nameWidth)}  erreur : ${r.error}`
        : `${r.pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(nameWidth)}  ${amount(r.value, r.unit)}` +
          `  baseline ${amount(r.baseline, r.unit)}  ratio ${r.ratio.toFixed(3)}` +
          `  (target ≤ ${r.target})${spread(r)}${memory(r)}`,
  );
}
