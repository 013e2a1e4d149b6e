/**
 * Web Worker entry that makes a backup off the main thread: reading, serialising, deflating and
 * checksumming the whole database takes seconds on a large ledger, during which the window would
 * freeze. Driven by `backupZip/client.ts`: either the files to zip, or the whole backup.
 */
import { handleBackupZipRequest } from './backupZip/handleRequest';
import type { BackupZipRequest, BackupZipResponse } from './backupZip/protocol';
import { handleWholeBackupRequest } from './backupZip/wholeBackup';

interface BackupZipWorkerScope {
  onmessage: ((event: MessageEvent<BackupZipRequest>) => void) | null;
  postMessage(message: BackupZipResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as BackupZipWorkerScope;

const reply = (response: BackupZipResponse) =>
  scope.postMessage(
    response,
    response.kind === 'zipped' || response.kind === 'backup' ? [response.bytes.buffer] : [],
  );

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'backup') void handleWholeBackupRequest(request).then(reply);
  else reply(handleBackupZipRequest(request));
};
