/**
 * Web Worker entry that zips a backup off the main thread: deflating and checksumming the whole
 * database takes seconds on a large ledger, during which the window would freeze. Driven by
 * `backupZip/client.ts`.
 */
import { handleBackupZipRequest } from './backupZip/handleRequest';
import type { BackupZipRequest, BackupZipResponse } from './backupZip/protocol';

interface BackupZipWorkerScope {
  onmessage: ((event: MessageEvent<BackupZipRequest>) => void) | null;
  postMessage(message: BackupZipResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as BackupZipWorkerScope;

scope.onmessage = (event) => {
  const response = handleBackupZipRequest(event.data);
  scope.postMessage(response, response.kind === 'zipped' ? [response.bytes.buffer] : []);
};
