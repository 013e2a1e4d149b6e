/**
 * The restore worker's work, apart from `self.onmessage` so that it runs in place where there is
 * no Worker (unit tests under Node). Reading a 75 MB backup (unzip, checksums, JSON) and writing
 * its 200,000 rows (IndexedDB serialises each on the calling thread) held the window for seconds
 * at a time; here they hold only this worker.
 */
import { readBackup, restoreBackup, type ValidatedBackup } from '../../data/backup';
import { RecouvraDb, withConnection } from '../../data/db';
import { bytesOfContent } from '../fileContent';
import type { RestoreRequest, RestoreResponse } from './protocol';

/** The backup proven by `read`, kept for `apply`. */
export function createRestoreHandler(): (request: RestoreRequest) => Promise<RestoreResponse> {
  let proven: ValidatedBackup | null = null;
  return async (request) => {
    try {
      if (request.kind === 'read') {
        const read = await readBackup(await bytesOfContent(request.content));
        if (!read.ok) return { kind: 'read', ok: false, reason: read.reason };
        proven = read.backup;
        const { createdAt, appVersion, tables } = read.backup.manifest;
        return { kind: 'read', ok: true, summary: { createdAt, appVersion, tables } };
      }
      if (!proven) return { kind: 'failed', message: 'aucune sauvegarde lue' };
      const backup = proven;
      const db = new RecouvraDb(request.databaseName);
      try {
        const result = await withConnection(db, () => restoreBackup(backup, { by: request.by }));
        return { kind: 'applied', result };
      } finally {
        db.close();
      }
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
