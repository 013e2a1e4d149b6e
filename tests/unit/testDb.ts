import { afterEach, beforeEach } from 'vitest';
import { RecouvraDb, setDbForTests } from '../../renderer/src/data/db';

/** Gives each test its own fresh IndexedDB database (fake-indexeddb) and closes it afterwards. */
export function useFreshDb(): () => RecouvraDb {
  let db: RecouvraDb;
  beforeEach(() => {
    db = new RecouvraDb(`test-${crypto.randomUUID()}`);
    setDbForTests(db);
  });
  afterEach(async () => {
    setDbForTests(null);
    await db.delete();
  });
  return () => db;
}

/** Every table's rows, sorted by key, for deep-equality of whole-database states. */
export async function dumpTables(
  db: RecouvraDb,
  tables: string[],
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of tables) {
    const table = db.table(name);
    out[name] = await table.orderBy(':id').toArray();
  }
  return out;
}
