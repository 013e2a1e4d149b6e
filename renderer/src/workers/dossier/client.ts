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
}

function createDossierWorker(): DossierWorkerHandle {
  return new Worker(new URL('../dossierWorker.ts', import.meta.url), { type: 'module' });
}

/** Copies handed over to the worker: the caller keeps its bytes. */
function transferable(files: readonly Uint8Array[]) {
  const copies = files.map((file) => file.slice());
  return { copies, buffers: copies.map((copy) => copy.buffer) };
}

export class DossierExporter {
  private lane: WorkerLane | null = null;
  private nextJob = 1;

  constructor(private readonly createWorker: () => DossierWorkerHandle = createDossierWorker) {}

  /** Stops the worker now; the next export starts a fresh one. */
  terminate(): void {
    this.lane?.handle.terminate();
    this.lane = null;
  }

  private async run<T>(
    kind: 'pdf' | 'zip',
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions,
    result: (response: DossierWorkerResponse) => T | undefined,
  ): Promise<T> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw exportAborted();
    const onAbort = () => this.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    this.lane ??= new WorkerLane(this.createWorker());
    try {
      const { copies, buffers } = transferable(files);
      return await this.lane.request(
        { kind, jobId: this.nextJob++, plan, files: copies },
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
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  pdf(
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions = {},
  ): Promise<AssembledDossier> {
    return this.run('pdf', plan, files, options, (response) =>
      response.kind === 'assembled' ? response.dossier : undefined,
    );
  }

  zip(
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions = {},
  ): Promise<ZippedDossier> {
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
