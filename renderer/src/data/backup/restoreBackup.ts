/**
 * Replaces every table with a validated backup in ONE read-write transaction: either the whole
 * backup lands, or (quota, conflict, crash) the ledger stays exactly as it was.
 */
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { describeStorageError } from '../storageErrors';
import type { BackupRows, ValidatedBackup } from './readBackup';
import { tableNamesAtVersion } from './tables';
import { upgradeRows } from './upgradeRows';

export type RestoreResult =
  | { ok: true; rowCounts: Record<string, number> }
  | { ok: false; reason: string };

export interface RestoreOptions {
  /** Who restored, for the audit entry written in the same transaction. */
  by: string;
}

async function rowsForCurrentSchema(backup: ValidatedBackup): Promise<BackupRows> {
  const { schemaVersion } = backup.manifest;
  return schemaVersion === CURRENT_SCHEMA_VERSION
    ? backup.tables
    : upgradeRows(backup.tables, schemaVersion);
}

export async function restoreBackup(
  backup: ValidatedBackup,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const db = getDb();
  const names = tableNamesAtVersion(CURRENT_SCHEMA_VERSION);
  try {
    const rows = await rowsForCurrentSchema(backup);
    const tables = names.map((name) => db.table(name));
    await db.transaction('rw', tables, async () => {
      for (const table of tables) {
        await table.clear();
        await table.bulkAdd(rows[table.name] ?? []);
      }
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by: options.by,
        action: 'backup.restore',
        entity: 'database',
        details: `Restauration de la sauvegarde du ${backup.manifest.createdAt} (Recouvra ${backup.manifest.appVersion}, schéma ${backup.manifest.schemaVersion})`,
      });
    });
    const rowCounts = Object.fromEntries(names.map((name) => [name, rows[name]?.length ?? 0]));
    return { ok: true, rowCounts };
  } catch (error) {
    return { ok: false, reason: `Restauration impossible : ${describeStorageError(error)}` };
  }
}
