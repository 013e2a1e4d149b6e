/**
 * What a dossier worker does with a request. A worker that prepared a job keeps the copied
 * pieces in memory until the same job's 'finish' arrives (or the worker is terminated).
 */
import { numberPieces } from '../../domain/dossier';
import { registerBundledPdfFonts } from '../../pdf/base/bundledFonts';
import {
  DossierRefusedError,
  finishDossier,
  loadPieces,
  type PreparedPieces,
  preparePieces,
  renderSection,
  zipDossier,
} from '../../pdf/dossier';
import type { DossierWorkerRequest, DossierWorkerResponse } from './protocol';

export type Reply = (message: DossierWorkerResponse, transfer?: Transferable[]) => void;

/** `registerFonts`: the bundled fonts by URL in a worker; Node tests pass their file paths. */
export function createDossierHandler(
  reply: Reply,
  registerFonts: () => void = registerBundledPdfFonts,
): (request: DossierWorkerRequest) => Promise<void> {
  registerFonts();
  const prepared = new Map<number, Promise<PreparedPieces>>();

  async function handle(request: DossierWorkerRequest): Promise<void> {
    const { jobId } = request;
    const progress = (step: string, done: number, total: number) =>
      reply({ kind: 'progress', jobId, step, done, total });
    switch (request.kind) {
      case 'prepare': {
        const count = request.pieces.length;
        const loaded = await loadPieces(request.pieces, request.files, (done) =>
          progress('Lecture des pièces', done, count),
        );
        const pageCounts = loaded.map((piece) => piece.pageCount);
        reply({ kind: 'counted', jobId, pageCounts });
        const pieces = numberPieces(request.pieces, pageCounts);
        const copying = preparePieces(loaded, pieces, (done) =>
          reply({ kind: 'copied', jobId, done }),
        );
        // Kept even if it fails: 'finish' awaits it and reports the failure.
        copying.catch(() => {});
        prepared.set(jobId, copying);
        return;
      }
      case 'render': {
        const section = await renderSection(request.section);
        reply({ kind: 'rendered', jobId, section }, [section.bytes.buffer]);
        return;
      }
      case 'finish': {
        const pieces = await prepared.get(jobId);
        prepared.delete(jobId);
        if (!pieces) throw new Error('Les pièces de ce dossier ne sont plus en mémoire.');
        const dossier = await finishDossier(request.plan, pieces, request.pieces, request.sections);
        reply({ kind: 'assembled', jobId, dossier }, [dossier.bytes.buffer]);
        return;
      }
      case 'zip': {
        const zip = await zipDossier(request.plan, request.files, (p) =>
          progress(p.step, p.done, p.total),
        );
        reply({ kind: 'zipped', jobId, zip }, [zip.bytes.buffer]);
        return;
      }
    }
  }

  return async (request) => {
    try {
      await handle(request);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply({
        kind: 'failed',
        jobId: request.jobId,
        message,
        ...(error instanceof DossierRefusedError ? { reasons: error.reasons } : {}),
      });
    }
  };
}
