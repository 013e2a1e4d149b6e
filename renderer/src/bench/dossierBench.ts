/**
 * Court dossier assembly (issue 8): 50 pieces, 300 pages, exported as the app does it (in the
 * dossier worker: read the pieces, draw the cover, requête, décompte and bordereau with pdf-lib,
 * copy, stamp, bookmark, save), against bare pdf-lib on the same files: load, one copyPages per
 * source, save. Also: the time against the 10 s budget, the output size against the inputs, and
 * the window's peak heap (the workers' heaps are not visible to the page).
 */
import { PDFDocument } from 'pdf-lib';
import { PIECE_LOAD_OPTIONS } from '../pdf/dossier';
import { dossierExporter } from '../workers/dossier/client';
import { benchDossier } from './dossierPieces';
import { watchMainThread } from './mainThreadWatch';
import type { Benchmark, Measurement } from './runner';

async function assemble(): Promise<Measurement> {
  const { plan, files } = await benchDossier();
  // As the app does: bytes read for this export, handed over to the worker. The copies are made
  // before the clock starts, as the app's reads from IndexedDB are not counted either.
  const own = files.map((file) => file.slice());
  const watch = await watchMainThread();
  const start = performance.now();
  const dossier = await dossierExporter().pdf(plan, own, { transferFiles: true });
  const ms = performance.now() - start;
  const report = watch.stop();
  if (dossier.pageCount < 300) throw new Error(`Dossier incomplet : ${dossier.pageCount} pages`);
  const inputs = files.reduce((sum, file) => sum + file.byteLength, 0);
  return {
    ms,
    metrics: {
      elapsed: ms,
      sizeRatio: dossier.bytes.byteLength / inputs,
      peakHeap: report.peakHeapMb,
    },
  };
}

async function barePdfLib(): Promise<number> {
  const { files } = await benchDossier();
  const start = performance.now();
  const out = await PDFDocument.create();
  for (const file of files) {
    const source = await PDFDocument.load(file, PIECE_LOAD_OPTIONS);
    const pages = await out.copyPages(source, source.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  await out.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return performance.now() - start;
}

export const DOSSIER_BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'dossier.assemble.300p',
    description:
      'Dossier IP de 50 pièces (300 pages) : lecture, page de garde, requête, décompte, bordereau, ' +
      'tampons, signets et enregistrement (dans le worker), comparé à pdf-lib seul (load + copyPages ' +
      '+ save) sur les mêmes fichiers.',
    targetRatio: 1.3,
    warmupRuns: 1,
    runs: 5,
    measure: assemble,
    baseline: { kind: 'measured', measure: barePdfLib },
    metrics: [
      { key: 'elapsed', unit: 'ms', reference: 10_000, targetRatio: 1 },
      { key: 'sizeRatio', unit: '×', reference: 1, targetRatio: 1.1 },
      { key: 'peakHeap', unit: 'MB', reference: 1024, targetRatio: 1 },
    ],
  },
];
