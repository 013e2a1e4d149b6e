/**
 * The write generation the File d'actions keeps its computed state by: it moves with every write
 * committed (not with a transaction that fails), and the queue read after a write shows it even
 * when the queue was read just before. Real IndexedDB (fake-indexeddb).
 */
import { describe, expect, it } from 'vitest';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { controllerStatsRepo } from '../../../renderer/src/data/repositories/controllerStats';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import { generationMemo, writeGeneration } from '../../../renderer/src/data/writeGeneration';
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
