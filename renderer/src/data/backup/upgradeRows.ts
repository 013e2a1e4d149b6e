/**
 * Brings rows written under an older schema version up to the current one by letting Dexie do
 * what it does for any user who updates the app: a scratch database is created at the old
 * version, filled, then reopened with every version so the upgrade functions run. The result is
 * read back and the scratch database deleted; the real ledger is untouched until restore.
 */
import Dexie from 'dexie';
import { newId } from '../db';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../schema';
import type { BackupRows } from './readBackup';
import { tableNamesAtVersion } from './tables';

function defineVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const step of versions) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

export async function upgradeRows(
  rows: BackupRows,
  fromVersion: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): Promise<BackupRows> {
  const name = `recouvra-restauration-${newId()}`;
  const old = new Dexie(name);
  defineVersions(
    old,
    versions.filter((step) => step.version <= fromVersion),
  );
  try {
    const oldTables = tableNamesAtVersion(fromVersion, versions).map((t) => old.table(t));
    await old.transaction('rw', oldTables, async () => {
      for (const table of oldTables) await table.bulkAdd(rows[table.name] ?? []);
    });
    old.close();

    const upgraded = new Dexie(name);
    defineVersions(upgraded, versions);
    try {
      const latest = versions[versions.length - 1]?.version ?? fromVersion;
      const out: BackupRows = {};
      for (const table of tableNamesAtVersion(latest, versions)) {
        out[table] = await upgraded.table(table).toArray();
      }
      return out;
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}
