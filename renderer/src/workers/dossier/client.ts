/**
 * Window side of the dossier export: one worker that reads the pieces, draws the generated
 * parts, copies, stamps and saves, reporting progress as it goes. The worker is kept between
 * exports (its modules load once); cancelling terminates it, and the next export starts another.
 */
import type { DossierPlan } from '../../domain/dossier';
import type { AssembledDossier, ZippedDossier } from '../../pdf/dossier';
import { type DossierWorkerHandle, exportAborted, WorkerLane } from './lane';
import type { DossierWorkerResponse } from './protocol';

export { DossierExportError, type DossierWorkerHandle } from './lane';

export interface ExportProgress {
  step: string;
  done: number;
  total: number;
}

export interface ExportOptions {
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Hands the files' memory over to the worker: the caller's arrays are left empty. */
  transferFiles?: boolean;
}

/**
 * A file made by the worker, with its SHA-256 (lowercase hex), taken there while the window
 * saves the file: it comes a little after the file.
 */
export type Fingerprinted<T> = T & { sha256: Promise<string> };

function createDossierWorker(): DossierWorkerHandle {
  return new Worker(new URL('../dossierWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * What crosses to the worker: copies, so that the caller keeps its bytes, unless the caller
 * gives them up (`transferFiles`), which saves copying every piece once more.
 */
function handOver(files: readonly Uint8Array[], transfer: boolean) {
  const sent = transfer ? [...files] : files.map((file) => file.slice());
  const buffers = new Set<ArrayBuffer>();
  for (const file of sent) if (file.buffer instanceof ArrayBuffer) buffers.add(file.buffer);
  return { sent, buffers: [...buffers] };
}

export class DossierExporter {
  private lane: WorkerLane | null = null;
  private nextJob = 1;

  constructor(private readonly createWorker: () => DossierWorkerHandle = createDossierWorker) {}

  /**
   * Starts the worker and readies its engine ahead of an export of `plan` (a page that may export
   * calls it when idle); an export asked meanwhile waits for it. Never fails: an export reports
   * what goes wrong.
   */
  prepare(plan?: DossierPlan): void {
    if (this.lane) return;
    try {
      const lane = new WorkerLane(this.createWorker());
      this.lane = lane;
      const jobId = this.nextJob++;
      lane
        .request({ kind: 'prepare', jobId, ...(plan ? { plan } : {}) }, [], (response) =>
          response.kind === 'prepared' ? true : undefined,
        )
        // A worker that could not start is let go: the export starts another and says why.
        .catch(() => {
          if (this.lane === lane) this.terminate();
        });
    } catch {
      this.lane = null;
    }
  }

  /** Stops the worker now; the next export starts a fresh one. */
  terminate(): void {
    this.lane?.terminate();
    this.lane = null;
  }

  private async run<T>(
    kind: 'pdf' | 'zip',
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions,
    result: (response: DossierWorkerResponse) => T | undefined,
  ): Promise<Fingerprinted<T>> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw exportAborted();
    const onAbort = () => this.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    this.lane ??= new WorkerLane(this.createWorker());
    const jobId = this.nextJob++;
    const sha256 = this.lane.follow(jobId, (response) =>
      response.kind === 'fingerprinted' ? response.sha256 : undefined,
    );
    // Marked as handled: a cancelled or refused export never asks for it.
    sha256.catch(() => undefined);
    try {
      const { sent, buffers } = handOver(files, options.transferFiles ?? false);
      const made = await this.lane.request(
        { kind, jobId, plan, files: sent },
        buffers,
        (response) => {
          if (response.kind === 'progress') {
            const { step, done, total } = response;
            onProgress?.({ step, done, total });
          }
          return result(response);
        },
        signal,
      );
      return { ...made, sha256 };
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  pdf(
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions = {},
  ): Promise<Fingerprinted<AssembledDossier>> {
    return this.run('pdf', plan, files, options, (response) =>
      response.kind === 'assembled' ? response.dossier : undefined,
    );
  }

  zip(
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions = {},
  ): Promise<Fingerprinted<ZippedDossier>> {
    return this.run('zip', plan, files, options, (response) =>
      response.kind === 'zipped' ? response.zip : undefined,
    );
  }
}

let shared: DossierExporter | undefined;

/** The app's exporter, created on first use. */
export function dossierExporter(): DossierExporter {
  shared ??= new DossierExporter();
  return shared;
}
