/**
 * An import's browsable lists, read in a worker of their own (workers/importDetailsWorker.ts)
 * and answered as a few hundred rows. Where there is no Worker (Node tests), read here.
 */
import { type ImportDetails, importDetails } from '../../data/repositories/importDetails';

export interface ImportDetailsRequest {
  importId: string;
}

export type ImportDetailsAnswer =
  | { ok: true; details: ImportDetails | null }
  | { ok: false; message: string };

export function readImportDetails(importId: string): Promise<ImportDetails | null> {
  if (typeof Worker === 'undefined') return importDetails(importId);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../importDetailsWorker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<ImportDetailsAnswer>) => {
      worker.terminate();
      const answer = event.data;
      if (answer.ok) resolve(answer.details);
      else reject(new Error(answer.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'le lecteur des listes s’est arrêté'));
    };
    const request: ImportDetailsRequest = { importId };
    worker.postMessage(request);
  });
}
