/**
 * An import sent to the server before its local commit (data/sync/earlyImports.ts), on real
 * Dexie (fake-indexeddb) against the in-process fake server: the entries handed over are exactly
 * the ones the outbox keeps; the push then confirms the import's seqs instead of sending it
 * again, and does not pull it back; pulls wait while it is written; a failed local commit lets
 * the import come back by pull; a failed early send, or one the server does not know, is sent
 * whole as before.
 */
import { describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/data/clock';
import { RecouvraDb, setDbForTests } from '../../../renderer/src/data/db';
import { importsRepo } from '../../../renderer/src/data/repositories/imports';
import {
  acceptEarlyImports,
  EARLY_IMPORT_PATIENCE_MS,
  EarlyImports,
  handOverImport,
} from '../../../renderer/src/data/sync/earlyImports';
import { SyncEngine } from '../../../renderer/src/data/sync/engine';
import type { IssuedBulk } from '../../../renderer/src/data/sync/outboxMiddleware';
import { lastSeqOf, mutationTexts } from '../../../renderer/src/data/sync/outboxPacks';
import type { ParsedItem } from '../../../renderer/src/domain/import/types';
import { item, NOVEMBER, OCTOBER, request } from '../importRequests';
import { useFreshDb } from '../testDb';
import { countPulledPages, FakeSyncServer } from './fakeServer';
import { debtor, enableTeamMode } from './syncTestDb';

function engineFor(db: RecouvraDb, server: FakeSyncServer) {
  const transport = server.transport();
  const pulled = countPulledPages(transport);
  const engine = new SyncEngine({ db, transport, workstationId: `ws-${db.name}`, clock });
  return { engine, pulled };
}

/** Commits an import on `db`, handing its entries to `onIssued`; what was handed, in order. */
async function importOn(
  db: RecouvraDb,
  asOfDate: string,
  items: ParsedItem[],
  onIssued: (bulk: IssuedBulk) => void = () => {},
) {
  setDbForTests(db);
  const events: string[] = [];
  let issued: IssuedBulk | null = null;
  const { record } = await importsRepo.commit({
    ...request(asOfDate, items),
    onIssued: (bulk) => {
      events.push('issued');
      issued = bulk;
      onIssued(bulk);
    },
  });
  events.push('committed');
  return { record, events, issued: issued as IssuedBulk | null };
}

describe('an import sent before its local commit', () => {
  const getDb = useFreshDb();

  it('hands over, before the commit, exactly the entries the outbox keeps', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const { record, events, issued } = await importOn(db, '2026-10-31', OCTOBER);
    expect(events).toEqual(['issued', 'committed']);
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(issued).toEqual({
      tx: `import-${record.id}`,
      firstSeq: rows[0]?.seq,
      lastSeq: lastSeqOf(rows.at(-1) as (typeof rows)[number]),
      texts: mutationTexts(rows),
      tables: expect.arrayContaining(['debtors', 'invoices', 'imports', 'snapshots', 'audit']),
    });
    // Every write of the import is in it: debtors, items, snapshots, the record, its journal…
    const tables = new Set(
      JSON.parse(`[${issued?.texts.join(',')}]`).map((m: { table: string }) => m.table),
    );
    expect([...tables].sort()).toEqual(
      ['audit', 'debtors', 'importJournals', 'imports', 'invoices', 'mappings', 'snapshots'].sort(),
    );
  });

  it('hands nothing over when older changes wait in the outbox: the server must take them first', async () => {
    const db = getDb();
    await enableTeamMode(db);
    await db.debtors.add(debtor('before'));
    const { events } = await importOn(db, '2026-10-31', OCTOBER);
    expect(events).toEqual(['committed']);
  });

  it('hands nothing over working alone', async () => {
    const db = getDb();
    const { events } = await importOn(db, '2026-10-31', OCTOBER);
    expect(events).toEqual(['committed']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('is applied once by the server: the push confirms its seqs and does not pull it back', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine, pulled } = engineFor(db, server);
    await engine.pull();
    const { record, issued } = await importOn(db, '2026-10-31', OCTOBER, (bulk) =>
      engine.sendEarly(bulk),
    );
    await engine.push();
    expect(server.bulks).toHaveLength(1);
    expect(server.bulks[0]).toMatchObject({ importId: `import-${record.id}`, kind: 'import' });
    expect(server.bulks[0]?.outboxSeqs).toBeUndefined();
    expect(server.confirms).toEqual([
      {
        workstationId: `ws-${db.name}`,
        importId: `import-${record.id}`,
        outboxSeqs: { first: issued?.firstSeq, last: issued?.lastSeq },
      },
    ]);
    expect(await db.outbox.count()).toBe(0);
    pulled.length = 0;
    await engine.pull();
    expect(pulled).toEqual([0]);
    expect(await engine.cursor()).toBe(server.log.length);
    expect(server.tableRows('invoices')).toHaveLength(3);
    // The next change follows the import's seqs.
    await db.debtors.update((await db.debtors.toCollection().first())?.id ?? '', { city: 'Dole' });
    await engine.push();
    expect(server.pushes.at(-1)?.mutations.map((m) => m.seq)).toEqual([(issued?.lastSeq ?? 0) + 1]);
  });

  it('holds pulls while it is written, and lets it come back by pull when the commit fails', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine, pulled } = engineFor(db, server);
    const stopAccepting = acceptEarlyImports(db.name, engine);
    try {
      // The entries an import hands over (read on another ledger), never committed here: as
      // when the local transaction fails after the hand-over.
      const other = new RecouvraDb(`${db.name}-other`);
      await other.open();
      await enableTeamMode(other);
      let forget = () => {};
      await importOn(other, '2026-10-31', OCTOBER, (bulk) => {
        forget = handOverImport(db.name, bulk);
      });
      other.close();
      expect(server.bulks).toHaveLength(1);
      await engine.pull();
      expect(pulled).toEqual([]);
      expect(await db.invoices.count()).toBe(0);
      forget();
      await engine.pull();
      expect(await db.invoices.count()).toBe(3);
      expect(await db.outbox.count()).toBe(0);
    } finally {
      stopAccepting();
    }
  });

  it('is sent whole when the early send failed', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server);
    server.offline = true;
    const { record } = await importOn(db, '2026-10-31', OCTOBER, (bulk) => engine.sendEarly(bulk));
    server.offline = false;
    await engine.push();
    expect(server.confirms).toEqual([]);
    expect(server.bulks.map((b) => [b.importId, b.outboxSeqs])).toEqual([
      [`import-${record.id}`, { first: 1, last: expect.any(Number) }],
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('is sent whole when the server does not know it any more', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server);
    await importOn(db, '2026-10-31', OCTOBER, (bulk) => engine.sendEarly(bulk));
    // Wait for the early answer, then forget the run, as a server restored from a backup would.
    await new Promise((resolve) => setTimeout(resolve, 0));
    server.importRuns.length = 0;
    await engine.push();
    expect(server.confirms).toHaveLength(1);
    expect(server.bulks.map((b) => b.outboxSeqs === undefined)).toEqual([true, false]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a second import handed over is confirmed like the first', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server);
    await importOn(db, '2026-10-31', OCTOBER, (bulk) => engine.sendEarly(bulk));
    await engine.push();
    const { record } = await importOn(
      db,
      '2026-11-30',
      [...NOVEMBER, item('C001', 'F-9', 42_00)],
      (bulk) => engine.sendEarly(bulk),
    );
    await engine.push();
    expect(server.bulks.map((b) => b.importId).at(-1)).toBe(`import-${record.id}`);
    expect(server.confirms).toHaveLength(2);
    expect(server.tableRows('invoices').length).toBeGreaterThanOrEqual(4);
    expect(await db.outbox.count()).toBe(0);
  });

  it('stops waiting for an import pushed already, or whose commit never reported', async () => {
    let now = 0;
    const early = new EarlyImports(
      async () => ({ importId: 'x', applied: 1, cursor: 1 }),
      () => now,
    );
    const bulk = { tx: 'import-a', firstSeq: 1, lastSeq: 2, texts: [], tables: [] };
    early.add(bulk);
    expect(early.pending).toBe(true);
    early.done('import-a');
    // The hand-over arrives after the push: nothing to wait for.
    early.add(bulk);
    expect(early.pending).toBe(false);
    early.add({ ...bulk, tx: 'import-b' });
    now = EARLY_IMPORT_PATIENCE_MS + 1;
    expect(early.pending).toBe(false);
  });

  it('leaves pulls free when the confirmation is refused', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine, pulled } = engineFor(db, server);
    await importOn(db, '2026-10-31', OCTOBER, (bulk) => engine.sendEarly(bulk));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The account became lecture seule meanwhile: the push is refused and rolled back here.
    server.readOnly = true;
    await engine.push();
    expect(await db.invoices.count()).toBe(0);
    server.readOnly = false;
    pulled.length = 0;
    await engine.pull();
    // The import the server took comes back.
    expect(pulled.length).toBeGreaterThan(0);
    expect(await db.invoices.count()).toBe(3);
  });
});
