/**
 * Window side of the dossier export. A PDF spreads over several workers so that the slow part,
 * laying out the generated pages with react-pdf, runs beside the copy of the pieces:
 *   assembler: prepare (read pieces → page counts, copy pages) ……………… finish (stamp, save)
 *   layout 1:  décompte (needs no count) ……… cover (needs the parts' lengths) ┘
 *   layout 2:             requête (needs the counts)
 *   layout 3:             bordereau (needs the counts)
 * With fewer cores, layouts share workers. Workers are kept between exports (fonts and modules
 * load once); cancelling terminates them all.
 */
import { type DossierPlan, numberPieces } from '../../domain/dossier';
import {
  type AssembledDossier,
  bodyRequests,
  contentsOf,
  type SectionBytes,
  type SectionRequest,
  type ZippedDossier,
} from '../../pdf/dossier';
import { type DossierWorkerHandle, exportAborted, WorkerLane } from './lane';

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

/** Layout workers beside the assembler: one per spare core, at most three (one per part). */
export function layoutLaneCount(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(3, cores - 1));
}

/** Copies handed over to the worker: the caller keeps its bytes. */
function transferable(files: readonly Uint8Array[]) {
  const copies = files.map((file) => file.slice());
  return { copies, buffers: copies.map((copy) => copy.buffer) };
}

export class DossierExporter {
  private lanes: WorkerLane[] | null = null;
  private nextJob = 1;

  constructor(
    private readonly createWorker: () => DossierWorkerHandle = createDossierWorker,
    private readonly layoutLanes: number = layoutLaneCount(),
  ) {}

  private workers(): [WorkerLane, ...WorkerLane[]] {
    this.lanes ??= Array.from(
      { length: 1 + this.layoutLanes },
      () => new WorkerLane(this.createWorker()),
    );
    return this.lanes as [WorkerLane, ...WorkerLane[]];
  }

  /** Stops every worker now; the next export starts fresh ones. */
  terminate(): void {
    for (const lane of this.lanes ?? []) lane.handle.terminate();
    this.lanes = null;
  }

  private guard(signal: AbortSignal | undefined): () => void {
    const onAbort = () => this.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    return () => signal?.removeEventListener('abort', onAbort);
  }

  /** Lays a part out on the least busy layout worker. */
  private render(
    jobId: number,
    section: SectionRequest,
    signal?: AbortSignal,
  ): Promise<SectionBytes> {
    const [, ...layouts] = this.workers();
    const lane = layouts.reduce((best, l) => (l.pending < best.pending ? l : best));
    return lane.request(
      { kind: 'render', jobId, section },
      [],
      (response) => (response.kind === 'rendered' ? response.section : undefined),
      signal,
    );
  }

  async pdf(
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions = {},
  ): Promise<AssembledDossier> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw exportAborted();
    const release = this.guard(signal);
    const [assembler] = this.workers();
    const jobId = this.nextJob++;
    const count = plan.pieces.length;
    const total = 2 * count + 2;
    const progress = { read: 0, copied: 0, laidOut: 0 };
    const report = (step: string) =>
      onProgress?.({ step, done: progress.read + progress.copied + progress.laidOut, total });
    // Pages are copied while the layouts run: their progress arrives between requests.
    const unwatch = assembler.watch((response) => {
      if (response.jobId !== jobId) return;
      if (response.kind === 'progress') progress.read = response.done;
      else if (response.kind === 'copied') progress.copied = response.done;
      else return;
      report(progress.read < count ? 'Lecture des pièces' : 'Mise en page et assemblage');
    });
    try {
      const decompte = this.render(jobId, { id: 'decompte', plan }, signal);
      decompte.catch(() => {});
      const { copies, buffers } = transferable(files);
      const pageCounts = await assembler.request(
        { kind: 'prepare', jobId, pieces: plan.pieces, files: copies },
        buffers,
        (response) => (response.kind === 'counted' ? response.pageCounts : undefined),
        signal,
      );
      const pieces = numberPieces(plan.pieces, pageCounts);
      const body = await Promise.all(
        bodyRequests(plan, pieces).map((request) =>
          request.id === 'decompte' ? decompte : this.render(jobId, request, signal),
        ),
      );
      const cover = await this.render(
        jobId,
        { id: 'cover', plan, contents: contentsOf(body, count) },
        signal,
      );
      progress.laidOut = 1;
      report('Enregistrement');
      const sections = [cover, ...body];
      const dossier = await assembler.request(
        { kind: 'finish', jobId, plan, pieces, sections },
        sections.map((s) => s.bytes.buffer),
        (response) => (response.kind === 'assembled' ? response.dossier : undefined),
        signal,
      );
      onProgress?.({ step: 'Enregistrement', done: total, total });
      return dossier;
    } finally {
      unwatch();
      release();
    }
  }

  async zip(
    plan: DossierPlan,
    files: readonly Uint8Array[],
    options: ExportOptions = {},
  ): Promise<ZippedDossier> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw exportAborted();
    const release = this.guard(signal);
    const [assembler] = this.workers();
    const jobId = this.nextJob++;
    try {
      const { copies, buffers } = transferable(files);
      return await assembler.request(
        { kind: 'zip', jobId, plan, files: copies },
        buffers,
        (response) => {
          if (response.kind === 'progress') onProgress?.(response);
          return response.kind === 'zipped' ? response.zip : undefined;
        },
        signal,
      );
    } finally {
      release();
    }
  }
}

let shared: DossierExporter | undefined;

/** The app's exporter, created on first use. */
export function dossierExporter(): DossierExporter {
  shared ??= new DossierExporter();
  return shared;
}
