/**
 * Imports in team mode, on real Dexie (fake-indexeddb) against the in-process fake server: every
 * import is one bulk named after the ledger's import id; undoing a sent import is the server's
 * operation (refused with its French sentence, or offline); an import still in the outbox is
 * undone on the workstation; a bulk refused while another import runs waits and is sent again;
 * a bulk refused for good is rolled back, said on the import page, and leaves no seq gap.
 */
import { describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/data/clock';
import { RecouvraDb, setDbForTests } from '../../../renderer/src/data/db';
import { importsRepo } from '../../../renderer/src/data/repositories/imports';
import { type Refusal, SyncEngine } from '../../../renderer/src/data/sync/engine';
import { readImportOutcomes } from '../../../renderer/src/data/sync/importOutcomes';
import { SHARED_UNDO_OFFLINE, undoImportWith } from '../../../renderer/src/data/sync/importUndo';
import { isPack } from '../../../renderer/src/data/sync/outboxPacks';
import { outboxEntries } from '../../../renderer/src/data/sync/outboxStore';
import { SYNC_STATE_KEYS } from '../../../renderer/src/data/sync/outboxTypes';
import { seedServerFromLedger } from '../../../renderer/src/data/sync/teamSync';
import type { ParsedItem } from '../../../renderer/src/domain/import/types';
import { NOVEMBER, OCTOBER, request } from '../importRequests';
import { dumpTables, useFreshDb } from '../testDb';
import { FakeSyncServer } from './fakeServer';
import { debtor, enableTeamMode } from './syncTestDb';

const LEDGER = ['debtors', 'invoices', 'payments', 'snapshots', 'imports', 'importJournals'];

function engineFor(db: RecouvraDb, server: FakeSyncServer, by = 'Julie Martin') {
  const refusals: Refusal[] = [];
  const engine = new SyncEngine({
    db,
    transport: server.transport(by),
    workstationId: `ws-${db.name}`,
    clock,
    onRefused: (refusal) => refusals.push(refusal),
  });
  return { engine, refusals };
}

/** Commits an import on `db` (the repositories write through getDb()). */
async function commitOn(db: RecouvraDb, asOfDate: string, items: ParsedItem[]) {
  setDbForTests(db);
  return (await importsRepo.commit(request(asOfDate, items))).record;
}

describe('imports in team mode', () => {
  const getDb = useFreshDb();

  it('sends every import, even of three items, as one bulk named after the ledger’s import id', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const record = await commitOn(db, '2026-10-31', OCTOBER);
    const entries = await outboxEntries(db);
    expect(entries.length).toBeGreaterThan(3);
    // Packed: each write of the import is one outbox row, not one row per entry.
    const rows = await db.outbox.toArray();
    expect(rows.every(isPack)).toBe(true);
    expect(rows.length).toBeLessThan(entries.length);
    expect(new Set(entries.map((e) => e.tx))).toEqual(new Set([`import-${record.id}`]));
    expect(entries.every((e) => e.bulk)).toBe(true);
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server);
    await engine.push();
    expect(server.pushes).toEqual([]);
    expect(server.bulks.map((b) => [b.importId, b.kind, b.mutations.length])).toEqual([
      [`import-${record.id}`, 'import', entries.length],
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('undoes a sent import on the server: the replica is the server’s again, no outbox entry restores it, and a colleague sees the rows gone', async () => {
    const a = getDb();
    const b = new RecouvraDb(`test-b-${crypto.randomUUID()}`);
    try {
      await enableTeamMode(a, 'ws-aaaaaaaa');
      await enableTeamMode(b, 'ws-bbbbbbbb');
      const server = new FakeSyncServer();
      const engineA = engineFor(a, server).engine;
      const engineB = engineFor(b, server, 'Paul Durand').engine;
      await commitOn(a, '2026-10-31', OCTOBER);
      await engineA.syncOnce();
      const october = await dumpTables(a, LEDGER);
      const november = await commitOn(a, '2026-11-30', NOVEMBER);
      await engineA.syncOnce();
      await engineB.syncOnce();
      expect((await b.imports.toArray()).map((r) => r.asOfDate).sort()).toEqual([
        '2026-10-31',
        '2026-11-30',
      ]);

      const context = { db: a, teamMode: true, engine: engineA, transport: server.transport() };
      await undoImportWith(context, november.id, 'Julie Martin');
      expect(server.undoRequests).toEqual([`import-${november.id}`]);
      // October's import is back, undoable again, exactly as before November.
      expect(await dumpTables(a, LEDGER)).toEqual(october);
      // Nothing of the restored rows waits to be sent: only the workstation's audit entry.
      const pending = await outboxEntries(a);
      expect(pending.map((e) => [e.table, e.op])).toEqual([['audit', 'put']]);
      expect(pending[0]?.fields).toMatchObject({ action: 'import-undo', entityId: november.id });
      // November's own audit entry stays: the log does not unsay the import.
      expect(await a.audit.where('action').equals('import').count()).toBe(2);

      await engineA.syncOnce();
      await engineB.syncOnce();
      expect(await dumpTables(b, LEDGER)).toEqual(october);
      expect(await b.audit.where('action').equals('import-undo').count()).toBe(1);
    } finally {
      await b.delete();
    }
  });

  it('shows the server’s sentence when a colleague changed a row of the import since, and changes nothing', async () => {
    const a = getDb();
    const b = new RecouvraDb(`test-b-${crypto.randomUUID()}`);
    try {
      await enableTeamMode(a, 'ws-aaaaaaaa');
      await enableTeamMode(b, 'ws-bbbbbbbb');
      const server = new FakeSyncServer();
      const engineA = engineFor(a, server).engine;
      const engineB = engineFor(b, server, 'Paul Durand').engine;
      const record = await commitOn(a, '2026-10-31', OCTOBER);
      await engineA.syncOnce();
      await engineB.syncOnce();
      const alpha = await b.debtors.where('accountNo').equals('C001').first();
      await b.debtors.update(alpha?.id ?? '', { city: 'Brest' });
      await engineB.syncOnce();
      const before = await dumpTables(a, [...LEDGER, 'audit']);

      const context = { db: a, teamMode: true, engine: engineA, transport: server.transport() };
      await expect(undoImportWith(context, record.id, 'Julie Martin')).rejects.toThrow(
        '1 fiche(s) de cet import ont été modifiées depuis\u00a0: l’import ne peut plus être annulé d’un bloc.',
      );
      expect(await dumpTables(a, [...LEDGER, 'audit'])).toEqual(before);
      expect(await a.outbox.count()).toBe(0);
      expect(server.importRuns[0]?.state).toBe('applied');
    } finally {
      await b.delete();
    }
  });

  it('refuses offline once the server has the import; an import still in the outbox is undone here', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server);
    const sent = await commitOn(db, '2026-10-31', OCTOBER);
    await engine.syncOnce();
    const october = await dumpTables(db, LEDGER);

    server.offline = true;
    const context = { db, teamMode: true, engine, transport: server.transport() };
    await expect(undoImportWith(context, sent.id, 'Julie Martin')).rejects.toThrow(
      SHARED_UNDO_OFFLINE,
    );
    await expect(
      undoImportWith({ ...context, engine: null, transport: null }, sent.id, 'Julie Martin'),
    ).rejects.toThrow(SHARED_UNDO_OFFLINE);
    expect(await dumpTables(db, LEDGER)).toEqual(october);
    expect(server.undoRequests).toEqual([]);

    // November, imported offline, never reached the server: the workstation undoes it itself.
    const waiting = await commitOn(db, '2026-11-30', NOVEMBER);
    await undoImportWith(context, waiting.id, 'Julie Martin');
    expect(await dumpTables(db, LEDGER)).toEqual(october);
    const txs = new Set((await outboxEntries(db)).map((e) => e.tx));
    expect(txs.has(`import-${waiting.id}`)).toBe(true);
    expect(txs.size).toBe(2);
    // Back online, the import and its undo are sent in order: the server ends as this ledger.
    server.offline = false;
    await engine.syncOnce();
    expect(await db.outbox.count()).toBe(0);
    for (const table of ['debtors', 'invoices', 'imports'] as const) {
      expect(server.tableRows(table)).toEqual(
        (await db.table(table).toArray()).sort((x, y) => String(x.id).localeCompare(String(y.id))),
      );
    }
  });

  it('keeps an import refused while another runs, says why on the import, and sends it when the other is done', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const record = await commitOn(db, '2026-10-31', OCTOBER);
    const pending = await db.outbox.count();
    const server = new FakeSyncServer();
    const running =
      'Un import est déjà en cours, lancé par Paul Durand aujourd’hui à 10 h 42. Réessayez quand il sera terminé.';
    server.importRunning = running;
    const { engine, refusals } = engineFor(db, server);
    await expect(engine.push()).rejects.toThrow(running);
    expect(await readImportOutcomes(db)).toEqual([
      expect.objectContaining({
        importId: record.id,
        fileName: 'balance-2026-10-31.xlsx',
        asOfDate: '2026-10-31',
        state: 'waiting',
        reason: running,
      }),
    ]);
    expect(await db.outbox.count()).toBe(pending);
    expect(await db.imports.count()).toBe(1);
    expect(refusals).toEqual([]);

    server.importRunning = null;
    await engine.push();
    expect(await db.outbox.count()).toBe(0);
    expect(await readImportOutcomes(db)).toEqual([]);
    expect(server.tableRows('imports').map((r) => r.id)).toEqual([record.id]);
  });

  it('rolls back an import refused for good with the later changes of its rows, keeps the others, and leaves no seq gap', async () => {
    const db = getDb();
    await db.debtors.add(debtor('before'));
    await enableTeamMode(db);
    const record = await commitOn(db, '2026-10-31', OCTOBER);
    const alpha = await db.debtors.where('accountNo').equals('C001').first();
    await db.debtors.update(alpha?.id ?? '', { city: 'Brest' });
    await db.debtors.update('before', { city: 'Rennes' });
    const server = new FakeSyncServer();
    const reason = 'Un import ne peut pas modifier un fait déjà enregistré (appel, note, journal).';
    server.refuseNextBulk = reason;
    const { engine, refusals } = engineFor(db, server);
    await engine.push();

    expect(refusals).toEqual([
      expect.objectContaining({ reason, importTx: `import-${record.id}` }),
    ]);
    expect(await readImportOutcomes(db)).toEqual([
      expect.objectContaining({ importId: record.id, state: 'refused', reason }),
    ]);
    for (const table of ['invoices', 'imports', 'importJournals', 'snapshots', 'audit']) {
      expect(await db.table(table).count()).toBe(0);
    }
    expect((await db.debtors.toArray()).map((d) => [d.id, d.city])).toEqual([['before', 'Rennes']]);
    // The kept change took the first seq the server had not received, and was sent at once.
    expect(await db.outbox.count()).toBe(0);
    expect(server.pushes.map((p) => p.mutations.map((m) => [m.seq, m.key]))).toEqual([
      [[1, 'before']],
    ]);
    expect((await db.syncState.get(SYNC_STATE_KEYS.nextSeq))?.value).toBe(2);
    expect(server.tableRows('debtors')).toEqual([{ id: 'before', city: 'Rennes' }]);
  });

  it('a seeding refused to a lecture seule account takes no row off the workstation', async () => {
    const db = getDb();
    await db.debtors.bulkAdd([debtor('a'), debtor('b')]);
    await enableTeamMode(db);
    await seedServerFromLedger(db);
    const server = new FakeSyncServer();
    server.readOnly = true;
    const { engine, refusals } = engineFor(db, server);
    await engine.push();
    expect(refusals).toHaveLength(1);
    expect(await db.debtors.count()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });
});
