/**
 * Replaces every table with a validated backup: either the whole backup lands, or (quota,
 * conflict, crash) the ledger stays as it was.
 *
 * The rows land in ONE read-write transaction. The stored files (`blobs`) cannot: Chromium
 * writes a transaction's blobs as one file each when it commits, and a ledger with more than
 * about 20,000 letters and pieces fails there (« Failed to write blobs », the descriptor limit).
 * They are content-addressed and nothing names a file until a row does, so the backup's files
 * that are not already stored go first, a slice per transaction; the rows' transaction then
 * removes the files the backup does not have. A refused restore removes the files it added.
 */
import type { Table } from 'dexie';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { describeStorageError } from '../storageErrors';
import { storedBlobOf } from './blobRows';
import { BLOBS_TABLE } from './format';
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

/** Files written per transaction: well under the descriptor limit, few commits. */
export const BLOB_SLICE = 500;

async function rowsForCurrentSchema(backup: ValidatedBackup): Promise<BackupRows> {
  const { schemaVersion } = backup.manifest;
  return schemaVersion === CURRENT_SCHEMA_VERSION
    ? backup.tables
    : upgradeRows(backup.tables, schemaVersion);
}

const sha256Of = (row: Record<string, unknown>) => row.sha256 as string;

async function inSlices(keys: readonly string[], write: (slice: string[]) => Promise<unknown>) {
  for (let at = 0; at < keys.length; at += BLOB_SLICE) {
    await write(keys.slice(at, at + BLOB_SLICE));
  }
}

/** Stores the backup's files the ledger does not have yet; returns their keys. */
async function addMissingBlobs(blobs: Table, rows: readonly Record<string, unknown>[]) {
  const stored = new Set((await blobs.toCollection().primaryKeys()) as string[]);
  const missing = rows.filter((row) => !stored.has(sha256Of(row)));
  const bySha = new Map(missing.map((row) => [sha256Of(row), row]));
  const added = [...bySha.keys()];
  try {
    await inSlices(added, (slice) =>
      blobs.bulkPut(
        slice.flatMap((sha) => {
          const row = bySha.get(sha);
          return row ? [storedBlobOf(row)] : [];
        }),
      ),
    );
  } catch (error) {
    await removeBlobs(blobs, added);
    throw error;
  }
  return { added, stored };
}

async function removeBlobs(blobs: Table, keys: readonly string[]) {
  await inSlices(keys, (slice) => blobs.bulkDelete(slice)).catch(() => {
    // Unnamed files cost space, not correctness: the refusal is what the user must read.
  });
}

export async function restoreBackup(
  backup: ValidatedBackup,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const db = getDb();
  const names = tableNamesAtVersion(CURRENT_SCHEMA_VERSION);
  let added: string[] = [];
  try {
    const rows = await rowsForCurrentSchema(backup);
    const blobRows = rows[BLOBS_TABLE] ?? [];
    const blobs = await addMissingBlobs(db.table(BLOBS_TABLE), blobRows);
    added = blobs.added;
    const kept = new Set(blobRows.map(sha256Of));
    const unnamed = [...blobs.stored].filter((sha) => !kept.has(sha));
    const tables = names.map((name) => db.table(name));
    await db.transaction('rw', tables, async () => {
      for (const table of tables) {
        if (table.name === BLOBS_TABLE) {
          await table.bulkDelete(unnamed);
          continue;
        }
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
    await removeBlobs(db.table(BLOBS_TABLE), added);
    return { ok: false, reason: `Restauration impossible : ${describeStorageError(error)}` };
  }
}
