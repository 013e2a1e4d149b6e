import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkResponse, Mutation, UndoImportResponse } from '../../contracts/sync.ts';
import { buildApp } from '../../server/src/app.ts';
import { DEFAULT_CONFIG } from '../../server/src/config.ts';
import { migrate } from '../../server/src/migrate.ts';
import { type PgCluster, startPostgres } from './harness/postgres.ts';
import {
  createDatabase,
  type TestServer,
  testServer,
  type Workstation,
} from './harness/testServer.ts';

const AT = '2026-11-30T09:00:00.000Z';

function debtors(prefix: string, n: number, extra: Record<string, unknown> = {}): Mutation[] {
  return Array.from({ length: n }, (_, i) => ({
    seq: i + 1,
    table: 'debtors' as const,
    key: `${prefix}-${i}`,
    op: 'put' as const,
    fields: { id: `${prefix}-${i}`, name: `Débiteur ${i}`, city: 'Lyon', ...extra },
    at: AT,
  }));
}

const bulk = (ws: Workstation, importId: string, mutations: Mutation[], kind?: 'seed') =>
  ws.request<BulkResponse>('POST', '/sync/bulk', {
    workstationId: ws.id,
    importId,
    mutations,
    kind,
  });

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('bulk import on the shared server', () => {
  let server: TestServer;
  let julie: Workstation;
  beforeAll(async () => {
    server = await testServer();
    julie = await server.workstation((await server.account('charge', 'Julie Martin')).login);
  });
  afterAll(() => server.close());

  it('applies an import in one transaction, idempotent by importId, received by pull', async () => {
    const res = await bulk(julie, 'I-1', debtors('B', 2000));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ importId: 'I-1', applied: 2000 });
    const again = await bulk(julie, 'I-1', debtors('B', 2000));
    expect(again.body).toMatchObject({ applied: 2000, cursor: res.body.cursor, duplicate: true });
    const reader = await server.workstation((await server.account('lecture')).login);
    expect(await reader.pullAll(5000)).toBe(2000);
    expect(reader.cursor).toBe(res.body.cursor);
  });

  it('says which change an import follows: a workstation holding everything up to it holds the import', async () => {
    const earlier = await bulk(julie, 'I-after-1', debtors('A1', 3));
    const res = await bulk(julie, 'I-after-2', debtors('A2', 5));
    expect(res.body.after).toBe(earlier.body.cursor);
    // What comes after `after` is the import itself, nothing else.
    const reader = await server.workstation((await server.account('lecture')).login);
    reader.cursor = res.body.after ?? 0;
    expect(await reader.pullAll(5000)).toBe(5);
    expect(reader.cursor).toBe(res.body.cursor);
  });

  it('takes a large local transaction from the outbox and the next push follows it', async () => {
    const paul = await server.workstation((await server.account('charge', 'Paul Roche')).login);
    const first = await paul.push(debtors('P', 3));
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // Outbox seqs 4…603: one local transaction too large for a push.
    const large = debtors('Q', 600).map((m, i) => ({ ...m, seq: 4 + i }));
    const gap = await paul.request('POST', '/sync/bulk', {
      workstationId: paul.id,
      importId: 'tx-gap',
      mutations: large,
      outboxSeqs: { first: 5, last: 603 },
    });
    expect(gap.status).toBe(409);
    const res = await paul.request<BulkResponse>('POST', '/sync/bulk', {
      workstationId: paul.id,
      importId: 'tx-large',
      mutations: large,
      outboxSeqs: { first: 4, last: 603 },
    });
    expect(res.status).toBe(200);
    const next = await paul.push([{ ...debtors('R', 1)[0], seq: 604 } as Mutation]);
    expect(next.status).toBe(200);
    expect(next.body.results[0]?.status).toBe('applied');
  });

  it('takes an import sent before its local commit, then its outbox seqs by a confirmation', async () => {
    const lea = await server.workstation((await server.account('charge', 'Léa Blanc')).login);
    const first = await lea.push(debtors('E', 2));
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // Sent early: no outbox seqs, nothing taken from the push sequence.
    const early = debtors('F', 700).map((m, i) => ({ ...m, seq: 3 + i }));
    const sent = await bulk(lea, 'import-early', early);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ applied: 700 });
    const confirm = (importId: string, first: number, last: number) =>
      lea.request<BulkResponse & { error?: string; message?: string }>(
        'POST',
        '/sync/bulk/confirm',
        { workstationId: lea.id, importId, outboxSeqs: { first, last } },
      );
    // Seqs that do not stand for the 700 mutations it carried are refused, and nothing is taken.
    const mismatch = await confirm('import-early', 3, 703);
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.error).toBe('import_mismatch');
    // The outbox now holds it as seqs 3…702: confirmed, answered as the import it was.
    const confirmed = await confirm('import-early', 3, 702);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      applied: 700,
      cursor: sent.body.cursor,
      duplicate: true,
    });
    // A confirmation sent again (its answer lost) changes nothing; the next push follows.
    expect((await confirm('import-early', 3, 702)).status).toBe(200);
    const next = await lea.push([{ ...debtors('G', 1)[0], seq: 703 } as Mutation]);
    expect(next.body.results[0]?.status).toBe('applied');
    // The whole bulk sent again from the outbox takes nothing twice either.
    const whole = await lea.request<BulkResponse>('POST', '/sync/bulk', {
      workstationId: lea.id,
      importId: 'import-early',
      mutations: early,
      outboxSeqs: { first: 3, last: 702 },
    });
    expect(whole.body).toMatchObject({ duplicate: true, cursor: sent.body.cursor });
    const after = await lea.push([{ ...debtors('G', 2)[1], seq: 704 } as Mutation]);
    expect(after.body.results[0]?.status).toBe('applied');
    // Another bulk cannot stand for seqs already taken.
    const reused = await lea.request<{ error: string }>('POST', '/sync/bulk', {
      workstationId: lea.id,
      importId: 'import-other',
      mutations: early,
      outboxSeqs: { first: 3, last: 702 },
    });
    expect(reused.status).toBe(409);
    expect(reused.body.error).toBe('sequence_gap');

    // An import the server never applied, or another account's, is not confirmed.
    const unknown = await confirm('import-never-sent', 705, 710);
    expect(unknown.status).toBe(409);
    expect(unknown.body).toMatchObject({
      error: 'import_unknown',
      message: 'Cet import n’a pas été reçu par le serveur.',
    });
    const other = await confirm('I-1', 705, 710);
    expect(other.body.error).toBe('import_unknown');
    // Nothing was taken by the refusals: seq 705 is still the next.
    const last = await lea.push([{ ...debtors('G', 3)[2], seq: 705 } as Mutation]);
    expect(last.body.results[0]?.status).toBe('applied');
  });

  it('refuses a second import while one runs, naming who started it', async () => {
    const marc = await server.workstation((await server.account('charge', 'Marc Petit')).login);
    const first = bulk(julie, 'I-big', debtors('C', 40_000));
    await until(async () => {
      const { rows } = await server.pool.query(`SELECT 1 FROM import_runs WHERE state = 'running'`);
      return rows.length > 0;
    });
    const second = await bulk(marc, 'I-other', debtors('M', 10));
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      error: 'import_running',
      message: expect.stringMatching(
        /^Un import est déjà en cours, lancé par Julie Martin à \d\d\u00a0h\u00a0\d\d\./,
      ),
    });
    expect((await first).status).toBe(200);
    const { rows } = await server.pool.query(
      `SELECT count(*)::int AS n FROM rows WHERE key LIKE 'M-%'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('undoes the latest import only, restoring the rows as they were', async () => {
    const ws = julie;
    await bulk(ws, 'I-u1', debtors('U', 3, { city: 'Paris' }));
    const second = await bulk(ws, 'I-u2', [
      ...debtors('U', 2, { city: 'Nantes' }),
      {
        seq: 3,
        table: 'debtors',
        key: 'U-new',
        op: 'put',
        fields: { id: 'U-new', name: 'Nouveau' },
        at: AT,
      },
    ]);
    expect(second.body.applied).toBe(3);
    expect((await ws.request('POST', '/sync/imports/I-u1/undo')).status).toBe(409);
    const undo = await ws.request<{ undone: number }>('POST', '/sync/imports/I-u2/undo');
    expect(undo.status).toBe(200);
    const { rows } = await server.pool.query(
      `SELECT key, row->>'city' AS city FROM rows WHERE key LIKE 'U-%' AND row IS NOT NULL ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'U-0', city: 'Paris' },
      { key: 'U-1', city: 'Paris' },
      { key: 'U-2', city: 'Paris' },
    ]);
    const again = await ws.request<{ message: string }>('POST', '/sync/imports/I-u2/undo');
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Cet import a déjà été annulé.');
  });

  it('refuses to undo an import whose rows changed since, and changes nothing', async () => {
    await bulk(julie, 'I-v1', debtors('V', 2, { city: 'Lille' }));
    const edit = julie.mutation('debtors', 'V-1', { city: 'Brest' }, { city: 'Lille' });
    expect((await julie.push([edit])).body.results[0]?.status).toBe('applied');
    const undo = await julie.request<{ error: string; message: string }>(
      'POST',
      '/sync/imports/I-v1/undo',
    );
    expect(undo.status).toBe(409);
    expect(undo.body.error).toBe('import_changed_since');
    expect(undo.body.message).toMatch(/^1 fiche\(s\) de cet import ont été modifiées depuis/);
    const { rows } = await server.pool.query(
      `SELECT key, row->>'city' AS city FROM rows WHERE key LIKE 'V-%' ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'V-0', city: 'Lille' },
      { key: 'V-1', city: 'Brest' },
    ]);
  });

  it('keeps the import’s audit entry when it undoes the import: the log does not unsay it', async () => {
    const undone = await bulk(julie, 'I-w1', [
      ...debtors('W', 1),
      {
        seq: 2,
        table: 'audit',
        key: 'A-w1',
        op: 'put',
        fields: { id: 'A-w1', at: AT, by: 'Julie Martin', action: 'import' },
        at: AT,
      },
    ]);
    expect(undone.body.applied).toBe(2);
    const undo = await julie.request<UndoImportResponse>('POST', '/sync/imports/I-w1/undo');
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ importId: 'I-w1', undone: 1 });
    const { rows } = await server.pool.query(
      `SELECT tbl, key, row IS NOT NULL AS present FROM rows WHERE key IN ('W-0', 'A-w1') ORDER BY key`,
    );
    expect(rows).toEqual([
      { tbl: 'audit', key: 'A-w1', present: true },
      { tbl: 'debtors', key: 'W-0', present: false },
    ]);
  });

  it('seeds only an empty server, and only by an administrator', async () => {
    const admin = await server.workstation((await server.account('administrateur')).login);
    expect((await bulk(julie, 'S-1', debtors('S', 1), 'seed')).status).toBe(403);
    const refused = await bulk(admin, 'S-1', debtors('S', 1), 'seed');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'ledger_not_empty' });
  });
});

describe('seeding a new server', () => {
  it('takes a whole workstation ledger on an empty server, from an administrator', async () => {
    const fresh = await testServer();
    try {
      const admin = await fresh.workstation((await fresh.account('administrateur')).login);
      const ledger: Mutation[] = [
        ...debtors('S', 3),
        {
          seq: 4,
          table: 'promises',
          key: 'P-s',
          op: 'put',
          fields: { id: 'P-s', status: 'kept' },
          at: AT,
        },
        {
          seq: 5,
          table: 'settings',
          key: 'creditor',
          op: 'put',
          fields: { key: 'creditor', value: { name: 'ACME' } },
          at: AT,
        },
      ];
      const seeded = await bulk(admin, 'seed-1', ledger, 'seed');
      expect(seeded.status).toBe(200);
      expect(seeded.body.applied).toBe(5);
      const reader = await fresh.workstation((await fresh.account('lecture')).login);
      await reader.pullAll();
      expect(reader.replica.get('settings/creditor')).toEqual({
        key: 'creditor',
        value: { name: 'ACME' },
      });
      expect(reader.replica.size).toBe(5);
    } finally {
      await fresh.close();
    }
  });
});

describe('PostgreSQL stopped in the middle of an import', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(() => cluster.destroy());

  it('keeps nothing of it after the restart (all or nothing), and the retry applies it whole', async () => {
    const databaseUrl = await createDatabase(cluster.host, cluster.port);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    pool.on('error', () => {});
    await migrate(pool);
    const app = buildApp(DEFAULT_CONFIG, pool);
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { createAccount } = await import('../../server/src/accounts.ts');
      await createAccount(
        pool,
        {
          login: 'julie',
          displayName: 'Julie Martin',
          role: 'charge',
          password: 'correct horse battery staple',
        },
        null,
      );
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const { Workstation } = await import('./harness/testServer.ts');
      const ws = await Workstation.signIn(url, 'julie', 'ws-crash-import');
      const mutations = debtors('X', 60_000);

      const watcher = new pg.Client({ connectionString: databaseUrl });
      await watcher.connect();
      const inFlight = bulk(ws, 'I-crash', mutations).catch((error: Error) => ({
        status: 0,
        error,
      }));
      // Wait until the import's transaction has written (it holds a transaction id), then crash.
      await until(async () => {
        const { rows } = await watcher.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`,
        );
        return rows.length > 0;
      });
      await watcher.end().catch(() => {});
      cluster.stop('immediate');
      const outcome = await inFlight;
      expect(outcome.status).not.toBe(200);
      cluster.start();

      const check = new pg.Client({ connectionString: databaseUrl });
      await check.connect();
      const counts = await check.query(
        `SELECT (SELECT count(*)::int FROM rows WHERE row IS NOT NULL) AS rows,
                (SELECT count(*)::int FROM changes) AS changes,
                (SELECT count(*)::int FROM import_runs WHERE state = 'applied') AS imports`,
      );
      expect(counts.rows[0]).toEqual({ rows: 0, changes: 0, imports: 0 });

      // The server survives the outage: the workstation retries the same import, whole.
      let retry = await bulk(ws, 'I-crash', mutations).catch(() => null);
      for (let i = 0; i < 5 && retry?.status !== 200; i += 1) {
        await new Promise((r) => setTimeout(r, 300));
        retry = await bulk(ws, 'I-crash', mutations).catch(() => null);
      }
      expect(retry?.status).toBe(200);
      const after = await check.query(`SELECT count(*)::int AS n FROM rows WHERE row IS NOT NULL`);
      expect(after.rows[0].n).toBe(60_000);
      await check.end();
    } finally {
      await app.close();
      await pool.end().catch(() => {});
    }
  });
});
