/**
 * Which commits wait for the disk (data/durability.ts): a transaction opening a table the user
 * cannot redo is strict; the connection's relaxed default otherwise, and for the writes the team
 * sync does again when lost (`redoableWrites`), whatever their scope.
 */
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { redoableWrites } from '../../../renderer/src/data/durability';
import { syncedTables, withoutOutbox } from '../../../renderer/src/data/sync/applyServerRows';

/** Records the durability each readwrite transaction is opened with, below the middleware. */
function recordDurability(db: RecouvraDb): { scope: string[]; durability: unknown }[] {
  const opened: { scope: string[]; durability: unknown }[] = [];
  const recorder: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'DurabilityRecorder',
    level: 0,
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite')
          opened.push({ scope: [...stores], durability: options?.durability });
        return down.transaction(stores, mode, options);
      },
    }),
  };
  db.use(recorder);
  return opened;
}

let db: RecouvraDb | null = null;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
  db = null;
});

describe('commit durability', () => {
  it('is strict for a payment, relaxed for a note, and relaxed for writes done again', async () => {
    db = new RecouvraDb(`durability-${crypto.randomUUID()}`);
    const opened = recordDurability(db);
    await db.open();
    await db.transaction('rw', [db.payments, db.audit], async () => {
      await db?.audit.add({
        id: 'a1',
        at: '2026-12-07T10:00:00.000Z',
        by: 'x',
        action: 't',
        entity: 'e',
        entityId: '1',
        details: '',
      });
    });
    await db.transaction('rw', [db.audit], async () => {
      await db?.audit.add({
        id: 'a2',
        at: '2026-12-07T10:00:00.000Z',
        by: 'x',
        action: 't',
        entity: 'e',
        entityId: '2',
        details: '',
      });
    });
    await redoableWrites(() =>
      db?.transaction('rw', [db.payments, db.audit], async () => {
        await db?.audit.add({
          id: 'a3',
          at: '2026-12-07T10:00:00.000Z',
          by: 'x',
          action: 't',
          entity: 'e',
          entityId: '3',
          details: '',
        });
      }),
    );
    expect(opened.map((o) => o.durability)).toEqual(['strict', 'relaxed', 'relaxed']);
  });

  it("relaxes the team sync's writes of server rows, not its rollbacks", async () => {
    db = new RecouvraDb(`durability-${crypto.randomUUID()}`);
    const opened = recordDurability(db);
    await db.open();
    const tables = syncedTables(db);
    // A pull or an acknowledgment: written again at the next exchange if lost.
    await withoutOutbox(db, tables, async () => undefined, { redoable: true });
    // A refused import rolled back: decided on the server's answer of the moment.
    await withoutOutbox(db, tables, async () => undefined);
    expect(opened.map((o) => o.durability)).toEqual(['relaxed', 'strict']);
  });
});
