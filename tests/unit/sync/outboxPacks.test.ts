/**
 * A bulk transaction's outbox entries are packed a thousand to a row (outboxStore.ts): fewer
 * IndexedDB rows for an import, the same entries for every reader, pending changes still laid
 * over pulled rows, and the count the status bar shows.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { withoutOutbox, writeServerRows } from '../../../renderer/src/data/sync/applyServerRows';
import { tagTransaction } from '../../../renderer/src/data/sync/outboxMiddleware';
import {
  isPack,
  mutationTexts,
  OUTBOX_PACK_SIZE,
} from '../../../renderer/src/data/sync/outboxPacks';
import {
  deleteSeqs,
  outboxEntries,
  pendingCount,
} from '../../../renderer/src/data/sync/outboxStore';
import { PACKED_TABLE } from '../../../renderer/src/data/sync/outboxTypes';
import { useFreshDb } from '../testDb';
import { debtor, enableTeamMode } from './syncTestDb';

const IMPORTED = 2 * OUTBOX_PACK_SIZE + 500;

describe('outbox packs', () => {
  const getDb = useFreshDb();

  async function importOffline() {
    const db = getDb();
    await enableTeamMode(db);
    await db.transaction('rw', db.debtors, async (tx) => {
      tagTransaction(tx.idbtrans, 'import-octobre');
      await db.debtors.bulkAdd(
        Array.from({ length: IMPORTED }, (_, i) => debtor(`d${i}`, { city: 'Lyon' })),
      );
    });
    await db.debtors.update('d7', { city: 'Nantes' });
    return db;
  }

  it('writes a bulk transaction as packs, and reads them back as its entries in seq order', async () => {
    const db = await importOffline();
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((row) => (isPack(row) ? [row.seq, row.lastSeq] : [row.seq]))).toEqual([
      [1, 1000],
      [1001, 2000],
      [2001, 2500],
      [2501],
    ]);
    const entries = await outboxEntries(db);
    expect(entries.map((entry) => entry.seq)).toEqual(
      Array.from({ length: IMPORTED + 1 }, (_, i) => i + 1),
    );
    expect(entries[1000]).toMatchObject({
      tx: 'import-octobre',
      bulk: true,
      table: 'debtors',
      key: 'd1000',
      op: 'put',
    });
    expect(entries.at(-1)).toMatchObject({
      table: 'debtors',
      key: 'd7',
      fields: { city: 'Nantes' },
    });
    expect(await pendingCount(db)).toBe(IMPORTED + 1);
  });

  it('lays a packed pending change over a pulled row, like a single one', async () => {
    const db = await importOffline();
    // A colleague's version of two rows of the import, pulled before the import was sent.
    await withoutOutbox(db, [db.debtors], () =>
      writeServerRows(db, [
        { table: 'debtors', key: 'd1500', row: { ...debtor('d1500'), phone: '01 02 03 04 05' } },
        { table: 'debtors', key: 'd7', row: { ...debtor('d7'), phone: '06 07 08 09 10' } },
      ]),
    );
    expect(await db.debtors.get('d1500')).toMatchObject({ city: 'Lyon', phone: '01 02 03 04 05' });
    // The import's city, then the later single change of the same row, in seq order.
    expect(await db.debtors.get('d7')).toMatchObject({ city: 'Nantes', phone: '06 07 08 09 10' });
  });

  it('deletes a bulk by its seq range, packs and all, and leaves what follows', async () => {
    const db = await importOffline();
    await deleteSeqs(db, 1, IMPORTED);
    expect((await outboxEntries(db)).map((entry) => entry.seq)).toEqual([IMPORTED + 1]);
    expect(await pendingCount(db)).toBe(1);
  });

  it('keeps a pack as the JSON text the server receives, and says which packs to parse', async () => {
    const db = await importOffline();
    const [pack] = (await db.outbox.orderBy('seq').toArray()).filter(isPack);
    if (!pack) throw new Error('no pack');
    expect(pack).toMatchObject({ tables: ['debtors'], setsNull: false });
    const mutations = JSON.parse(pack.json) as { seq: number; key: string }[];
    expect(mutations).toHaveLength(OUTBOX_PACK_SIZE);
    expect(mutations[0]).toMatchObject({ seq: 1, key: 'd0' });
    // The bulk body is the packs' texts joined, then the single entries: every seq once, in order.
    const texts = mutationTexts(await db.outbox.orderBy('seq').toArray());
    const sent = JSON.parse(`[${texts.join(',')}]`) as { seq: number }[];
    expect(sent.map((m) => m.seq)).toEqual(Array.from({ length: IMPORTED + 1 }, (_, i) => i + 1));
    expect(sent.at(-1)).not.toHaveProperty('tx');
  });

  it('repacks the packs an older version left waiting (schema 11)', async () => {
    const name = `outbox-v10-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 10)) {
      old.version(step.version).stores(step.stores);
    }
    const mutation = (seq: number, fields: Record<string, unknown>) => ({
      seq,
      table: 'debtors',
      key: `d${seq}`,
      op: 'put',
      fields,
      at: '2026-11-30T09:00:00.000Z',
    });
    await old.table('outbox').bulkAdd([
      {
        seq: 1,
        lastSeq: 2,
        tx: 'import-offline',
        bulk: true,
        table: PACKED_TABLE,
        key: '',
        mutations: [mutation(1, { city: 'Lyon' }), mutation(2, { city: null })],
      },
      { seq: 3, tx: 'local', table: 'debtors', key: 'd1', op: 'put', fields: { city: 'Metz' } },
    ]);
    old.close();
    const db = new RecouvraDb(name);
    try {
      await db.open();
      const [pack] = await db.outbox.orderBy('seq').toArray();
      expect(pack).toMatchObject({ lastSeq: 2, tables: ['debtors'], setsNull: true });
      expect(pack).not.toHaveProperty('mutations');
      expect((await outboxEntries(db)).map((e) => [e.seq, e.tx, e.fields])).toEqual([
        [1, 'import-offline', { city: 'Lyon' }],
        [2, 'import-offline', { city: null }],
        [3, 'local', { city: 'Metz' }],
      ]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
