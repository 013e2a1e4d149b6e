/** What the dossier worker does with a request: assemble or zip, reporting progress. */
import { bundledFontBytes } from '../../pdf/base/bundledFontFiles';
import { assembleDossier, DossierRefusedError, zipDossier } from '../../pdf/dossier';
import type { UnicodeFontLoader } from '../../pdf/draw';
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
      reply({ kind: 'assembled', jobId, dossier }, [dossier.bytes.buffer]);
    } else {
      const zip = await zipDossier(request.plan, request.files, options);
      reply({ kind: 'zipped', jobId, zip }, [zip.bytes.buffer]);
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
