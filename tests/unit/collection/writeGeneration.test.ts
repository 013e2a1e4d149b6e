/**
 * The write generation the File d'actions keeps its computed state by: it moves with every write
 * committed (not with a transaction that fails), and the queue read after a write shows it even
 * when the queue was read just before. Real IndexedDB (fake-indexeddb).
 */
import Dexie, { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { collectionSettingsRepo } from '../../../renderer/src/data/repositories/collectionSettings';
import { controllerStatsRepo } from '../../../renderer/src/data/repositories/controllerStats';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import {
  generationMemo,
  keysWrittenSince,
  writeGeneration,
} from '../../../renderer/src/data/writeGeneration';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { Debtor, Invoice } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

const today = isoDate('2026-11-23');

const debtor: Debtor = {
  id: 'd1',
  accountNo: '411001',
  name: 'Alpha SAS',
  addressLines: ['1 rue de la Paix'],
  postalCode: '75002',
  city: 'Paris',
  contacts: [
    { id: 'c1', name: 'Compta', role: 'daf', email: 'compta@alpha.fr', phone: '01 23 45 67 89' },
  ],
  tags: [],
  status: 'active',
};
const invoice: Invoice = {
  id: 'i1',
  debtorId: 'd1',
  number: 'FA-1',
  kind: 'invoice',
  dueDate: isoDate('2026-09-30'),
  amountCents: cents(120_000),
  openCents: cents(120_000),
  currency: 'EUR',
  status: 'open',
};

describe('the write generation', () => {
  const db = useFreshDb();

  it('moves with each write committed, not with a transaction that fails', async () => {
    const before = writeGeneration();
    await db().debtors.put(debtor);
    const afterWrite = writeGeneration();
    expect(afterWrite).toBeGreaterThan(before);
    await expect(
      db().transaction('rw', db().debtors, async () => {
        await db().debtors.put({ ...debtor, name: 'Renommé' });
        throw new Error('refusé');
      }),
    ).rejects.toThrow('refusé');
    expect(writeGeneration()).toBe(afterWrite);
    expect((await db().debtors.get('d1'))?.name).toBe('Alpha SAS');
  });

  it('keeps a value for its owner, key and generation only', () => {
    const memo = generationMemo<string, number>();
    const owner = {};
    expect(memo.kept(owner, 'a', 1)).toBeUndefined();
    expect(memo.keep(owner, 'a', 1, 42)).toBe(42);
    expect(memo.kept(owner, 'a', 1)).toBe(42);
    expect(memo.kept(owner, 'a', 2)).toBeUndefined();
    expect(memo.kept(owner, 'b', 1)).toBeUndefined();
    expect(memo.kept({}, 'a', 1)).toBeUndefined();
  });

  it('never keeps the File d’actions past a write: a decision made shows at the next read', async () => {
    await db().debtors.put(debtor);
    await db().invoices.put(invoice);
    const first = await collectionRepo.queue(today, 'all');
    const [action] = first.queue.actions;
    if (!action) throw new Error('no action due');
    expect(await collectionRepo.queue(today, 'all')).toEqual(first);
    await db().activities.add({
      id: 'a1',
      debtorId: 'd1',
      type: 'action',
      at: '2026-11-23T09:00:00.000Z',
      by: 'test',
      text: 'Fait',
      details: { kind: 'queue-decision', actionKey: action.key, decision: { kind: 'done' } },
    });
    const after = await collectionRepo.queue(today, 'all');
    expect(after.queue.actions.map((a) => a.key)).not.toContain(action.key);
  });

  it('names the keys written since a generation, or « all » when it cannot', async () => {
    // Creating the database announces every table as changed: before the generation read.
    await db().open();
    const since = writeGeneration();
    await db().debtors.put(debtor);
    await db().debtors.put({ ...debtor, id: 'd2', accountNo: '411002' });
    expect(keysWrittenSince(db(), 'debtors', since)).toEqual(new Set(['d1', 'd2']));
    expect(keysWrittenSince(db(), 'invoices', since)).toEqual(new Set());
    // The queue summary's records, written by the middleware in the same transactions.
    expect(keysWrittenSince(db(), 'queueSummaries', since)).not.toBe('all');
    const afterPuts = writeGeneration();
    expect(keysWrittenSince(db(), 'debtors', afterPuts)).toEqual(new Set());
    await db().debtors.clear();
    expect(keysWrittenSince(db(), 'debtors', afterPuts)).toBe('all');
    // A write from another context arrives as a structured clone of Dexie's range sets.
    const cloned = writeGeneration();
    Dexie.on.storagemutated.fire(
      structuredClone({ [`idb://${db().name}/debtors/`]: new RangeSet().addKeys(['d7', 'd8']) }),
    );
    expect(keysWrittenSince(db(), 'debtors', cloned)).toEqual(new Set(['d7', 'd8']));
    // A page back from the back-forward cache: anything may have changed.
    const restored = writeGeneration();
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
    expect(keysWrittenSince(db(), 'promises', restored)).toBe('all');
    // Older than the writes remembered: not known one by one.
    for (let i = 0; i < 600; i++) Dexie.on.storagemutated.fire({});
    expect(keysWrittenSince(db(), 'debtors', cloned)).toBe('all');
  });

  it('evaluates every debtor again when the ladder or the latest import changes', async () => {
    await db().debtors.put(debtor);
    await db().invoices.put(invoice);
    await db().promises.put({
      id: 'p1',
      debtorId: 'd1',
      kind: 'promise',
      invoiceIds: ['i1'],
      createdAt: '2026-10-25T09:00:00.000Z',
      installments: [{ date: isoDate('2026-11-01'), cents: cents(120_000), status: 'pending' }],
      status: 'active',
    });
    // No balance known after the promised day: the promise is to be verified.
    const first = await collectionRepo.queue(today, 'all');
    expect(first.promiseAlerts.map((a) => a.kind)).toEqual(['to-verify']);
    await db().imports.put({
      id: 'import-1',
      fileName: 'balance.xlsx',
      sha256: '0'.repeat(64),
      asOfDate: isoDate('2026-11-20'),
      importedAt: '2026-11-20T18:00:00.000Z',
      mapping: {},
      counts: { rows: 1, debtors: 1, items: 1 },
      diff: { newItems: 0, changedItems: 0, closedItems: 0, unchangedItems: 1 },
      undoable: false,
    });
    // The balance of 20 November still shows the item open: the promise was not kept.
    const afterImport = await collectionRepo.queue(today, 'all');
    expect(afterImport.promiseAlerts.map((a) => a.kind)).toEqual(['broken']);
    const ladder = await collectionSettingsRepo.ladder();
    await collectionSettingsRepo.saveLadder({ ...ladder, promiseGraceDays: 30 });
    const afterLadder = await collectionRepo.queue(today, 'all');
    expect(afterLadder.promiseAlerts).toEqual([]);
  });

  it('never keeps the dashboard past a write: a payment shows at the next read', async () => {
    await db().debtors.put(debtor);
    await db().invoices.put(invoice);
    const first = await portfolioRepo.dashboard();
    expect(first.rows.map((r) => r.totalCents)).toEqual([120_000]);
    expect(await portfolioRepo.dashboard()).toEqual(first);
    await db().invoices.put({ ...invoice, openCents: cents(20_000) });
    const after = await portfolioRepo.dashboard();
    expect(after.rows.map((r) => r.totalCents)).toEqual([20_000]);
    expect((await portfolioRepo.view()).rows.map((r) => r.totalCents)).toEqual([20_000]);
  });

  it('never keeps the manager’s figures past a write: a payment counts at the next read', async () => {
    await db().debtors.put({ ...debtor, assignee: 'Julie' });
    await db().invoices.put(invoice);
    const collected = async () =>
      (await controllerStatsRepo.load('last-30-days', today)).rows.reduce(
        (sum, row) => sum + row.collectedCents,
        0,
      );
    expect(await collected()).toBe(0);
    expect(await collected()).toBe(0);
    await db().payments.put({
      id: 'p1',
      debtorId: 'd1',
      invoiceId: 'i1',
      date: today,
      cents: cents(30_000),
      source: 'manual',
      recordedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(await collected()).toBe(30_000);
  });
});
