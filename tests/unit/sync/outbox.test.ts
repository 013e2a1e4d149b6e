/**
 * The outbox middleware against real Dexie on fake-indexeddb: a change and its outbox entry
 * commit together or not at all; entries carry the changed fields and their previous values;
 * alone (team mode off) nothing is recorded.
 */
import { describe, expect, it } from 'vitest';
import { setClockForTests } from '../../../renderer/src/data/clock';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { withoutOutbox } from '../../../renderer/src/data/sync/applyServerRows';
import { listenForOutboxEntries, markBulk } from '../../../renderer/src/data/sync/outboxMiddleware';
import { outboxEntries } from '../../../renderer/src/data/sync/outboxStore';
import { SYNC_STATE_KEYS } from '../../../renderer/src/data/sync/outboxTypes';
import { useFreshDb } from '../testDb';
import { debtor, enableTeamMode } from './syncTestDb';

const AT = '2026-11-23T09:30:00.000Z';

const entries = (db: RecouvraDb) => outboxEntries(db);

describe('outbox', () => {
  const getDb = useFreshDb();

  describe('outbox middleware, team mode on', () => {
    it('records an insert with the whole row, in the same transaction as the change', async () => {
      const db = getDb();
      await enableTeamMode(db);
      setClockForTests(new Date(AT));
      try {
        await db.debtors.add(debtor('d1'));
      } finally {
        setClockForTests(undefined);
      }
      const [entry, ...rest] = await entries(db);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({
        seq: 1,
        table: 'debtors',
        key: 'd1',
        op: 'put',
        fields: debtor('d1'),
        at: AT,
      });
      expect(entry?.base).toBeUndefined();
      expect(typeof entry?.tx).toBe('string');
      expect((await db.syncState.get(SYNC_STATE_KEYS.nextSeq))?.value).toBe(2);
    });

    it('records only the changed fields, with their previous values as base', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.debtors.add(debtor('d1', { city: 'Lyon', notes: 'ancienne note' }));
      await db.debtors.put(debtor('d1', { city: 'Paris', assignee: 'Julie Martin' }));
      await db.debtors.update('d1', { tags: ['prioritaire'] });
      const [, put, update] = await entries(db);
      expect(put).toMatchObject({
        seq: 2,
        op: 'put',
        fields: { city: 'Paris', assignee: 'Julie Martin', notes: null },
        base: { city: 'Lyon', assignee: null, notes: 'ancienne note' },
      });
      expect(update).toMatchObject({
        seq: 3,
        fields: { tags: ['prioritaire'] },
        base: { tags: [] },
      });
    });

    it('records nothing for a put that changes nothing', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.debtors.add(debtor('d1'));
      await db.debtors.put(debtor('d1'));
      expect(await db.outbox.count()).toBe(1);
    });

    it('records deletes with the old row as base, for delete, deleteRange and clear', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.debtors.bulkAdd([debtor('a'), debtor('b'), debtor('c'), debtor('d')]);
      await db.debtors.delete('a');
      await db.debtors.where('id').between('b', 'c', true, true).delete();
      await db.debtors.clear();
      const deletes = (await entries(db)).filter((e) => e.op === 'delete');
      expect(deletes.map((e) => [e.seq, e.key])).toEqual([
        [5, 'a'],
        [6, 'b'],
        [7, 'c'],
        [8, 'd'],
      ]);
      expect(deletes[0]?.base).toEqual(debtor('a'));
      expect(deletes.every((e) => e.fields === undefined)).toBe(true);
    });

    it('tags one transaction’s entries alike, and numbers them without gaps', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.transaction('rw', db.debtors, db.promises, async () => {
        // Writes in parallel inside one transaction still get distinct, ordered numbers.
        await Promise.all([
          db.debtors.bulkAdd([debtor('a'), debtor('b')]),
          db.debtors.add(debtor('c')),
        ]);
      });
      await db.debtors.update('a', { city: 'Nantes' });
      const all = await entries(db);
      expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(new Set(all.slice(0, 3).map((e) => e.tx)).size).toBe(1);
      expect(all[3]?.tx).not.toBe(all[0]?.tx);
    });

    it('leaves neither the change nor its entry when the transaction aborts', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.debtors.add(debtor('d1'));
      await expect(
        db.transaction('rw', db.debtors, async () => {
          await db.debtors.update('d1', { city: 'Brest' });
          await db.debtors.add(debtor('d2'));
          throw new Error('annulé');
        }),
      ).rejects.toThrow('annulé');
      expect(await db.debtors.get('d2')).toBeUndefined();
      expect((await db.debtors.get('d1'))?.city).toBeUndefined();
      expect((await entries(db)).map((e) => e.seq)).toEqual([1]);
      // The counter went back with the transaction: the next change is number 2, no gap.
      await db.debtors.update('d1', { city: 'Brest' });
      expect((await entries(db)).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('leaves neither when a constraint error aborts the transaction', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.debtors.add(debtor('d1'));
      // Same accountNo as d1: the unique index refuses it.
      await expect(db.debtors.add(debtor('d2', { accountNo: '411D1' }))).rejects.toThrow();
      expect(await db.debtors.count()).toBe(1);
      expect(await db.outbox.count()).toBe(1);
    });

    it('records only shared settings', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.settings.bulkPut([
        { key: 'creditor', value: { name: 'ACME' }, updatedAt: AT },
        { key: 'ui', value: { density: 'compact' }, updatedAt: AT },
        { key: 'currentUser', value: 'Julie', updatedAt: AT },
      ]);
      await db.settings.clear();
      expect((await entries(db)).map((e) => [e.op, e.key])).toEqual([
        ['put', 'creditor'],
        ['delete', 'creditor'],
      ]);
    });

    it('does not record tables that stay on the workstation', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.blobs.put({ sha256: 'ab'.repeat(32), data: new Blob(['x']), size: 1 } as never);
      expect(await db.outbox.count()).toBe(0);
    });

    it('does not record writes made without the outbox (pulled rows)', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await withoutOutbox(db, [db.debtors], async () => {
        await db.debtors.add(debtor('d1'));
      });
      expect(await db.debtors.count()).toBe(1);
      expect(await db.outbox.count()).toBe(0);
    });

    it('marks a seeding transaction’s entries as bulk', async () => {
      const db = getDb();
      await enableTeamMode(db);
      await db.transaction('rw', db.debtors, async (tx) => {
        markBulk(tx.idbtrans);
        await db.debtors.add(debtor('d1'));
      });
      expect((await entries(db))[0]?.bulk).toBe(true);
    });
  });

  describe('entries written by another connection (the import worker)', () => {
    it('are announced to the engine of that database, and only of that database', async () => {
      const db = getDb();
      await enableTeamMode(db);
      db.outboxControl.onCommitted = () => {};
      // The worker opens its own connection, which reads team mode from the database itself.
      const worker = new RecouvraDb(db.name);
      await worker.open();
      const heard: string[] = [];
      const stopThis = listenForOutboxEntries(db.name, () => heard.push('this'));
      const stopOther = listenForOutboxEntries('another-database', () => heard.push('other'));
      try {
        await worker.debtors.add(debtor('w1'));
        await db.debtors.add(debtor('m1')); // the engine's own connection calls onCommitted
        await expect.poll(() => heard).toEqual(['this']);
        await worker.debtors.get('w1'); // a read announces nothing
        expect(heard).toEqual(['this']);
      } finally {
        stopThis();
        stopOther();
        worker.close();
      }
    });
  });

  describe('outbox middleware, team mode off', () => {
    it('writes no outbox entry and does not widen transactions', async () => {
      const db = getDb();
      await db.debtors.add(debtor('d1'));
      await db.debtors.update('d1', { city: 'Lille' });
      await db.debtors.delete('d1');
      let scope: string[] = [];
      await db.transaction('rw', db.debtors, async (tx) => {
        scope = [...tx.idbtrans.objectStoreNames];
      });
      // Only the queue summary the aggregates middleware keeps with the debtors (no outbox).
      expect(scope).toEqual(['debtors', 'queueSummaries']);
      expect(await db.outbox.count()).toBe(0);
      expect(await db.syncState.count()).toBe(0);
    });

    it('reads team mode from the database when a connection opens (a worker’s too)', async () => {
      const db = getDb();
      await enableTeamMode(db);
      const other = new RecouvraDb(db.name);
      try {
        await other.open();
        expect(other.outboxControl.active).toBe(true);
        await other.debtors.add(debtor('d9'));
        expect(await db.outbox.count()).toBe(1);
      } finally {
        other.close();
      }
    });
  });
});
