/**
 * What a bulk import writes in the ledger, change by change: prev_row (the import undo reads
 * it), rows, field history, the append rule, the validation of the request, and pushes that
 * arrive while an import runs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BulkResponse,
  type ChecksumResponse,
  type FieldHistoryEntry,
  type Mutation,
  type PullResponse,
  SYNCED_TABLES,
} from '../../contracts/sync.ts';
import { tableChecksums } from '../../server/src/checksum.ts';
import { compactJson } from '../../server/src/pull.ts';
import { type TestServer, testServer, type Workstation } from './harness/testServer.ts';

const AT = '2026-11-30T09:00:00.000Z';

let server: TestServer;
let julie: Workstation;
beforeAll(async () => {
  server = await testServer();
  julie = await server.workstation((await server.account('charge', 'Julie Martin')).login);
});
afterAll(() => server.close());

/** Numbers the mutations 1…n, as the workstation does for a bulk. */
const numbered = (mutations: Omit<Mutation, 'seq' | 'at'>[]): Mutation[] =>
  mutations.map((m, i) => ({ ...m, seq: i + 1, at: AT }));

const bulk = (ws: Workstation, importId: string, mutations: Mutation[]) =>
  ws.request<BulkResponse & { error?: string; message?: string }>('POST', '/sync/bulk', {
    workstationId: ws.id,
    importId,
    mutations,
  });

const changesOf = async (importId: string) =>
  (
    await server.pool.query<{ key: string; op: string; row: unknown; prev_row: unknown }>(
      `SELECT key, op, row, prev_row FROM changes WHERE import_id = $1 ORDER BY server_seq`,
      [importId],
    )
  ).rows;

const rowOf = async (table: string, key: string) =>
  (
    await server.pool.query<{ row: unknown; server_seq: string }>(
      'SELECT row, server_seq FROM rows WHERE tbl = $1 AND key = $2',
      [table, key],
    )
  ).rows[0];

describe('changes written by an import', () => {
  it('keeps each change’s previous row, a row changed twice included, and undoes them all', async () => {
    const first = await bulk(
      julie,
      'L-1',
      numbered([
        { table: 'debtors', key: 'L-A', op: 'put', fields: { id: 'L-A', name: 'A', city: 'Lyon' } },
        { table: 'debtors', key: 'L-B', op: 'put', fields: { id: 'L-B', name: 'B' } },
      ]),
    );
    expect(first.body.applied).toBe(2);
    const second = await bulk(
      julie,
      'L-2',
      numbered([
        { table: 'debtors', key: 'L-A', op: 'put', fields: { city: 'Paris' } },
        { table: 'debtors', key: 'L-A', op: 'put', fields: { city: 'Nice' } },
        { table: 'debtors', key: 'L-B', op: 'delete' },
        { table: 'debtors', key: 'L-C', op: 'put', fields: { id: 'L-C', name: 'C' } },
        { table: 'debtors', key: 'L-C', op: 'delete' },
        // Already true: not written.
        { table: 'debtors', key: 'L-A', op: 'put', fields: { name: 'A' } },
      ]),
    );
    expect(second.status).toBe(200);
    expect(second.body.applied).toBe(5);
    expect(await changesOf('L-2')).toEqual([
      {
        key: 'L-A',
        op: 'put',
        row: { id: 'L-A', name: 'A', city: 'Paris' },
        prev_row: { id: 'L-A', name: 'A', city: 'Lyon' },
      },
      {
        key: 'L-A',
        op: 'put',
        row: { id: 'L-A', name: 'A', city: 'Nice' },
        prev_row: { id: 'L-A', name: 'A', city: 'Paris' },
      },
      { key: 'L-B', op: 'delete', row: null, prev_row: { id: 'L-B', name: 'B' } },
      { key: 'L-C', op: 'put', row: { id: 'L-C', name: 'C' }, prev_row: null },
      { key: 'L-C', op: 'delete', row: null, prev_row: { id: 'L-C', name: 'C' } },
    ]);
    // The rows hold the last value of each, with the server_seq of its last change.
    expect(await rowOf('debtors', 'L-A')).toEqual({
      row: { id: 'L-A', name: 'A', city: 'Nice' },
      server_seq: String(second.body.cursor - 3),
    });
    expect((await rowOf('debtors', 'L-B'))?.row).toBeNull();
    expect(await rowOf('debtors', 'L-C')).toEqual({
      row: null,
      server_seq: String(second.body.cursor),
    });

    const undo = await julie.request<{ undone: number }>('POST', '/sync/imports/L-2/undo');
    expect(undo.status).toBe(200);
    expect(undo.body.undone).toBe(3);
    expect((await rowOf('debtors', 'L-A'))?.row).toEqual({ id: 'L-A', name: 'A', city: 'Lyon' });
    expect((await rowOf('debtors', 'L-B'))?.row).toEqual({ id: 'L-B', name: 'B' });
    expect((await rowOf('debtors', 'L-C'))?.row).toBeNull();
  });

  it('keeps an overwritten value the import had not seen in the field history', async () => {
    await bulk(
      julie,
      'H-1',
      numbered([
        { table: 'debtors', key: 'H-A', op: 'put', fields: { id: 'H-A', phone: '0100000000' } },
      ]),
    );
    const marc = await server.workstation((await server.account('charge', 'Marc Petit')).login);
    const edit = marc.mutation('debtors', 'H-A', { phone: '0200000000' }, { phone: '0100000000' });
    expect((await marc.push([edit])).body.results[0]?.status).toBe('applied');
    const imported = await bulk(
      julie,
      'H-2',
      numbered([
        {
          table: 'debtors',
          key: 'H-A',
          op: 'put',
          fields: { phone: '0300000000', city: 'Metz' },
          base: { phone: '0100000000', city: null },
        },
      ]),
    );
    expect(imported.body.applied).toBe(1);
    const { body } = await marc.request<{ history: FieldHistoryEntry[] }>(
      'GET',
      '/sync/history/debtors/H-A',
    );
    expect(body.history.map((h) => [h.field, h.value, h.newValue, h.overwrittenBy])).toEqual([
      ['phone', '0200000000', '0300000000', 'Julie Martin'],
    ]);
  });

  it('refuses whole an import that changes or deletes a fact, and skips a fact sent again', async () => {
    const call = { id: 'F-1', debtorId: 'H-A', type: 'call', text: 'Appel' };
    const first = await bulk(
      julie,
      'F-1',
      numbered([{ table: 'activities', key: 'F-1', op: 'put', fields: call }]),
    );
    expect(first.body.applied).toBe(1);
    const again = await bulk(
      julie,
      'F-2',
      numbered([
        { table: 'activities', key: 'F-1', op: 'put', fields: call },
        { table: 'debtors', key: 'F-D', op: 'put', fields: { id: 'F-D' } },
      ]),
    );
    expect(again.body.applied).toBe(1);
    for (const [importId, m] of [
      ['F-3', { table: 'activities', key: 'F-1', op: 'put', fields: { ...call, text: 'Autre' } }],
      ['F-4', { table: 'activities', key: 'F-1', op: 'delete' }],
    ] as const) {
      const refused = await bulk(
        julie,
        importId,
        numbered([{ table: 'debtors', key: `${importId}-D`, op: 'put', fields: {} }, m]),
      );
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('import_refused');
      expect(await rowOf('debtors', `${importId}-D`)).toBeUndefined();
    }
    expect((await rowOf('activities', 'F-1'))?.row).toEqual(call);
  });
});

describe('validation of a bulk request', () => {
  const good = { seq: 1, table: 'debtors', key: 'V-1', op: 'put', fields: { id: 'V-1' }, at: AT };

  it('refuses a malformed mutation anywhere in the request, in French', async () => {
    for (const bad of [
      { ...good, table: 'nope' },
      { ...good, seq: 0 },
      { ...good, seq: 1.5 },
      { ...good, key: '' },
      { ...good, key: 'k'.repeat(513) },
      { ...good, op: 'patch' },
      { ...good, fields: ['x'] },
      { ...good, fields: null },
      { ...good, base: 'x' },
      { ...good, at: 'hier' },
      { ...good, at: undefined },
      'x',
      null,
    ]) {
      const res = await julie.request<{ error: string; message: string }>('POST', '/sync/bulk', {
        workstationId: julie.id,
        importId: 'V-bad',
        mutations: [good, { ...good, seq: 2, key: 'V-2' }, bad],
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body).toEqual({
        error: 'bad_request',
        message: 'Import mal formé\u00a0: il a été refusé en entier.',
      });
    }
    expect(await rowOf('debtors', 'V-1')).toBeUndefined();
  });

  it('accepts what the contract accepts: other time zones, keys it does not know', async () => {
    const res = await bulk(julie, 'V-good', [
      good,
      { ...good, seq: 2, key: 'V-2', fields: { id: 'V-2' }, at: '2026-11-30T10:00:00+01:00' },
      { ...good, seq: 3, key: 'V-3', fields: { id: 'V-3' }, extra: true },
    ] as Mutation[]);
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(3);
  });
});

describe('pushes while an import runs', () => {
  it('wait for it, then apply in server order; every replica converges', async () => {
    const colleague = async (name: string) =>
      server.workstation((await server.account('charge', name)).login);
    const paul = await colleague('Paul Roche');
    const anne = await colleague('Anne Vidal');
    const marc = await colleague('Marc Lenoir');
    const keys = Array.from({ length: 30_000 }, (_, i) => `P-${i}`);
    const seeded = await bulk(
      julie,
      'P-seed',
      numbered(
        keys.map((key) => ({
          table: 'debtors',
          key,
          op: 'put',
          fields: { id: key, city: 'Lyon' },
        })),
      ),
    );
    expect(seeded.status).toBe(200);
    const running = bulk(
      julie,
      'P-import',
      numbered([
        ...keys.map((key) => ({
          table: 'debtors' as const,
          key,
          op: 'put' as const,
          fields: { city: 'Paris' },
        })),
        ...keys.map((key) => ({
          table: 'debtors' as const,
          key: `N-${key}`,
          op: 'put' as const,
          fields: { id: `N-${key}`, city: 'Paris' },
        })),
      ]),
    );
    for (;;) {
      const { rows } = await server.pool.query(`SELECT 1 FROM import_runs WHERE state = 'running'`);
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    // A row the import changes, a row it creates, a row it does not touch.
    const pushes = await Promise.all([
      paul.push([paul.mutation('debtors', 'P-7', { phone: '01' }, { phone: null })]),
      anne.push([anne.mutation('debtors', 'N-P-8', { id: 'N-P-8', phone: '02' })]),
      marc.push([marc.mutation('debtors', 'Q-1', { id: 'Q-1', phone: '03' })]),
    ]);
    expect(pushes.map((p) => [p.status, p.body.results.map((r) => r.status)])).toEqual([
      [200, ['applied']],
      [200, ['applied']],
      [200, ['applied']],
    ]);
    const imported = await running;
    expect(imported.status).toBe(200);
    expect(imported.body.applied).toBe(60_000);
    expect((await rowOf('debtors', 'P-7'))?.row).toMatchObject({ city: 'Paris', phone: '01' });
    expect((await rowOf('debtors', 'N-P-8'))?.row).toMatchObject({ city: 'Paris', phone: '02' });

    const reader = await server.workstation((await server.account('lecture')).login);
    await reader.pullAll(5000);
    const { body: sums } = await reader.request<ChecksumResponse>('GET', '/sync/checksum');
    expect(reader.cursor).toBe(sums.cursor);
    const mine = tableChecksums(
      [...reader.replica.entries()].map(([id, row]) => {
        const slash = id.indexOf('/');
        return { table: id.slice(0, slash) as never, key: id.slice(slash + 1), row };
      }),
    );
    for (const table of SYNCED_TABLES) expect(mine[table]).toEqual(sums.tables[table]);
  });
});

describe('pull', () => {
  const legacyPage = async (after: number, limit: number) => {
    // The page as it was written before: rows parsed into objects, the answer JSON.stringify'd.
    const { rows } = await server.pool.query<{
      server_seq: string;
      tbl: string;
      key: string;
      row: unknown;
      by_name: string;
      at: Date;
    }>(
      `SELECT server_seq, tbl, key, row, by_name, at FROM changes
        WHERE entity = 'default' AND server_seq > $1 ORDER BY server_seq LIMIT $2`,
      [after, limit + 1],
    );
    const changes = rows.slice(0, limit).map((r) => ({
      serverSeq: Number(r.server_seq),
      table: r.tbl,
      key: r.key,
      row: r.row,
      by: r.by_name,
      at: r.at.toISOString(),
    }));
    return JSON.stringify({
      changes,
      cursor: changes.at(-1)?.serverSeq ?? after,
      more: rows.length > limit,
    });
  };

  it('answers the same bytes as when it parsed and serialized the rows, page after page', async () => {
    const ws = await server.workstation((await server.account('charge')).login);
    const tricky = {
      id: 'W-1',
      name: 'Société « Ça » "quoted" \\ back\\"slash\nline\ttab \u0001 \u007f \u2028 🧾, a: b',
      'key, with: "separators"': [1, 2.5, -0.125, 0, null, true, { deep: [] }, {}],
      amountCents: 123456789012,
    };
    const res = await ws.push([
      ws.mutation('debtors', 'W-1', tricky),
      ws.mutation('debtors', 'W-2', { id: 'W-2' }),
      ws.mutation('debtors', 'W-2', undefined, undefined, 'delete'),
      ws.mutation('debtors', 'W-3', { id: 'W-3', big: 1e21, small: 1.5e-7 }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    const after = (res.body.results[0] as { serverSeq: number }).serverSeq - 1;
    const page1 = await fetch(`${server.url}/sync/changes?after=${after}&limit=2`, {
      headers: { authorization: `Bearer ${ws.token}` },
    });
    expect(page1.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text1 = await page1.text();
    expect(text1).toBe(await legacyPage(after, 2));
    const body1 = JSON.parse(text1) as PullResponse;
    expect(body1.more).toBe(true);
    expect(body1.changes[0]?.row).toEqual(tricky);
    const text2 = await (
      await fetch(`${server.url}/sync/changes?after=${body1.cursor}&limit=1`, {
        headers: { authorization: `Bearer ${ws.token}` },
      })
    ).text();
    expect(text2).toBe(await legacyPage(body1.cursor, 1));
    expect((JSON.parse(text2) as PullResponse).changes[0]?.row).toBeNull();
    // Numbers PostgreSQL writes in full where JavaScript writes an exponent: the same values.
    const page3 = await ws.request<PullResponse>(
      'GET',
      `/sync/changes?after=${body1.cursor + 1}&limit=5`,
    );
    expect(page3.body).toEqual(JSON.parse(await legacyPage(body1.cursor + 1, 5)));
    expect(page3.body.changes[0]?.row).toEqual({ id: 'W-3', big: 1e21, small: 1.5e-7 });
    const empty = await ws.request<PullResponse>('GET', `/sync/changes?after=${body1.cursor + 9}`);
    expect(empty.body).toEqual({ changes: [], cursor: body1.cursor + 9, more: false });
  });

  it('compacts any row PostgreSQL writes into the text JSON.stringify writes', async () => {
    const samples = fc.sample(
      fc.dictionary(fc.string({ unit: 'grapheme-composite' }), fc.jsonValue({ maxDepth: 3 })),
      { numRuns: 400, seed: 7 },
    );
    const { rows } = await server.pool.query<{ t: string }>(
      'SELECT r::text AS t FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(r, i) ORDER BY i',
      [JSON.stringify(samples)],
    );
    expect(rows).toHaveLength(samples.length);
    for (const { t } of rows) {
      const legacy = JSON.stringify(JSON.parse(t));
      const compact = compactJson(Buffer.from(t)).toString();
      expect(JSON.parse(compact)).toEqual(JSON.parse(t));
      if (!/\d[eE][+-]?\d/.test(legacy)) expect(compact).toBe(legacy);
    }
  });
});
