/**
 * Web Worker entry of the import: parses one spreadsheet off the main thread so the page stays
 * responsive. Created by `parseFileInWorker` (spreadsheet/client.ts).
 */
import { handleImportRequest } from './spreadsheet/handleRequest';
import type { ImportWorkerRequest, ImportWorkerResponse } from './spreadsheet/protocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
}

const scope = self as unknown as ImportWorkerScope;

scope.onmessage = (event) => {
  handleImportRequest(event.data, (response) => scope.postMessage(response));
};
