/**
 * Renders a batch of letters off the main thread: each letter to its own PDF (the exact bytes
 * recorded for it), then all of them merged into one file to print, each letter starting on a
 * new sheet. Shared by the « Envoi groupé » screen and the benchmark.
 */
import type { LetterContent } from '../../../domain/letters';
import {
  type LetterPdfPool,
  letterPdfPool,
  type RenderProgress,
} from '../../../workers/letters/client';

export interface RenderedBatch {
  /** Time spent in the workers rendering letters (summed over workers), and merging. */
  renderMs: number;
  mergeMs: number;
  /** One PDF per letter, in order. */
  parts: Uint8Array[];
  /** All letters in one PDF. */
  merged: Uint8Array;
  pageCounts: number[];
  /** Letters' pages, blank pages not counted. */
  pages: number;
  /** Blank pages added for printing on both sides. */
  blankPages: number;
  elapsedMs: number;
}

export async function renderBatch(
  letters: readonly LetterContent[],
  options: {
    logo?: string;
    onProgress?: (progress: RenderProgress) => void;
    signal?: AbortSignal;
    /** The app's shared pool by default; the benchmark brings a fresh one per run. */
    pool?: LetterPdfPool;
    /** Each letter starts on a recto: a blank page after each letter with an odd page count. */
    duplex?: boolean;
  } = {},
): Promise<RenderedBatch> {
  const started = performance.now();
  const pool = options.pool ?? letterPdfPool();
  let renderMs = 0;
  const parts = await pool.render(letters, { ...options, onLetterTime: (ms) => (renderMs += ms) });
  const mergeStarted = performance.now();
  const { bytes, pageCounts, blankPages } = await pool.merge(
    parts,
    options.signal,
    options.duplex === true,
  );
  return {
    renderMs,
    mergeMs: performance.now() - mergeStarted,
    parts,
    merged: bytes,
    pageCounts,
    pages: pageCounts.reduce((sum, n) => sum + n, 0),
    blankPages,
    elapsedMs: performance.now() - started,
  };
}
