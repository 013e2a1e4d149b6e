/**
 * For each released schema version: create a database exactly as that release did (raw Dexie
 * with that version's stores, nothing of today's code), fill it with the fixture, then open it
 * with the current RecouvraDb and check that the data came through the upgrades.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { MIGRATION_FIXTURES } from './fixtures';

const cleanup: string[] = [];
afterEach(async () => {
  for (const name of cleanup.splice(0)) await Dexie.delete(name);
});

async function createDatabaseAt(version: number, rows: Record<string, unknown[]>): Promise<string> {
  const name = `migration-v${version}-${crypto.randomUUID()}`;
  cleanup.push(name);
  const old = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    old.version(step.version).stores(step.stores);
  }
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows))
      await old.table(table).bulkAdd(tableRows);
  });
  old.close();
  return name;
}

describe.each(Object.entries(MIGRATION_FIXTURES))(
  'a database from schema version %s',
  (version, fixture) => {
    it(`opens with the current code (version ${CURRENT_SCHEMA_VERSION}) with its data intact`, async () => {
      // The blob row needs real bytes; JSON fixtures cannot hold a Blob.
      const rows = {
        ...fixture.rows,
        blobs: (fixture.rows.blobs ?? []).map((row) => ({ ...row, data: new Blob(['%PDF']) })),
      };
      const name = await createDatabaseAt(Number(version), rows);
      const db = new RecouvraDb(name);
      try {
        await db.open();
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        for (const [table, expected] of Object.entries(
          fixture.expectedAfterUpgrade ?? fixture.rows,
        )) {
          const stored = await db.table(table).toArray();
          const comparable =
            table === 'blobs' ? stored.map(({ data: _data, ...rest }) => rest) : stored;
          expect(comparable, `table ${table}`).toEqual(expected);
        }
        await fixture.checkUpgraded(db);
      } finally {
        db.close();
      }
    });
  },
);
