/** What the dossier worker does with a request: assemble or zip, reporting progress. */
import { bundledFontBytes } from '../../pdf/base/bundledFontFiles';
import {
  assembleDossier,
  DossierRefusedError,
  type FrontMatterMaker,
  prepareDossierEngine,
  zipDossier,
} from '../../pdf/dossier';
import type { UnicodeFontLoader } from '../../pdf/draw';
import { sha256Hex } from '../../shared/sha256';
import type { DossierWorkerRequest, DossierWorkerResponse } from './protocol';

export type Reply = (message: DossierWorkerResponse, transfer?: Transferable[]) => void;

/**
 * `unicodeFonts`: the bundled faces by URL in a worker; Node tests read their files.
 * `frontMatter`: who draws a dossier's generated parts (the worker has a second worker do it);
 * here, in turn, when not given.
 */
export function createDossierHandler(
  reply: Reply,
  unicodeFonts: UnicodeFontLoader = bundledFontBytes,
  frontMatter?: FrontMatterMaker,
): (request: DossierWorkerRequest) => Promise<void> {
  async function handle(request: DossierWorkerRequest): Promise<void> {
    const { jobId } = request;
    if (request.kind === 'prepare') {
      await prepareDossierEngine(request.plan, unicodeFonts, frontMatter);
      reply({ kind: 'prepared', jobId });
      return;
    }
    const options = {
      unicodeFonts,
      ...(frontMatter ? { frontMatter } : {}),
      onProgress: ({ step, done, total }: { step: string; done: number; total: number }) =>
        reply({ kind: 'progress', jobId, step, done, total }),
    };
    // The digest copies the file's bytes when called and is computed off this thread (Web Crypto):
    // the file goes back to the window at once, which saves it while the fingerprint is taken
    // (24 ms for 30 MB, on the export's path when taken before).
    if (request.kind === 'pdf') {
      const dossier = await assembleDossier(request.plan, request.files, options);
      const sha256 = sha256Hex(dossier.bytes);
      reply({ kind: 'assembled', jobId, dossier }, [dossier.bytes.buffer]);
      reply({ kind: 'fingerprinted', jobId, sha256: await sha256 });
    } else {
      const zip = await zipDossier(request.plan, request.files, options);
      const sha256 = sha256Hex(zip.bytes);
      reply({ kind: 'zipped', jobId, zip }, [zip.bytes.buffer]);
      reply({ kind: 'fingerprinted', jobId, sha256: await sha256 });
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
