import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type DatabaseChange,
  databaseChangeStore,
  watchDatabaseChanges,
} from '../../../renderer/src/data/databaseChanges';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

/** Two tabs of the app on one database: two RecouvraDb connections with the same name. */
async function twoTabs() {
  const name = `tabs-${crypto.randomUUID()}`;
  const first = new RecouvraDb(name);
  const second = new RecouvraDb(name);
  opened.push(first, second);
  const changes: DatabaseChange[] = [];
  watchDatabaseChanges(first, (change) => changes.push(change));
  await first.open();
  await second.open();
  return { name, first, second, changes };
}

/** The same database as a newer Recouvra would open it: one more schema version. */
function newerApp(name: string): Dexie {
  const db = new Dexie(name);
  for (const step of SCHEMA_VERSIONS) db.version(step.version).stores(step.stores);
  db.version(CURRENT_SCHEMA_VERSION + 1).stores({ debtors: 'id, &accountNo, name, segment' });
  opened.push(db);
  return db;
}

describe('watchDatabaseChanges', () => {
  it('lets a newer version upgrade the database, closes the old tab and reports it', async () => {
    const { name, first, changes } = await twoTabs();
    await first.debtors.add({
      id: 'd1',
      accountNo: 'C001',
      name: 'Dupont',
      addressLines: [],
      contacts: [],
      tags: [],
      status: 'active',
    });
    const newer = newerApp(name);
    // Would hang on `blocked` if the first tab kept its connection open.
    await newer.open();
    expect(changes).toEqual(['upgraded-elsewhere']);
    expect(first.isOpen()).toBe(false);
    // The stale tab does not reopen behind the user's back with its old schema.
    await expect(first.debtors.count()).rejects.toThrow(/closed/i);
    expect(await newer.table('debtors').count()).toBe(1);
  });

  it('reports a deletion by another tab and lets it proceed', async () => {
    const { second, changes } = await twoTabs();
    await second.delete();
    expect(changes).toEqual(['deleted-elsewhere']);
  });

  it('reports when our own upgrade is blocked by a tab that does not let go', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const old = new RecouvraDb(name);
    opened.push(old);
    await old.open();
    // An old tab without the handler: it ignores the request to close.
    old.on('versionchange', () => false);
    const newer = newerApp(name);
    const changes: DatabaseChange[] = [];
    watchDatabaseChanges(newer, (change) => changes.push(change));
    const opening = newer.open();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toContain('blocked');
    old.close();
    await opening;
  });

  it('can stop watching', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const db = new RecouvraDb(name);
    opened.push(db);
    const changes: DatabaseChange[] = [];
    const stop = watchDatabaseChanges(db, (change) => changes.push(change));
    stop();
    await db.open();
    await new RecouvraDb(name).delete();
    expect(changes).toEqual([]);
  });
});

describe('databaseChangeStore', () => {
  it('keeps the latest change and tells subscribers', () => {
    let calls = 0;
    const unsubscribe = databaseChangeStore.subscribe(() => {
      calls += 1;
    });
    databaseChangeStore.report('deleted-elsewhere');
    expect(databaseChangeStore.getSnapshot()).toBe('deleted-elsewhere');
    unsubscribe();
    databaseChangeStore.report('blocked');
    expect(calls).toBe(1);
  });
});
