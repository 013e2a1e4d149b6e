/**
 * Messages between the UI and a letter PDF worker. A worker renders one letter per request (so
 * a pool can share a batch out, report progress letter by letter and stop between two letters),
 * and merges rendered letters into one PDF for printing. Cancelling terminates the workers.
 */
import type { LetterContent } from '../../domain/letters';

export type LetterPdfRequest =
  /** Load the PDF engine and its fonts now, before the first letter is asked for. */
  | { kind: 'warm'; requestId: number }
  | { kind: 'render'; requestId: number; letter: LetterContent; logo?: string }
  | { kind: 'merge'; requestId: number; parts: Uint8Array[]; duplex?: boolean };

export type LetterPdfResponse =
  /** `renderMs`: layout and PDF writing time in the worker, for the benchmark's breakdown. */
  | { kind: 'rendered'; requestId: number; bytes: Uint8Array; renderMs: number }
  | {
      kind: 'merged';
      requestId: number;
      bytes: Uint8Array;
      pageCounts: number[];
      blankPages: number;
    }
  | { kind: 'warm'; requestId: number }
  | { kind: 'failed'; requestId: number; message: string };
