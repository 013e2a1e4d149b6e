/** The debtors' snapshots an import made: their ids all start with the import's id. */
import { snapshotIdPrefix } from '../../domain/snapshotIds';
import { getDb } from '../db';

export function snapshotsOfImport(importId: string) {
  return getDb().snapshots.where('id').startsWith(snapshotIdPrefix(importId));
}
