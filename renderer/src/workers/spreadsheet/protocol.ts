/**
 * Messages between the UI and the import worker. One request per worker: the UI cancels by
 * terminating the worker, which is the only way to stop a synchronous SheetJS read.
 */
import type { ParsedBalance } from '../../domain/import/types';
import type { ParsePhase, SpreadsheetParseOptions } from './parseSpreadsheet';
import type { SheetSummary } from './sheets';

export interface ImportWorkerRequest {
  type: 'parse';
  /** The file's bytes; copied, not transferred, so the caller keeps them (SHA-256, retry). */
  bytes: Uint8Array | ArrayBuffer;
  fileName: string;
  options: SpreadsheetParseOptions;
}

export type ImportWorkerResponse =
  | { type: 'progress'; phase: ParsePhase; percent: number }
  | { type: 'result'; balance: ParsedBalance; sheets: SheetSummary[] }
  | { type: 'error'; message: string; sheets: SheetSummary[] };
