/**
 * The sync engine against an in-process fake of the protocol (fakeServer.ts) and real Dexie on
 * fake-indexeddb: batches in sequence order, bulk for big transactions, idempotent replays,
 * refusals rolled back, paged pulls with pending changes kept on top, backoff while offline,
 * the live channel, and two workstations converging.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PUSH_MUTATIONS } from '../../../contracts/sync';
import { clock } from '../../../renderer/src/data/clock';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { type Refusal, SyncEngine } from '../../../renderer/src/data/sync/engine';
import { tagTransaction } from '../../../renderer/src/data/sync/outboxMiddleware';
import { SYNC_STATE_KEYS } from '../../../renderer/src/data/sync/outboxTypes';
import type { SyncTransport } from '../../../renderer/src/data/sync/transport';
import { keysWrittenSince, writeGeneration } from '../../../renderer/src/data/writeGeneration';
import type { PaymentPromise } from '../../../renderer/src/domain/model';
import { useFreshDb } from '../testDb';
import { countPulledPages, FakeSyncServer } from './fakeServer';
import { debtor, enableTeamMode } from './syncTestDb';

function engineFor(
  db: RecouvraDb,
  transport: SyncTransport,
  extra: Partial<ConstructorParameters<typeof SyncEngine>[0]> = {},
) {
  const refusals: Refusal[] = [];
  const engine = new SyncEngine({
    db,
    transport,
    workstationId: `ws-${db.name}`,
    clock,
    onRefused: (refusal) => refusals.push(refusal),
    ...extra,
  });
  return { engine, refusals };
}

const promise = (overrides: Partial<PaymentPromise> = {}): PaymentPromise => ({
  id: 'p1',
  debtorId: 'd1',
  kind: 'promise',
  invoiceIds: [],
  createdAt: '2026-11-20T10:00:00.000Z',
  installments: [],
  status: 'active',
  ...overrides,
});

describe('sync engine', () => {
  const getDb = useFreshDb();

  it('pushes in sequence order, in batches of at most MAX_PUSH_MUTATIONS, then empties the outbox', async () => {
    const db = getDb();
    await enableTeamMode(db);
    for (let t = 0; t < 3; t++) {
      await db.debtors.bulkAdd(
        Array.from({ length: 400 }, (_, i) => debtor(`t${t}-${String(i).padStart(3, '0')}`)),
      );
    }
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server.transport());
    await engine.push();
    expect(server.pushes.map((p) => p.mutations.length)).toEqual([500, 500, 200]);
    const seqs = server.pushes.flatMap((p) => p.mutations.map((m) => m.seq));
    expect(seqs).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(server.bulks).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(server.tableRows('debtors')).toHaveLength(1200);
  });

  it('sends a transaction larger than a push (an import) as one bulk request', async () => {
    const db = getDb();
    await enableTeamMode(db);
    await db.debtors.add(debtor('before'));
    await db.debtors.bulkAdd(
      Array.from({ length: MAX_PUSH_MUTATIONS + 100 }, (_, i) => debtor(`imp-${i}`)),
    );
    await db.debtors.update('before', { city: 'Rennes' });
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server.transport());
    await engine.push();
    expect(server.pushes.map((p) => p.mutations.map((m) => m.seq))).toEqual([[1], [602]]);
    expect(server.bulks).toHaveLength(1);
    expect(server.bulks[0]?.mutations.map((m) => m.seq)).toEqual(
      Array.from({ length: 600 }, (_, i) => i + 2),
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not pull back its own bulk when it held everything before it, and keeps the server’s nulls', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    server.write('debtors', 'kept', debtor('kept', { city: 'Lille' }));
    const transport = server.transport();
    const pulled = countPulledPages(transport);
    const { engine } = engineFor(db, transport);
    await engine.pull();
    // An import: 600 new debtors, and one whose city the file no longer gives.
    await db.transaction('rw', db.debtors, async (tx) => {
      tagTransaction(tx.idbtrans, 'import-novembre');
      await db.debtors.bulkAdd(Array.from({ length: 600 }, (_, i) => debtor(`imp-${i}`)));
      await db.debtors.put(debtor('kept'));
    });
    pulled.length = 0;
    await engine.push();
    await engine.pull();
    expect(pulled).toEqual([0]);
    expect(await engine.cursor()).toBe(server.log.length);
    // The server keeps the removed city as null: so does the replica.
    expect(await db.debtors.get('kept')).toEqual({ ...debtor('kept'), city: null });
    expect(await db.debtors.count()).toBe(601);
  });

  it('pulls its own bulk back when a colleague’s change came before it', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server.transport());
    await db.transaction('rw', db.debtors, async (tx) => {
      tagTransaction(tx.idbtrans, 'import-novembre');
      await db.debtors.bulkAdd(Array.from({ length: 600 }, (_, i) => debtor(`imp-${i}`)));
    });
    server.write('debtors', 'imp-3', debtor('imp-3', { city: 'Metz' }));
    await engine.push();
    // Not moved past the bulk: the colleague's change is pulled, then the bulk's rows over it.
    expect(await engine.cursor()).toBe(0);
    await engine.pull();
    expect(await engine.cursor()).toBe(601);
    expect(await db.debtors.get('imp-3')).toEqual(debtor('imp-3', { city: 'Metz' }));
  });

  it('pushes the changes before an import, the import as one bulk from its packs, then the ones after', async () => {
    const db = getDb();
    await enableTeamMode(db);
    await db.debtors.add(debtor('before'));
    await db.transaction('rw', db.debtors, async (tx) => {
      tagTransaction(tx.idbtrans, 'import-decembre');
      await db.debtors.bulkAdd(Array.from({ length: 2500 }, (_, i) => debtor(`imp-${i}`)));
    });
    await db.debtors.update('before', { city: 'Rennes' });
    const server = new FakeSyncServer();
    const { engine } = engineFor(db, server.transport());
    await engine.push();
    expect(server.pushes.map((p) => p.mutations.map((m) => m.seq))).toEqual([[1], [2502]]);
    expect(server.bulks.map((b) => [b.importId, b.mutations.length])).toEqual([
      ['import-decembre', 2500],
    ]);
    expect(server.bulks[0]?.mutations.map((m) => m.seq)).toEqual(
      Array.from({ length: 2500 }, (_, i) => i + 2),
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it('never applies a change twice when a response is lost, and never loses one', async () => {
    const db = getDb();
    await enableTeamMode(db);
    await db.debtors.add(debtor('d1'));
    await db.debtors.update('d1', { city: 'Lille' });
    const server = new FakeSyncServer();
    server.loseNextResponse = true;
    const { engine } = engineFor(db, server.transport());
    await expect(engine.push()).rejects.toThrow('Serveur injoignable');
    // Applied on the server, but the workstation does not know: the entries stay.
    expect(await db.outbox.count()).toBe(2);
    await db.debtors.update('d1', { city: 'Douai' });
    await engine.push();
    expect(await db.outbox.count()).toBe(0);
    expect(server.log.map((c) => c.row?.city ?? null)).toEqual([null, 'Lille', 'Douai']);
    expect(server.pushes[1]?.mutations.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('puts the server’s row back and gives the French reason when a change is refused', async () => {
    const db = getDb();
    const server = new FakeSyncServer();
    server.write('promises', 'p1', { ...promise() });
    await enableTeamMode(db);
    const { engine, refusals } = engineFor(db, server.transport());
    await engine.pull();
    // A colleague settles the promise while this workstation breaks it.
    server.write('promises', 'p1', { ...promise({ status: 'kept' }) }, 'Julie Martin');
    await db.promises.update('p1', { status: 'broken' });
    await engine.push();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.reason).toBe('Cette promesse a déjà été constatée kept par Julie Martin.');
    expect((await db.promises.get('p1'))?.status).toBe('kept');
    expect(await db.outbox.count()).toBe(0);
  });

  it('pulls page by page, saving the cursor with each page and writing no outbox entry', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    for (let i = 0; i < 7; i++) server.write('debtors', `d${i}`, debtor(`d${i}`));
    server.write('debtors', 'd3', null);
    server.pageSize = 3;
    const { engine } = engineFor(db, server.transport());
    await engine.pull();
    expect((await db.debtors.toArray()).map((d) => d.id).sort()).toEqual([
      'd0',
      'd1',
      'd2',
      'd4',
      'd5',
      'd6',
    ]);
    expect((await db.syncState.get(SYNC_STATE_KEYS.cursor))?.value).toBe(8);
    expect(await db.outbox.count()).toBe(0);
  });

  it('gathers pages before writing, and leaves alone the rows it already holds as pulled', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    for (let i = 0; i < 7; i++) server.write('debtors', `d${i}`, debtor(`d${i}`));
    server.pageSize = 3;
    const { engine } = engineFor(db, server.transport());
    const cursorWrites: unknown[] = [];
    const onCursor = (key: string, value: { value?: unknown }) => {
      if (key === SYNC_STATE_KEYS.cursor) cursorWrites.push(value.value);
    };
    db.syncState.hook('creating', (key, row) => onCursor(key, row));
    db.syncState.hook('updating', (changes, key) => onCursor(key, changes));
    await engine.pull();
    // Three pages, one transaction: the cursor is written once, at the last page's.
    expect(cursorWrites).toEqual([7]);
    expect(await db.debtors.count()).toBe(7);

    // A change of one debtor, and the others sent again as they are (its own import coming back
    // to a workstation): only the changed row is written.
    server.write('debtors', 'd2', debtor('d2', { city: 'Metz' }));
    for (const id of ['d0', 'd1', 'd4']) server.write('debtors', id, debtor(id));
    const since = writeGeneration();
    await engine.pull();
    expect(keysWrittenSince(db, 'debtors', since)).toEqual(new Set(['d2']));
    expect(await db.debtors.get('d2')).toMatchObject({ city: 'Metz' });
    expect(cursorWrites.at(-1)).toBe(11);
  });

  it('fetches the next changes while it writes the ones it has', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    for (let i = 0; i < 7; i++) server.write('debtors', `d${i}`, debtor(`d${i}`));
    server.pageSize = 3;
    const events: string[] = [];
    const transport = server.transport();
    const pull = transport.pull;
    transport.pull = (after, limit) => {
      events.push(`fetch after ${after}`);
      return pull(after, limit);
    };
    db.syncState.hook('updating', (changes, key) => {
      if (key === SYNC_STATE_KEYS.cursor)
        events.push(`write ${(changes as { value: number }).value}`);
    });
    db.syncState.hook('creating', (key, row) => {
      if (key === SYNC_STATE_KEYS.cursor) events.push(`write ${(row as { value: number }).value}`);
    });
    const { engine } = engineFor(db, transport, { pullWriteChanges: 3 });
    await engine.pull();
    // Each batch's fetch is asked for before the previous batch is written.
    expect(events).toEqual([
      'fetch after 0',
      'fetch after 3',
      'write 3',
      'fetch after 6',
      'write 6',
      'write 7',
    ]);
    expect(await db.debtors.count()).toBe(7);
  });

  it('keeps pending local changes on top of pulled rows', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    server.write('debtors', 'd1', debtor('d1'));
    const { engine } = engineFor(db, server.transport());
    await engine.pull();
    server.offline = true;
    await db.debtors.update('d1', { notes: 'Rappeler lundi' });
    server.offline = false;
    server.write('debtors', 'd1', debtor('d1', { city: 'Metz' }));
    await engine.pull();
    expect(await db.debtors.get('d1')).toMatchObject({ city: 'Metz', notes: 'Rappeler lundi' });
    await engine.syncOnce();
    expect(server.tableRows('debtors')[0]).toMatchObject({ city: 'Metz', notes: 'Rappeler lundi' });
  });

  it('retries with growing delays while offline, then sends everything once', async () => {
    const db = getDb();
    await enableTeamMode(db);
    await db.debtors.add(debtor('d1'));
    const server = new FakeSyncServer();
    server.offline = true;
    const waits: number[] = [];
    let done: () => void = () => {};
    const synced = new Promise<void>((resolve) => {
      done = resolve;
    });
    // The live channel waits quietly here: only the sync loop's delays are recorded.
    const transport: SyncTransport = {
      ...server.transport(),
      events: (_onEvent, signal) =>
        new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
    };
    const { engine } = engineFor(db, transport, {
      wait: async (ms, signal) => {
        if (signal.aborted) return;
        waits.push(ms);
        if (waits.length === 3) server.offline = false;
        // The idle wait after a successful sync: the test is over.
        if (ms === 30_000) done();
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    engine.start();
    await synced;
    engine.stop();
    expect(waits).toEqual([1000, 2000, 5000, 30_000]);
    expect(engine.getStatus()).toMatchObject({ online: true, error: null });
    expect(await db.outbox.count()).toBe(0);
    expect(server.pushes).toHaveLength(1);
  });

  it('pulls when the live channel announces changes', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const server = new FakeSyncServer();
    const idle = new Set<() => void>();
    const { engine } = engineFor(db, server.transport(), {
      // Idle waits last until woken; backoff waits are immediate.
      wait: (ms, signal) =>
        new Promise((resolve) => {
          if (ms !== 30_000 || signal.aborted) return resolve();
          const wake = () => resolve();
          idle.add(wake);
          signal.addEventListener('abort', wake);
        }),
    });
    engine.start();
    await expect.poll(() => engine.getStatus().online).toBe(true);
    server.write('debtors', 'd1', debtor('d1', { name: 'Nouveau' }));
    await expect.poll(() => db.debtors.get('d1').then((d) => d?.name)).toBe('Nouveau');
    engine.stop();
  });

  it('two workstations edit offline, reconnect, and converge on the server’s state', async () => {
    const a = getDb();
    const b = new RecouvraDb(`test-b-${crypto.randomUUID()}`);
    try {
      await enableTeamMode(a, 'ws-aaaaaaaa');
      await enableTeamMode(b, 'ws-bbbbbbbb');
      const server = new FakeSyncServer();
      const engineA = engineFor(a, server.transport('Julie Martin')).engine;
      const engineB = engineFor(b, server.transport('Paul Durand')).engine;
      await a.debtors.bulkAdd([debtor('d1'), debtor('d2')]);
      await engineA.syncOnce();
      await engineB.syncOnce();
      // Offline on both: different fields of d1, the same field of d2, a call note each.
      await a.debtors.update('d1', { city: 'Angers' });
      await b.debtors.update('d1', { notes: 'Litige possible' });
      await a.debtors.update('d2', { assignee: 'Julie' });
      await b.debtors.update('d2', { assignee: 'Paul' });
      await engineA.syncOnce();
      await engineB.syncOnce();
      await engineA.syncOnce();
      const serverDebtors = server.tableRows('debtors');
      expect(serverDebtors[0]).toMatchObject({ city: 'Angers', notes: 'Litige possible' });
      // Later in server order wins: B pushed after A.
      expect(serverDebtors[1]).toMatchObject({ assignee: 'Paul' });
      for (const db of [a, b]) {
        expect(await db.debtors.orderBy('id').toArray()).toEqual(serverDebtors);
        expect(await db.outbox.count()).toBe(0);
      }
    } finally {
      await b.delete();
    }
  });

  it('undoes every pending change when the account may not write, and says why once', async () => {
    const db = getDb();
    await db.debtors.add(debtor('d1', { city: 'Lyon' }));
    await enableTeamMode(db);
    await db.debtors.update('d1', { city: 'Paris', siren: '552100554' });
    await db.debtors.add(debtor('d2'));
    await db.debtors.delete('d1');
    const server = new FakeSyncServer();
    server.readOnly = true;
    const { engine, refusals } = engineFor(db, server.transport());
    await engine.push();
    expect(await db.debtors.get('d1')).toEqual(debtor('d1', { city: 'Lyon' }));
    expect(await db.debtors.get('d2')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.reason).toContain('lecture seule');
    expect(server.log).toEqual([]);
  });
});
