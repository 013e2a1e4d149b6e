/** What the dossier worker does with a request: assemble or zip, reporting progress. */
import { bundledFontBytes } from '../../pdf/base/bundledFontFiles';
import { assembleDossier, DossierRefusedError, zipDossier } from '../../pdf/dossier';
import type { UnicodeFontLoader } from '../../pdf/draw';
import { sha256Hex } from '../../shared/sha256';
import type { DossierWorkerRequest, DossierWorkerResponse } from './protocol';

export type Reply = (message: DossierWorkerResponse, transfer?: Transferable[]) => void;

/** `unicodeFonts`: the bundled faces by URL in a worker; Node tests read their files. */
export function createDossierHandler(
  reply: Reply,
  unicodeFonts: UnicodeFontLoader = bundledFontBytes,
): (request: DossierWorkerRequest) => Promise<void> {
  async function handle(request: DossierWorkerRequest): Promise<void> {
    const { jobId } = request;
    const options = {
      unicodeFonts,
      onProgress: ({ step, done, total }: { step: string; done: number; total: number }) =>
        reply({ kind: 'progress', jobId, step, done, total }),
    };
    if (request.kind === 'pdf') {
      const dossier = await assembleDossier(request.plan, request.files, options);
      const sha256 = await sha256Hex(dossier.bytes);
      reply({ kind: 'assembled', jobId, dossier, sha256 }, [dossier.bytes.buffer]);
    } else {
      const zip = await zipDossier(request.plan, request.files, options);
      const sha256 = await sha256Hex(zip.bytes);
      reply({ kind: 'zipped', jobId, zip, sha256 }, [zip.bytes.buffer]);
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
