/**
 * The whole backup made in the worker: its own connection to the database reads every table (one
 * read transaction, as in the window), writes the JSON lines, checksums and zips — the same
 * `createBackup`, so the bytes are those the window would make. The window only waits.
 */
import { createBackup } from '../../data/backup/createBackup';
import { RecouvraDb, withConnection } from '../../data/db';
import type { BackupZipResponse, WholeBackupWorkerRequest } from './protocol';

export async function handleWholeBackupRequest(
  request: WholeBackupWorkerRequest,
): Promise<BackupZipResponse> {
  const db = new RecouvraDb(request.databaseName);
  try {
    const { bytes, manifest } = await withConnection(db, () =>
      createBackup({ appVersion: request.appVersion, now: new Date(request.now) }),
    );
    return { kind: 'backup', bytes, manifest };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
}
