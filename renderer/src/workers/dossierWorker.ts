/**
 * Web Worker entry of the court dossier: reads and copies pieces with pdf-lib, lays out the
 * generated parts with react-pdf, zips. Driven by `dossier/client.ts`.
 */
import type { DossierWorkerRequest, DossierWorkerResponse } from './dossier/protocol';

interface DossierWorkerScope {
  onmessage: ((event: MessageEvent<DossierWorkerRequest>) => void) | null;
  postMessage(message: DossierWorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as DossierWorkerScope;

// The dev server adds React Fast Refresh code to .tsx modules, which expects `window`; a worker
// has none. Production builds carry no such code.
if (import.meta.env.DEV && !('window' in globalThis)) {
  Object.assign(globalThis, { window: globalThis });
}

// Requests that arrive while the PDF modules load are kept, then handled in order.
const early: DossierWorkerRequest[] = [];
scope.onmessage = (event) => {
  early.push(event.data);
};

const { createDossierHandler } = await import('./dossier/handleRequest');
const handle = createDossierHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => {
  void handle(event.data);
};
for (const request of early.splice(0)) void handle(request);
