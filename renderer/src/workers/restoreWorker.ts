/**
 * Web Worker entry that reads, proves and writes a backup off the main thread (issue #19: the
 * window had an 8.9 s task during a restore). Driven by `restore/client.ts`.
 */
import { createRestoreHandler } from './restore/handleRequest';
import type { RestoreRequest, RestoreResponse } from './restore/protocol';

interface RestoreWorkerScope {
  onmessage: ((event: MessageEvent<RestoreRequest>) => void) | null;
  postMessage(message: RestoreResponse): void;
}

const scope = self as unknown as RestoreWorkerScope;
const handle = createRestoreHandler();

scope.onmessage = (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
};
