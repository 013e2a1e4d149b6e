/**
 * Web Worker entry of the court dossier: reads, draws, copies and stamps with pdf-lib, zips.
 * Driven by `dossier/client.ts`.
 */
import type { DossierWorkerRequest, DossierWorkerResponse } from './dossier/protocol';

interface DossierWorkerScope {
  onmessage: ((event: MessageEvent<DossierWorkerRequest>) => void) | null;
  postMessage(message: DossierWorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as DossierWorkerScope;

// Requests that arrive while the PDF modules load are kept, then handled in order.
const early: DossierWorkerRequest[] = [];
scope.onmessage = (event) => {
  early.push(event.data);
};

const [{ createDossierHandler }, { frontMatterInWorker }, { bundledFontBytes }] = await Promise.all(
  [
    import('./dossier/handleRequest'),
    import('./frontMatter/client'),
    import('../pdf/base/bundledFontFiles'),
  ],
);
const handle = createDossierHandler(
  (message, transfer) => scope.postMessage(message, transfer),
  bundledFontBytes,
  frontMatterInWorker(bundledFontBytes),
);
scope.onmessage = (event) => {
  void handle(event.data);
};
for (const request of early.splice(0)) void handle(request);
