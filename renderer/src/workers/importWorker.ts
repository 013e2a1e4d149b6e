/**
 * Web Worker entry of the import: parses one spreadsheet and writes it to the ledger off the main
 * thread so the page stays responsive. Driven by `createImportSession` (spreadsheet/client.ts).
 */
import { createImportHandler } from './spreadsheet/handleRequest';
import type { ImportWorkerRequest, ImportWorkerResponse } from './spreadsheet/protocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
}

const scope = self as unknown as ImportWorkerScope;
const handle = createImportHandler((response) => scope.postMessage(response));

scope.onmessage = (event) => {
  void handle(event.data);
};
