/**
 * Web Worker entry that renders letter PDFs off the main thread (react-pdf lays a page out in
 * tens of milliseconds) and merges them with pdf-lib. Driven by `letters/client.ts`.
 */
import type { LetterPdfRequest, LetterPdfResponse } from './letters/protocol';

interface LetterWorkerScope {
  onmessage: ((event: MessageEvent<LetterPdfRequest>) => void) | null;
  postMessage(message: LetterPdfResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as LetterWorkerScope;

// The dev server adds React Fast Refresh code to .tsx modules, which expects `window`; a worker
// has none. Production builds carry no such code.
if (import.meta.env.DEV && !('window' in globalThis)) {
  Object.assign(globalThis, { window: globalThis });
}

// Requests that arrive while the PDF modules load are kept, then handled in order.
const early: LetterPdfRequest[] = [];
scope.onmessage = (event) => {
  early.push(event.data);
};

const { createLetterPdfHandler } = await import('./letters/handleRequest');
const handle = createLetterPdfHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => {
  void handle(event.data);
};
for (const request of early.splice(0)) void handle(request);
