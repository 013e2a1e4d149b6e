/**
 * UI side of the import worker: one worker per file, progress callbacks, cancellation through an
 * AbortSignal (terminates the worker) and a time limit with a French message.
 */
import type {
  ParsePhase,
  SpreadsheetParseOptions,
  SpreadsheetParseResult,
} from './parseSpreadsheet';
import type { ImportWorkerRequest, ImportWorkerResponse } from './protocol';

/** Three minutes: a 100,000-row file takes seconds; past this something is wrong. */
export const DEFAULT_TIME_LIMIT_MS = 180_000;

/** The part of `Worker` used here, so tests can stand in for it in Node. */
export interface ImportWorkerHandle {
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportWorkerRequest): void;
  terminate(): void;
}

export interface WorkerClientOptions {
  timeLimitMs?: number;
  createWorker?: () => ImportWorkerHandle;
}

function createImportWorker(): ImportWorkerHandle {
  return new Worker(new URL('../importWorker.ts', import.meta.url), { type: 'module' });
}

function timeLimitText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} secondes`;
}

/**
 * Parses a file in a worker. Resolves with the parse result, including `{ ok: false }` for an
 * unreadable file, a time-out or a crashed worker; rejects only with an `AbortError` when
 * `signal` cancels it.
 */
export function parseFileInWorker(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  options: SpreadsheetParseOptions = {},
  onProgress?: (phase: ParsePhase, percent: number) => void,
  signal?: AbortSignal,
  clientOptions: WorkerClientOptions = {},
): Promise<SpreadsheetParseResult> {
  const timeLimitMs = clientOptions.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("L'analyse du fichier a été annulée.", 'AbortError'));
      return;
    }
    const worker = (clientOptions.createWorker ?? createImportWorker)();
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const failWith = (message: string) => finish(() => resolve({ ok: false, message, sheets: [] }));
    const onAbort = () =>
      finish(() => reject(new DOMException("L'analyse du fichier a été annulée.", 'AbortError')));
    const timer = setTimeout(
      () =>
        failWith(
          `L'analyse de « ${fileName} » a dépassé la limite de ${timeLimitText(timeLimitMs)} et a été arrêtée. Le fichier est peut-être trop volumineux : exportez seulement les postes ouverts, ou enregistrez-le au format .xlsx, puis réessayez.`,
        ),
      timeLimitMs,
    );
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.type === 'progress') onProgress?.(response.phase, response.percent);
      else if (response.type === 'result') {
        const { balance, sheets } = response;
        finish(() => resolve({ ok: true, balance, sheets }));
      } else
        finish(() => resolve({ ok: false, message: response.message, sheets: response.sheets }));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      failWith(
        `L'analyse de « ${fileName} » s'est interrompue (${event.message || 'erreur du processus d’analyse'}) : le fichier est peut-être trop volumineux pour la mémoire disponible. Fermez d'autres onglets ou applications et réessayez.`,
      );
    };
    worker.postMessage({ type: 'parse', bytes, fileName, options });
  });
}
