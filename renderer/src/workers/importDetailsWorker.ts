/**
 * Web Worker entry of an import's browsable lists: the journal of a 100,000-item import is 4 MB
 * of ids, and reading it on the page's main thread was a 50-90 ms task each time a result showed.
 */
import { importDetails } from '../data/repositories/importDetails';
import type { ImportDetailsAnswer, ImportDetailsRequest } from './importDetails/client';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
interface ImportDetailsScope {
  onmessage: ((event: MessageEvent<ImportDetailsRequest>) => void) | null;
  postMessage(message: ImportDetailsAnswer): void;
}

const scope = self as unknown as ImportDetailsScope;

scope.onmessage = (event) => {
  importDetails(event.data.importId).then(
    (details) => scope.postMessage({ ok: true, details }),
    (error: unknown) =>
      scope.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
