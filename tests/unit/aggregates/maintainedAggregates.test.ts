/**
 * The ledger aggregates and the queue summary kept by the middleware equal a full recomputation
 * after every write path: imports (new, changed, closed items), import undo, a payment, notes and
 * their deletion, a restore, the server's rows applied by team sync, a transaction that fails,
 * the schema upgrades from versions 3 and 4. Real IndexedDB (fake-indexeddb), real repositories.
 */
import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { RecouvraDb } from '../../../renderer/src/data/db';
import {
  type CommitImportRequest,
  importsRepo,
} from '../../../renderer/src/data/repositories/imports';
import { lettersRepo } from '../../../renderer/src/data/repositories/letters';
import { recordPayment } from '../../../renderer/src/data/repositories/promiseChecks';
import { SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { withoutOutbox, writeServerRows } from '../../../renderer/src/data/sync/applyServerRows';
import {
  keysWrittenSince,
  settledWriteGeneration,
} from '../../../renderer/src/data/writeGeneration';
import { aggregatesOf } from '../../../renderer/src/domain/aggregateBuckets';
import {
  bucketOfHistoryKey,
  foldHistory,
  historyBucket,
  historyOfRecords,
  historyRecordsOf,
  isHistoryChange,
  MAX_CHANGES,
} from '../../../renderer/src/domain/collectionHistory';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { ParsedItem } from '../../../renderer/src/domain/import/types';
import { allLastActions, latestActions } from '../../../renderer/src/domain/lastActions';
import {
  addNotice,
  aggregateLedger,
  type DebtorAggregate,
  emptyDebtorAggregate,
  isEmptyAggregate,
} from '../../../renderer/src/domain/ledgerAggregates';
import type { Invoice, IsoDate } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import {
  entriesOf,
  summarizeLedger,
  summaryBucket,
} from '../../../renderer/src/domain/queueSummary';
import { CREDITOR } from '../letters/letterFixtures';
import { useFreshDb } from '../testDb';

/** What the aggregates must be: recomputed from every item, activity and letter stored. */
async function recomputed(db: RecouvraDb) {
  const { debtors, totals } = aggregateLedger(await db.invoices.toArray());
  for (const letter of await db.letters.toArray()) {
    const aggregate = debtors.get(letter.debtorId) ?? emptyDebtorAggregate(letter.debtorId);
    addNotice(aggregate, letter, 1);
    if (!isEmptyAggregate(aggregate)) debtors.set(letter.debtorId, aggregate);
  }
  return {
    debtors: [...debtors.values()].sort((a, b) => a.debtorId.localeCompare(b.debtorId)),
    totals,
    lastActions: latestActions(await db.activities.toArray()),
  };
}

/** Every debtor aggregate stored, by debtor id. */
async function aggregates(db: RecouvraDb): Promise<DebtorAggregate[]> {
  return aggregatesOf(await db.aggregateBuckets.toArray());
}

async function aggregate(db: RecouvraDb, debtorId: string) {
  return (await aggregates(db)).find((a) => a.debtorId === debtorId);
}

/** Every debtor's latest activity stored (domain/lastActions). */
async function lastActions(db: RecouvraDb) {
  return allLastActions(await db.lastActions.toArray());
}

async function stored(db: RecouvraDb) {
  const row = await db.ledgerTotals.get('ledger');
  return {
    debtors: await aggregates(db),
    totals: row
      ? { sales: row.sales, receivables: row.receivables, bounded: row.bounded }
      : { sales: {}, receivables: {}, bounded: {} },
    lastActions: await lastActions(db),
  };
}

/** The collection history kept (records and changes folded), and recomputed from the rows. */
async function histories(db: RecouvraDb) {
  return {
    kept: foldHistory(await db.collectionHistory.toArray()),
    recomputed: historyRecordsOf(await db.activities.toArray(), await db.letters.toArray()),
  };
}

/** The queue summary kept, and recomputed from every debtor and item. */
async function queueSummaries(db: RecouvraDb) {
  return {
    kept: entriesOf(await db.queueSummaries.toArray()),
    recomputed: summarizeLedger(await db.debtors.toArray(), await db.invoices.toArray()),
  };
}

async function expectInStep(db: RecouvraDb) {
  const expected = await recomputed(db);
  expect(await stored(db)).toEqual(expected);
  const { kept, recomputed: summary } = await queueSummaries(db);
  expect(kept).toEqual(summary);
  const history = await histories(db);
  expect(history.kept).toEqual(history.recomputed);
  return expected;
}

const item = (
  accountNo: string,
  number: string,
  dueDate: string,
  openCents: number,
  extra: Partial<ParsedItem> = {},
): ParsedItem => ({
  accountNo,
  number,
  kind: openCents < 0 ? 'credit-note' : 'invoice',
  issueDate: isoDate(dueDate),
  dueDate: isoDate(dueDate),
  amountCents: cents(Math.abs(openCents) * 2 * Math.sign(openCents) || 100),
  openCents: cents(openCents),
  currency: 'EUR',
  sourceRow: 2,
  synthetic: false,
  ...extra,
});

function request(fileName: string, asOfDate: IsoDate, items: ParsedItem[]): CommitImportRequest {
  const accounts = [...new Set(items.map((i) => i.accountNo))];
  return {
    fileName,
    sha256: fileName.padEnd(64, '0'),
    asOfDate,
    partialFile: false,
    mapping: { accountNo: 0, debtorName: 1, documentNumber: 2 },
    headerSignature: `signature-${fileName}`,
    layout: 'open-items',
    sheetName: 'Balance',
    dataRowCount: items.length,
    debtors: accounts.map((accountNo) => ({ accountNo, name: `Client ${accountNo}` })),
    items,
    by: 'test',
  };
}

const OCTOBER = [
  item('C001', 'F1', '2026-08-01', 100_000),
  item('C001', 'F2', '2026-10-15', 50_000),
  item('C001', 'AV1', '2026-09-01', -10_000),
  item('C002', 'F1', '2026-06-30', 75_000),
  item('C003', 'F9', '2026-11-30', 20_000),
];
const NOVEMBER = [
  item('C001', 'F1', '2026-08-01', 40_000), // partly paid
  item('C001', 'AV1', '2026-09-01', -10_000), // unchanged
  item('C002', 'F1', '2026-06-30', 75_000),
  item('C002', 'F2', '2026-11-10', 33_000), // new
  item('C004', 'F1', '2026-05-01', 12_000), // new debtor
  // C001 F2 and C003 F9 are gone: closed by this import
];

describe('ledger aggregates kept in the same transaction as every write', () => {
  const db = useFreshDb();

  it('start empty, follow two imports, and go back exactly on undo', async () => {
    expect(await stored(db())).toEqual({
      debtors: [],
      totals: { sales: {}, receivables: {}, bounded: {} },
      lastActions: new Map(),
    });
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const afterOctober = await expectInStep(db());
    expect(afterOctober.debtors).toHaveLength(3);
    const { record } = await importsRepo.commit(
      request('novembre.xlsx', isoDate('2026-11-23'), NOVEMBER),
    );
    const afterNovember = await expectInStep(db());
    const closed = await db().debtors.where('accountNo').equals('C003').first();
    const closedAggregate = afterNovember.debtors.find((d) => d.debtorId === closed?.id);
    expect(closedAggregate?.openItemCount ?? 0).toBe(0);
    await importsRepo.undo(record.id, 'test');
    await expectInStep(db());
    expect((await stored(db())).totals).toEqual(afterOctober.totals);
  });

  it('follow a payment recorded by hand, with its timeline entry', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const debtor = await db().debtors.where('accountNo').equals('C001').first();
    if (!debtor) throw new Error('no debtor');
    const before = await aggregate(db(), debtor.id);
    await recordPayment(
      {
        debtorId: debtor.id,
        date: isoDate('2026-11-02'),
        receivedCents: cents(60_000),
        invoiceIds: [],
      },
      isoDate('2026-11-02'),
    );
    const after = await aggregate(db(), debtor.id);
    expect(after?.totalCents).toBe((before?.totalCents ?? 0) - 60_000);
    expect((await lastActions(db())).get(debtor.id)).toBeDefined();
    await expectInStep(db());
  });

  it('write only the latest activities when a call is logged, not the debtor aggregates', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const debtor = await db().debtors.where('accountNo').equals('C001').first();
    if (!debtor) throw new Error('no debtor');
    const since = await settledWriteGeneration();
    await db().activities.add({
      id: 'call-1',
      debtorId: debtor.id,
      type: 'call',
      at: '2026-11-03T09:00:00.000Z',
      by: 'x',
      text: 'appel',
    });
    await settledWriteGeneration();
    expect(keysWrittenSince(db(), 'aggregateBuckets', since)).toEqual(new Set());
    expect(keysWrittenSince(db(), 'ledgerTotals', since)).toEqual(new Set());
    expect(keysWrittenSince(db(), 'lastActions', since)).toEqual(
      new Set([summaryBucket(debtor.id)]),
    );
    expect((await lastActions(db())).get(debtor.id)).toBe('2026-11-03T09:00:00.000Z');
    await expectInStep(db());
  });

  it('find the latest activity left when the latest one is deleted', async () => {
    await db().activities.bulkAdd([
      {
        id: 'a1',
        debtorId: 'd1',
        type: 'note',
        at: '2026-11-01T10:00:00.000Z',
        by: 'x',
        text: 'un',
      },
      {
        id: 'a2',
        debtorId: 'd1',
        type: 'note',
        at: '2026-11-05T10:00:00.000Z',
        by: 'x',
        text: 'deux',
      },
    ]);
    expect((await lastActions(db())).get('d1')).toBe('2026-11-05T10:00:00.000Z');
    await db().activities.delete('a2');
    expect((await lastActions(db())).get('d1')).toBe('2026-11-01T10:00:00.000Z');
    await db().activities.where('debtorId').equals('d1').delete();
    expect((await lastActions(db())).has('d1')).toBe(false);
    expect(await db().lastActions.count()).toBe(0);
    // A call changes the latest activities only, never the debtor aggregates.
    expect(await aggregate(db(), 'd1')).toBeUndefined();
    await expectInStep(db());
  });

  it('count the notice letters per date: sent, sent twice, proof added, undone, cleared', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const [first] = await db().invoices.toArray();
    if (!first) throw new Error('no item');
    const letter = (id: string, template: string, date: string) => ({
      id,
      template,
      debtorId: first.debtorId,
      invoiceIds: [first.id],
      date: isoDate(date),
      sendMethod: 'lrar' as const,
      pdfSha256: 'a'.repeat(64),
      createdAt: `${date}T09:00:00.000Z`,
    });
    const notices = async () => (await aggregate(db(), first.debtorId))?.notices;
    await db().letters.bulkAdd([
      letter('l1', 'mise-en-demeure', '2026-11-02'),
      letter('l2', 'mise-en-demeure', '2026-11-02'),
      letter('l3', 'relance-1', '2026-11-03'),
      letter('l4', 'dernier-avis', '2026-11-20'),
    ]);
    expect(await notices()).toEqual({ '2026-11-02': 2, '2026-11-20': 1 });
    await expectInStep(db());
    await db().letters.update('l4', { trackingNumber: '1A00000000001' });
    await db().letters.delete('l1');
    expect(await notices()).toEqual({ '2026-11-02': 1, '2026-11-20': 1 });
    await db().letters.put({ ...letter('l2', 'mise-en-demeure', '2026-11-04') });
    expect(await notices()).toEqual({ '2026-11-04': 1, '2026-11-20': 1 });
    await expectInStep(db());
    await db().letters.clear();
    expect(await notices()).toBeUndefined();
    expect((await aggregate(db(), first.debtorId))?.totalCents).not.toBe(0);
    await expectInStep(db());
  });

  it('keep the collection history: the facts the rules read, moved, changed, undone, cleared', async () => {
    const base = { by: 'x', text: 'texte' };
    const facts = async () => historyOfRecords(await db().collectionHistory.toArray());
    await db().activities.bulkAdd([
      {
        ...base,
        id: 'a1',
        debtorId: 'd1',
        type: 'call',
        at: '2026-11-01T10:00:00.000Z',
        invoiceIds: ['i1'],
        details: { kind: 'call', outcome: 'rappel', callBackOn: isoDate('2026-11-04') },
      },
      // Read by no rule: an e-mail logged, a plain note, a promise's outcome.
      { ...base, id: 'a2', debtorId: 'd1', type: 'email', at: '2026-11-02T10:00:00.000Z' },
      { ...base, id: 'a3', debtorId: 'd2', type: 'note', at: '2026-11-02T11:00:00.000Z' },
      {
        ...base,
        id: 'a4',
        debtorId: 'd2',
        type: 'promise',
        at: '2026-11-03T10:00:00.000Z',
        details: { kind: 'promise-status', promiseId: 'p1', status: 'kept' },
      },
      {
        ...base,
        id: 'a5',
        debtorId: 'd2',
        type: 'action',
        at: '2026-11-03T11:00:00.000Z',
        details: { kind: 'undo', activityIds: ['a1'] },
      },
    ]);
    expect((await facts()).activities.map((a) => a.id).sort()).toEqual(['a1', 'a5']);
    expect((await facts()).activities.find((a) => a.id === 'a1')).toEqual({
      id: 'a1',
      debtorId: 'd1',
      type: 'call',
      at: '2026-11-01T10:00:00.000Z',
      text: 'texte',
      invoiceIds: ['i1'],
      details: { kind: 'call', outcome: 'rappel', callBackOn: '2026-11-04' },
    });
    await expectInStep(db());
    // Moved to another debtor (of another record when the buckets differ), then deleted.
    const moved = ['d2', 'd3', 'd4', 'd5', 'd6', 'd7'].find(
      (id) => historyBucket(id) !== historyBucket('d1'),
    );
    if (!moved) throw new Error('every debtor in one record');
    const a1 = await db().activities.get('a1');
    if (!a1) throw new Error('no activity');
    await db().activities.put({ ...a1, debtorId: moved });
    expect((await facts()).activities.find((a) => a.id === 'a1')?.debtorId).toBe(moved);
    await db().activities.delete('a5');
    await expectInStep(db());
    const letter = (id: string, debtorId: string, date: string) => ({
      id,
      template: 'relance-1',
      debtorId,
      invoiceIds: [],
      date: isoDate(date),
      sendMethod: 'email' as const,
      pdfSha256: 'a'.repeat(64),
      createdAt: `${date}T09:00:00.000Z`,
    });
    await db().letters.bulkAdd([
      letter('l1', 'd1', '2026-11-02'),
      letter('l2', moved, '2026-11-03'),
    ]);
    await db().letters.update('l1', { trackingNumber: '1A00000000001' });
    await db().letters.update('l2', { date: isoDate('2026-11-05') });
    expect((await facts()).letters.map((l) => [l.id, l.date]).sort()).toEqual([
      ['l1', '2026-11-02'],
      ['l2', '2026-11-05'],
    ]);
    await expectInStep(db());
    await db().activities.clear();
    expect((await facts()).activities).toEqual([]);
    expect((await facts()).letters).toHaveLength(2);
    await expectInStep(db());
    await db().letters.clear();
    expect(await db().collectionHistory.count()).toBe(0);
  });

  it('keep each write as a change beside its record, folded in once there are enough', async () => {
    const call = (n: number) => ({
      id: `call-${String(n).padStart(3, '0')}`,
      debtorId: 'd1',
      type: 'call' as const,
      at: `2026-11-01T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
      by: 'x',
      text: `appel ${n}`,
    });
    const rowsOfBucket = async () =>
      (await db().collectionHistory.toArray()).filter(
        (row) => bucketOfHistoryKey(row.bucket) === historyBucket('d1'),
      );
    // One call at a time: each write adds a change, never rewrites the record…
    for (let n = 0; n < MAX_CHANGES; n++) await db().activities.add(call(n));
    let rows = await rowsOfBucket();
    expect(rows.filter(isHistoryChange)).toHaveLength(MAX_CHANGES);
    expect(rows.filter((row) => !isHistoryChange(row))).toHaveLength(0);
    await expectInStep(db());
    // …until the bucket has MAX_CHANGES: the next write folds them into the record.
    await db().activities.add(call(MAX_CHANGES));
    rows = await rowsOfBucket();
    expect(rows.filter(isHistoryChange)).toHaveLength(0);
    expect(rows.filter((row) => !isHistoryChange(row))).toHaveLength(1);
    await expectInStep(db());
    // Changed, then deleted, after the fold: the change removes what the record holds.
    await db().activities.update('call-001', { text: 'appel corrigé' });
    await db().activities.delete('call-002');
    const texts = historyOfRecords(await rowsOfBucket()).activities.map((a) => a.text);
    expect(texts).toContain('appel corrigé');
    expect(texts).not.toContain('appel 2');
    await expectInStep(db());
    // Two writes of one transaction, at the same time, to the same bucket: both kept.
    await db().transaction('rw', db().activities, () =>
      Promise.all([db().activities.add(call(100)), db().activities.add(call(101))]),
    );
    // Numbered apart: the same number would have put the second change over the first.
    const ids = historyOfRecords(await rowsOfBucket()).activities.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['call-100', 'call-101']));
    expect((await rowsOfBucket()).filter(isHistoryChange)).toHaveLength(4);
    await expectInStep(db());
    for (let n = 200; n < 200 + 3 * MAX_CHANGES; n++) await db().activities.add(call(n));
    expect((await rowsOfBucket()).filter(isHistoryChange).length).toBeLessThanOrEqual(MAX_CHANGES);
    await expectInStep(db());
  });

  it('follow a clear of the items or of the timeline, each keeping the other part', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const [first] = await db().invoices.toArray();
    if (!first) throw new Error('no item');
    await db().activities.add({
      id: 'a1',
      debtorId: first.debtorId,
      type: 'note',
      at: '2026-11-01T10:00:00.000Z',
      by: 'x',
      text: 'note',
    });
    await db().invoices.clear();
    expect(await aggregates(db())).toEqual([]);
    expect(Object.fromEntries(await lastActions(db()))).toEqual({
      [first.debtorId]: '2026-11-01T10:00:00.000Z',
    });
    await expectInStep(db());
    await importsRepo.commit(request('novembre.xlsx', isoDate('2026-11-23'), NOVEMBER));
    await db().activities.clear();
    expect((await lastActions(db())).size).toBe(0);
    expect((await aggregates(db())).length).toBeGreaterThan(0);
    await expectInStep(db());
  });

  it('follow a restore (clear then add of every table), and never enter the backup', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const inOctober = await expectInStep(db());
    const { bytes } = await createBackup({ appVersion: '0.1.0' });
    const read = await readBackup(bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(Object.keys(read.backup.manifest.tables)).not.toContain('aggregateBuckets');
    expect(Object.keys(read.backup.manifest.tables)).not.toContain('ledgerTotals');
    expect(Object.keys(read.backup.manifest.tables)).not.toContain('queueSummaries');
    expect(Object.keys(read.backup.manifest.tables)).not.toContain('collectionHistory');
    await importsRepo.commit(request('novembre.xlsx', isoDate('2026-11-23'), NOVEMBER));
    const result = await restoreBackup(read.backup, { by: 'test' });
    expect(result.ok).toBe(true);
    expect(await expectInStep(db())).toEqual(inOctober);
  });

  it('follow the server rows applied by team sync', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const [first] = await db().invoices.toArray();
    if (!first) throw new Error('no item');
    const [renamed, removed] = await db().debtors.orderBy('accountNo').toArray();
    if (!renamed || !removed) throw new Error('no debtor');
    const changed: Invoice = { ...first, openCents: cents(1), status: 'disputed' };
    await withoutOutbox(db(), [db().invoices, db().activities, db().debtors], () =>
      writeServerRows(db(), [
        {
          table: 'debtors',
          key: renamed.id,
          row: { ...renamed, name: 'Renommé', assignee: 'Julien' } as unknown as Record<
            string,
            unknown
          >,
        },
        { table: 'debtors', key: removed.id, row: null },
        { table: 'invoices', key: first.id, row: changed as unknown as Record<string, unknown> },
        {
          table: 'invoices',
          key: 'remote',
          row: { ...first, id: 'remote', number: 'R1', dueDate: '2025-01-01' } as unknown as Record<
            string,
            unknown
          >,
        },
      ]),
    );
    await expectInStep(db());
    const summary = entriesOf(await db().queueSummaries.toArray());
    expect(summary.find((e) => e.debtorId === renamed.id)?.debtor?.assignee).toBe('Julien');
    expect(summary.find((e) => e.debtorId === removed.id)?.debtor).toBeUndefined();
  });

  it('follow a colleague’s new items pulled beside a held one changed (one key range read)', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const held = await db().invoices.orderBy(':id').last();
    if (!held) throw new Error('no item');
    // Ids after every held one, as a colleague's time-ordered ids are: the range from the held
    // item to the last new one holds a single row, so only that row is read before the write.
    const created = [1, 2, 3, 4].map((n) => ({
      table: 'invoices' as const,
      key: `~new-${n}`,
      row: {
        ...held,
        id: `~new-${n}`,
        number: `N${n}`,
        openCents: cents(n * 100),
      } as unknown as Record<string, unknown>,
    }));
    const changed = { ...held, openCents: cents(held.openCents + 500), status: 'disputed' };
    await withoutOutbox(db(), [db().invoices, db().activities, db().debtors], () =>
      writeServerRows(db(), [
        { table: 'invoices', key: held.id, row: changed as unknown as Record<string, unknown> },
        ...created,
      ]),
    );
    await expectInStep(db());
    expect(await db().invoices.get('~new-3')).toMatchObject({ number: 'N3', openCents: 300 });
    expect(await db().invoices.get(held.id)).toMatchObject({ status: 'disputed' });
  });

  it('wake the live queries that read them when an item changes', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const seen: number[] = [];
    const subscription = liveQuery(async () =>
      (await aggregates(db())).reduce((sum, a) => sum + a.totalCents, 0),
    ).subscribe((total) => seen.push(total));
    try {
      await expect.poll(() => seen.length).toBe(1);
      const [first] = await db().invoices.toArray();
      if (!first) throw new Error('no item');
      await db().invoices.put({ ...first, openCents: cents(first.openCents + 1) });
      await expect.poll(() => seen.at(-1)).toBe((seen[0] ?? 0) + 1);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('follow a debtor changed, deleted, and the debtors cleared, keeping their items', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const [first, second] = await db().debtors.orderBy('accountNo').toArray();
    if (!first || !second) throw new Error('no debtor');
    await db().debtors.put({ ...first, assignee: 'Camille', tags: ['vip'] });
    await db().debtors.update(second.id, { status: 'closed' });
    await expectInStep(db());
    await db().debtors.delete(first.id);
    const { kept } = await queueSummaries(db());
    // Its items stay in the summary, without a debtor: no queue shows them.
    expect(kept.find((e) => e.debtorId === first.id)?.debtor).toBeUndefined();
    expect(kept.find((e) => e.debtorId === first.id)?.items).not.toBe('');
    await expectInStep(db());
    await db().debtors.clear();
    await expectInStep(db());
    await db().invoices.clear();
    expect(await db().queueSummaries.count()).toBe(0);
  });

  it('follow a batch of letters kept as sent: letters, timeline and audit written together', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const debtors = await db().debtors.toArray();
    const batch = debtors.flatMap((debtor, i) =>
      (['mise-en-demeure', 'relance-1'] as const).map((templateId) => ({
        templateId,
        templateName: templateId,
        subject: 'Objet',
        debtorId: debtor.id,
        invoiceIds: [],
        date: isoDate(`2026-11-0${i + 1}`),
        sendMethod: 'lrar' as const,
        amounts: {
          principalCents: cents(100),
          interestCents: cents(0),
          indemnitiesCents: cents(0),
          creditsCents: cents(0),
          totalCents: cents(100),
        },
        creditor: CREDITOR,
        pdf: new TextEncoder().encode(`%PDF ${debtor.id} ${templateId}`),
      })),
    );
    await lettersRepo.record(batch);
    const expected = await expectInStep(db());
    expect(expected.debtors.filter((a) => a.notices)).toHaveLength(debtors.length);
    expect(debtors.every(({ id }) => expected.lastActions.has(id))).toBe(true);
  });

  it('leave nothing of a transaction that fails', async () => {
    await importsRepo.commit(request('octobre.xlsx', isoDate('2026-10-31'), OCTOBER));
    const before = await stored(db());
    const summaryBefore = await db().queueSummaries.toArray();
    const [first] = await db().invoices.toArray();
    await expect(
      db().transaction('rw', db().invoices, async () => {
        if (first) await db().invoices.put({ ...first, openCents: cents(999_999) });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await stored(db())).toEqual(before);
    expect(await db().queueSummaries.toArray()).toEqual(summaryBefore);
  });
});

describe('schema version 4', () => {
  it('builds the aggregates of a database written by version 3', async () => {
    const name = `v3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 3))
      old.version(v.version).stores(v.stores);
    await old.table('invoices').bulkAdd([
      {
        id: 'i1',
        debtorId: 'd1',
        number: 'F1',
        kind: 'invoice',
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        amountCents: 500,
        openCents: 500,
        currency: 'EUR',
        status: 'open',
      },
      {
        id: 'i2',
        debtorId: 'd1',
        number: 'F2',
        kind: 'invoice',
        issueDate: '2026-08-01',
        dueDate: '2026-09-01',
        amountCents: 900,
        openCents: 0,
        currency: 'EUR',
        status: 'paid',
      },
      {
        id: 'i3',
        debtorId: 'd2',
        number: 'F1',
        kind: 'invoice',
        issueDate: '2026-08-01',
        dueDate: '2026-09-01',
        amountCents: 300,
        openCents: 300,
        currency: 'EUR',
        status: 'disputed',
        dueDateIsLatest: true,
      },
    ]);
    await old.table('activities').add({
      id: 'a1',
      debtorId: 'd3',
      type: 'note',
      at: '2026-11-01T00:00:00.000Z',
      by: 'x',
      text: 'n',
    });
    old.close();
    const db = new RecouvraDb(name);
    try {
      const expected = await recomputed(db);
      expect(expected.debtors.map((d) => d.debtorId)).toEqual(['d1', 'd2']);
      expect(Object.fromEntries(expected.lastActions)).toEqual({ d3: '2026-11-01T00:00:00.000Z' });
      expect(await stored(db)).toEqual(expected);
    } finally {
      await db.delete();
    }
  });
});

describe('schema version 5', () => {
  it('builds the queue summary of a database written by version 4', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4))
      old.version(v.version).stores(v.stores);
    await old.table('debtors').bulkAdd([
      {
        id: 'd1',
        accountNo: 'C1',
        name: 'Alpha',
        addressLines: ['1 rue de la Paix'],
        postalCode: '75002',
        city: 'Paris',
        contacts: [{ id: 'c1', name: 'Compta', role: 'daf', email: 'compta@alpha.fr' }],
        tags: [],
        status: 'active',
        assignee: 'Camille',
      },
      {
        id: 'd2',
        accountNo: 'C2',
        name: 'Béta',
        addressLines: [],
        contacts: [],
        tags: ['vip'],
        status: 'active',
      },
    ]);
    await old.table('invoices').bulkAdd([
      {
        id: 'i1',
        debtorId: 'd1',
        number: 'F1',
        kind: 'invoice',
        dueDate: '2026-10-01',
        amountCents: 500,
        openCents: 500,
        currency: 'EUR',
        status: 'open',
      },
      {
        id: 'i2',
        debtorId: 'd1',
        number: 'F2',
        kind: 'invoice',
        dueDate: '2026-09-01',
        amountCents: 900,
        openCents: 0,
        currency: 'EUR',
        status: 'paid',
      },
      {
        id: 'i3',
        debtorId: 'd3',
        number: 'F1',
        kind: 'invoice',
        dueDate: '2026-09-01',
        amountCents: 300,
        openCents: 300,
        currency: 'EUR',
        status: 'disputed',
      },
    ]);
    old.close();
    const db = new RecouvraDb(name);
    try {
      const { kept, recomputed: summary } = await queueSummaries(db);
      expect(summary.map((e) => e.debtorId)).toEqual(['d1', 'd2', 'd3']);
      expect(summary.find((e) => e.debtorId === 'd2')?.items).toBe('');
      expect(kept).toEqual(summary);
    } finally {
      await db.delete();
    }
  });
});

describe('schema version 7', () => {
  it('counts the notices and keeps SIREN and city of a database written by version 6', async () => {
    const name = `v6-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 6))
      old.version(v.version).stores(v.stores);
    await old.table('debtors').add({
      id: 'd1',
      accountNo: 'C1',
      name: 'Alpha',
      siren: '732829320',
      addressLines: [],
      city: 'Lyon',
      contacts: [],
      tags: [],
      status: 'active',
    });
    await old.table('letters').bulkAdd(
      ['mise-en-demeure', 'relance-1'].map((template, index) => ({
        id: `l${index}`,
        template,
        debtorId: 'd1',
        invoiceIds: [],
        date: '2026-11-02',
        sendMethod: 'lrar',
        createdAt: '2026-11-02T09:00:00.000Z',
      })),
    );
    old.close();
    const db = new RecouvraDb(name);
    try {
      await expectInStep(db);
      expect((await aggregate(db, 'd1'))?.notices).toEqual({ '2026-11-02': 1 });
      const [entry] = entriesOf(await db.queueSummaries.toArray());
      expect(entry?.debtor).toMatchObject({ siren: '732829320', city: 'Lyon' });
    } finally {
      await db.delete();
    }
  });
});

describe('schema version 8', () => {
  it('builds the collection history of a database written by version 7', async () => {
    const name = `v7-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 7))
      old.version(v.version).stores(v.stores);
    await old.table('activities').bulkAdd([
      {
        id: 'a1',
        debtorId: 'd1',
        type: 'call',
        at: '2026-11-01T10:00:00.000Z',
        by: 'x',
        text: 'Appel',
        details: { kind: 'call', outcome: 'promesse' },
      },
      { id: 'a2', debtorId: 'd1', type: 'note', at: '2026-11-02T10:00:00.000Z', by: 'x', text: '' },
    ]);
    await old.table('letters').add({
      id: 'l1',
      template: 'relance-2',
      debtorId: 'd2',
      invoiceIds: [],
      date: '2026-11-02',
      sendMethod: 'email',
      createdAt: '2026-11-02T09:00:00.000Z',
    });
    old.close();
    const db = new RecouvraDb(name);
    try {
      const history = await histories(db);
      expect(history.kept).toEqual(history.recomputed);
      const { activities, letters } = historyOfRecords(await db.collectionHistory.toArray());
      expect(activities.map((a) => a.id)).toEqual(['a1']);
      expect(letters).toEqual([
        { id: 'l1', debtorId: 'd2', template: 'relance-2', date: '2026-11-02' },
      ]);
    } finally {
      await db.delete();
    }
  });
});

describe('schema version 12', () => {
  it('moves the latest activities out of the debtor aggregates of a database written by version 11', async () => {
    const name = `v11-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 11))
      old.version(v.version).stores(v.stores);
    await old.table('invoices').add({
      id: 'i1',
      debtorId: 'd1',
      number: 'F1',
      kind: 'invoice',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      amountCents: 500,
      openCents: 500,
      currency: 'EUR',
      status: 'open',
    });
    await old.table('activities').bulkAdd([
      { id: 'a1', debtorId: 'd1', type: 'call', at: '2026-11-01T10:00:00.000Z', by: 'x', text: '' },
      { id: 'a2', debtorId: 'd1', type: 'note', at: '2026-11-04T10:00:00.000Z', by: 'x', text: '' },
      { id: 'a3', debtorId: 'd2', type: 'note', at: '2026-11-02T10:00:00.000Z', by: 'x', text: '' },
    ]);
    // As version 11 stored them: the latest activity tenth of each entry, d2 kept for it alone.
    await old.table('aggregateBuckets').bulkPut([
      {
        bucket: summaryBucket('d1'),
        entries: [
          [
            'd1',
            1,
            500,
            0,
            0,
            ['2026-10-01'],
            [500],
            [1],
            [['2026-10-01'], [1]],
            '2026-11-04T10:00:00.000Z',
            null,
          ],
        ],
      },
      {
        bucket: summaryBucket('d2'),
        entries: [['d2', 0, 0, 0, 0, [], [], [], [[], []], '2026-11-02T10:00:00.000Z', null]],
      },
    ]);
    old.close();
    const db = new RecouvraDb(name);
    try {
      const expected = await recomputed(db);
      expect(await stored(db)).toEqual(expected);
      expect(expected.debtors.map((d) => d.debtorId)).toEqual(['d1']);
      expect(Object.fromEntries(await lastActions(db))).toEqual({
        d1: '2026-11-04T10:00:00.000Z',
        d2: '2026-11-02T10:00:00.000Z',
      });
    } finally {
      await db.delete();
    }
  });
});
