/**
 * UI side of the import worker. A session owns one worker at a time: `parse` takes a fresh one
 * (the spare the Import page keeps ready, or a new one; progress callbacks, cancellation through an AbortSignal, a time limit with a French message)
 * and keeps it alive with the parsed balance, so that `commit` writes that balance from the
 * worker without the items ever crossing to the main thread.
 */
import { handOverImport } from '../../data/sync/earlyImports';
import type { BalanceClaim } from '../../domain/import/balanceClaim';
import type { BalancePreview, PreviewSummary } from '../../domain/import/preview';
import type { FileContent } from '../fileContent';
import { spareWorker } from '../spareWorker';
import type { ParsePhase, SpreadsheetParseOptions } from './parseSpreadsheet';
import type { CommitMeta, ImportWorkerRequest, ImportWorkerResponse } from './protocol';
import type { SheetSummary } from './sheets';

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

export type SpreadsheetPreviewResult =
  | {
      ok: true;
      /** The file's SHA-256 (what recognises a file imported before). */
      sha256: string;
      preview: BalancePreview;
      sheets: SheetSummary[];
      ratedSummary?: PreviewSummary;
    }
  | { ok: false; message: string; sheets: SheetSummary[] };

/** What a parse is asked with: the file's options, and the rates typed so far, if any. */
export interface ImportParseOptions extends SpreadsheetParseOptions {
  /**
   * Rates typed in the review (a new as-of date parses again): the result's `ratedSummary` has
   * the figures with them, in the same computation.
   */
  eurRates?: Record<string, string>;
}

export interface ImportSession {
  /**
   * Parses a file in a new worker: its Blob (handed over by reference) or its bytes (copied). Resolves with the preview, or `{ ok: false }` for an
   * unreadable file, a time-out or a crashed worker; rejects only with an `AbortError` when
   * `signal` cancels it.
   */
  parse(
    bytes: FileContent | ArrayBuffer,
    fileName: string,
    options?: ImportParseOptions,
    onProgress?: (phase: ParsePhase, percent: number) => void,
    signal?: AbortSignal,
  ): Promise<SpreadsheetPreviewResult>;
  /**
   * The claim of the last parsed balance on its date. Resolves with null when the balance has no
   * date, when the ledger cannot be read, or when a commit or a new parse supersedes it.
   */
  claim(): Promise<BalanceClaim | null>;
  /**
   * The last parsed balance's figures with these rates (EUR equivalents computed item by item, as
   * the ledger will hold them); null when nothing is parsed or a commit supersedes it.
   */
  summary(eurRates: Record<string, string>): Promise<PreviewSummary | null>;
  /** Writes the last parsed balance; resolves with the import id, rejects with a French Error. */
  commit(meta: CommitMeta): Promise<string>;
  dispose(): void;
}

function createImportWorker(): ImportWorkerHandle {
  return new Worker(new URL('../importWorker.ts', import.meta.url), { type: 'module' });
}

/** The Import page keeps one ready while open: the analysis starts at once, code loaded. */
const spares = spareWorker(createImportWorker);

/** Keeps a worker ready for the next analysis until the returned function is called. */
export const keepImportWorkerReady = (): (() => void) => spares.keepReady();

function timeLimitText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} secondes`;
}

/** Added to a failed commit's message when the import had been sent to the team's server. */
export const SENT_BEFORE_FAILURE =
  'L’import avait déjà été transmis au serveur de l’équipe : s’il l’a enregistré, il arrivera sur ce poste à la prochaine synchronisation. Vérifiez la liste des imports avant de recommencer.';

const abortError = () => new DOMException('L’analyse du fichier a été annulée.', 'AbortError');

export function createImportSession(clientOptions: WorkerClientOptions = {}): ImportSession {
  const timeLimitMs = clientOptions.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  let worker: ImportWorkerHandle | null = null;
  let settleClaim: ((claim: BalanceClaim | null) => void) | null = null;
  const supersedeClaim = () => {
    settleClaim?.(null);
    settleClaim = null;
  };

  /**
   * Withdraws the import this session's commit handed to the sync engine (team mode), while its
   * local commit has not reported: a worker stopped or failed, the engine stops waiting for it.
   */
  let withdrawEarly: (() => void) | null = null;

  const dispose = () => {
    supersedeClaim();
    withdrawEarly?.();
    withdrawEarly = null;
    if (!worker) return;
    worker.terminate();
    worker = null;
    // The next spare starts once this file's work is over and drawn, not beside it.
    if (!clientOptions.createWorker) spares.jobDone();
  };

  const claim: ImportSession['claim'] = () =>
    new Promise((resolve) => {
      supersedeClaim();
      const current = worker;
      if (!current) {
        resolve(null);
        return;
      }
      settleClaim = resolve;
      current.onmessage = (event) => {
        if (event.data.type !== 'claim') return;
        settleClaim = null;
        resolve(event.data.claim);
      };
      current.postMessage({ type: 'claim' });
    });

  const parse: ImportSession['parse'] = (bytes, fileName, options = {}, onProgress, signal) =>
    new Promise((resolve, reject) => {
      dispose();
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const current = clientOptions.createWorker ? clientOptions.createWorker() : spares.take();
      worker = current;
      let settled = false;
      const finish = (keepWorker: boolean, outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (!keepWorker && worker === current) dispose();
        outcome();
      };
      const failWith = (message: string) =>
        finish(false, () => resolve({ ok: false, message, sheets: [] }));
      const onAbort = () => finish(false, () => reject(abortError()));
      const timer = setTimeout(
        () =>
          failWith(
            `L’analyse de « ${fileName} » a dépassé la limite de ${timeLimitText(timeLimitMs)} et a été arrêtée. Le fichier est peut-être trop volumineux : exportez seulement les postes ouverts, ou enregistrez-le au format .xlsx, puis réessayez.`,
          ),
        timeLimitMs,
      );
      signal?.addEventListener('abort', onAbort);
      current.onmessage = (event) => {
        const response = event.data;
        if (response.type === 'progress') onProgress?.(response.phase, response.percent);
        else if (response.type === 'result') {
          const { sha256, preview, sheets, ratedSummary } = response;
          finish(true, () =>
            resolve({
              ok: true,
              sha256,
              preview,
              sheets,
              ...(ratedSummary ? { ratedSummary } : {}),
            }),
          );
        } else if (response.type === 'error') {
          finish(false, () =>
            resolve({ ok: false, message: response.message, sheets: response.sheets }),
          );
        }
      };
      current.onerror = (event) => {
        event.preventDefault?.();
        failWith(
          `L’analyse de « ${fileName} » s’est interrompue (${event.message || 'erreur du processus d’analyse'}) : le fichier est peut-être trop volumineux pour la mémoire disponible. Fermez d’autres onglets ou applications et réessayez.`,
        );
      };
      const { eurRates, ...parseOptions } = options;
      current.postMessage({
        type: 'parse',
        bytes,
        fileName,
        options: parseOptions,
        ...(eurRates ? { eurRates } : {}),
      });
    });

  const summary: ImportSession['summary'] = (eurRates) =>
    new Promise((resolve) => {
      const current = worker;
      if (!current) {
        resolve(null);
        return;
      }
      // Chained in front of whatever handler waits (the claim): both answers reach their caller.
      const previous = current.onmessage;
      const handler = (event: MessageEvent<ImportWorkerResponse>) => {
        if (event.data.type !== 'summary') {
          previous?.(event);
          return;
        }
        if (current.onmessage === handler) current.onmessage = previous;
        resolve(event.data.summary);
      };
      current.onmessage = handler;
      current.postMessage({ type: 'summary', eurRates });
    });

  const commit: ImportSession['commit'] = (meta) =>
    new Promise((resolve, reject) => {
      supersedeClaim();
      const current = worker;
      if (!current) {
        reject(new Error('Aucun fichier analysé à importer : recommencez l’import.'));
        return;
      }
      // An import sent to the server before its commit (team mode) may be on the server even
      // when this workstation could not write it: the message says so.
      let handedOver = false;
      const failed = (message: string) => {
        dispose();
        reject(new Error(handedOver ? `${message} ${SENT_BEFORE_FAILURE}` : message));
      };
      // No time limit: stopping the worker mid-write would only roll the transaction back.
      current.onmessage = (event) => {
        const response = event.data;
        if (response.type === 'bulk-issued') {
          handedOver = true;
          withdrawEarly = handOverImport(response.databaseName, response.bulk);
        } else if (response.type === 'committed') {
          // Committed: the outbox holds it, the engine's push takes it from there.
          withdrawEarly = null;
          dispose();
          resolve(response.importId);
        } else if (response.type === 'commit-failed') failed(response.message);
      };
      current.onerror = (event) => {
        event.preventDefault?.();
        failed(
          `L’enregistrement s’est interrompu (${event.message || 'erreur du processus d’import'}) : rien n’a été modifié dans le registre.`,
        );
      };
      current.postMessage({ type: 'commit', meta });
    });

  return { parse, claim, summary, commit, dispose };
}
