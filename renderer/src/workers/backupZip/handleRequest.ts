/**
 * What the backup zip worker does with a request: fflate's zipSync, the same call the window
 * would make, so the bytes are the same wherever the zip is made.
 */
import { zipSync } from 'fflate';
import type { BackupZipRequest, BackupZipResponse } from './protocol';

export function handleBackupZipRequest(request: BackupZipRequest): BackupZipResponse {
  // The whole backup is asynchronous (wholeBackup.ts); the worker entry routes it there.
  if (request.kind !== 'zip') return { kind: 'failed', message: 'requête de compression attendue' };
  try {
    return { kind: 'zipped', bytes: zipSync(request.files, { mtime: request.mtime }) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
