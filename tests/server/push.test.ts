import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldHistoryEntry, MutationResult } from '../../contracts/sync.ts';
import { frenchWhen } from '../../server/src/frenchTime.ts';
import { type TestServer, testServer, Workstation } from './harness/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const count = async (sql: string, params: unknown[] = []) =>
  Number((await server.pool.query<{ n: string }>(sql, params)).rows[0]?.n);

describe('roles', () => {
  it('a lecture account reads but cannot write (403, French message)', async () => {
    const { login } = await server.account('lecture');
    const ws = await server.workstation(login);
    const push = await ws.push([ws.mutation('debtors', 'D-L', { name: 'Lecture SA' })]);
    expect(push.status).toBe(403);
    expect(push.body).toMatchObject({ error: 'forbidden' });
    expect((push.body as unknown as { message: string }).message).toMatch(/lecture seule/);
    const bulk = await ws.request('POST', '/sync/bulk', {
      workstationId: ws.id,
      importId: 'I-L',
      mutations: [ws.mutation('debtors', 'D-L', { name: 'x' })],
    });
    expect(bulk.status).toBe(403);
    expect((await ws.request('POST', '/sync/presence', { debtorId: 'D-L' })).status).toBe(403);
    expect((await ws.request('GET', '/sync/changes?after=0')).status).toBe(200);
    expect(await count(`SELECT count(*) AS n FROM rows WHERE key = 'D-L'`)).toBe(0);
  });

  it('answers the browser’s preflight for the app’s origin, without asking for a session', async () => {
    const res = await fetch(`${server.url}/sync/push`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://recouvra',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('lets the app’s origin read the live channel', async () => {
    const { login } = await server.account('charge');
    const ws = await server.workstation(login);
    const controller = new AbortController();
    const res = await fetch(`${server.url}/sync/events`, {
      headers: { origin: 'app://recouvra', authorization: `Bearer ${ws.token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    controller.abort();
  });

  it('a request without a session, or with a wrong password, is refused in French', async () => {
    const res = await fetch(`${server.url}/sync/changes`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: 'unauthenticated',
      message: expect.stringMatching(/Connectez-vous/),
    });
    const signIn = await fetch(`${server.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'nobody', password: 'wrong', workstationId: 'ws-00000001' }),
    });
    expect(signIn.status).toBe(401);
    expect(await signIn.json()).toMatchObject({
      message: 'Identifiant ou mot de passe incorrect.',
    });
  });

  it('only an administrator manages accounts', async () => {
    const admin = await server.workstation((await server.account('administrateur')).login);
    const charge = await server.workstation((await server.account('charge')).login);
    const body = {
      login: 'julie',
      displayName: 'Julie Martin',
      role: 'charge',
      password: 'un mot de passe long',
    };
    expect((await charge.request('POST', '/accounts', body)).status).toBe(403);
    const created = await admin.request<{ role: string }>('POST', '/accounts', body);
    expect(created.status).toBe(201);
    expect(created.body.role).toBe('charge');
    expect((await admin.request('POST', '/accounts', body)).status).toBe(409);
  });
});

describe('sessions', () => {
  it('an expired token is refused', async () => {
    const { login } = await server.account('charge');
    const ws = await server.workstation(login);
    expect((await ws.request('GET', '/sync/changes?after=0')).status).toBe(200);
    await server.pool.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = $1`,
      [ws.account.id],
    );
    const res = await ws.push([ws.mutation('debtors', 'D-E', { name: 'Expiré' })]);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      error: 'session_expired',
      message: 'Votre session a expiré\u00a0: reconnectez-vous.',
    });
    expect(await count(`SELECT count(*) AS n FROM rows WHERE key = 'D-E'`)).toBe(0);
  });

  it('a revoked token (signed out, or revoked by an administrator) is refused', async () => {
    const { login } = await server.account('charge');
    const ws = await server.workstation(login);
    expect((await ws.request('DELETE', '/auth/session')).status).toBe(204);
    const res = await ws.request('GET', '/sync/changes?after=0');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'session_revoked' });

    const again = await server.workstation(login);
    const admin = await server.workstation((await server.account('administrateur')).login);
    expect((await admin.request('POST', `/accounts/${again.account.id}/revoke`)).status).toBe(200);
    expect((await again.request('GET', '/sync/changes?after=0')).status).toBe(401);
  });

  it('a token works only for the workstation it was issued to', async () => {
    const { login } = await server.account('charge');
    const ws = await server.workstation(login);
    const other = new Workstation(ws.url, 'another-workstation', ws.token, ws.account);
    const res = await other.push([other.mutation('debtors', 'D-W', { name: 'x' })]);
    expect(res.status).toBe(403);
  });
});

describe('idempotency', () => {
  it('a replayed mutation is not applied twice', async () => {
    const ws = await server.workstation((await server.account('charge')).login);
    const batch = [ws.mutation('debtors', 'D-R', { id: 'D-R', name: 'Rejeu SARL' })];
    const first = await ws.push(batch);
    expect(first.body.results[0]).toMatchObject({ status: 'applied' });
    const replay = await ws.push(batch);
    expect(replay.status).toBe(200);
    const serverSeq = (first.body.results[0] as { serverSeq: number }).serverSeq;
    expect(replay.body.results).toEqual([{ seq: 1, status: 'duplicate', serverSeq }]);
    expect(await count(`SELECT count(*) AS n FROM changes WHERE key = 'D-R'`)).toBe(1);
  });

  it('a tampered mutation (same workstation and seq, other content) is refused', async () => {
    const ws = await server.workstation((await server.account('charge')).login);
    const original = ws.mutation('debtors', 'D-T', { id: 'D-T', name: 'Original' });
    expect((await ws.push([original])).body.results[0]?.status).toBe('applied');
    const tampered = { ...original, fields: { id: 'D-T', name: 'Falsifié' } };
    const res = await ws.push([tampered]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: 'tampered',
      message: expect.stringMatching(/autre contenu/),
    });
    const row = await server.pool.query(`SELECT row FROM rows WHERE key = 'D-T'`);
    expect(row.rows[0].row.name).toBe('Original');
    expect(await count(`SELECT count(*) AS n FROM audit WHERE action = 'mutation-tampered'`)).toBe(
      1,
    );
  });

  it('a seq that skips ahead is refused with the expected seq', async () => {
    const ws = await server.workstation((await server.account('charge')).login);
    ws.seq = 4;
    const res = await ws.push([ws.mutation('debtors', 'D-G', { name: 'x' })]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: 'sequence_gap', expectedSeq: 1 });
  });
});

describe('conflict rules', () => {
  it('concurrent field edits: the later in server order wins, the overwritten value is in the history', async () => {
    const a = await server.workstation((await server.account('charge', 'Julie Martin')).login);
    const b = await server.workstation((await server.account('charge', 'Marc Petit')).login);
    await a.push([
      a.mutation('debtors', 'D-F', { id: 'D-F', name: 'Fer SA', phone: '01', email: 'a@x.fr' }),
    ]);
    // Both edited offline from the same base; a reaches the server first, then b.
    const fromA = await a.push([a.mutation('debtors', 'D-F', { phone: '02' }, { phone: '01' })]);
    const fromB = await b.push([
      b.mutation(
        'debtors',
        'D-F',
        { phone: '03', email: 'b@x.fr' },
        { phone: '01', email: 'a@x.fr' },
      ),
    ]);
    expect(fromA.body.results[0]?.status).toBe('applied');
    expect(fromB.body.results[0]?.status).toBe('applied');
    const row = (await server.pool.query(`SELECT row FROM rows WHERE key = 'D-F'`)).rows[0].row;
    expect(row).toMatchObject({ name: 'Fer SA', phone: '03', email: 'b@x.fr' });
    const history = await a.request<{ history: FieldHistoryEntry[] }>(
      'GET',
      '/sync/history/debtors/D-F',
    );
    // Only the phone was written meanwhile: the email b saw is the one it replaced.
    // Each value is named with who wrote it: '02' by Julie, replaced by Marc's '03'.
    expect(history.body.history).toEqual([
      {
        field: 'phone',
        value: '02',
        overwrittenBy: 'Marc Petit',
        at: expect.any(String),
        newValue: '03',
        writtenBy: 'Julie Martin',
        writtenAt: expect.any(String),
      },
    ]);
    const [entry] = history.body.history;
    const times = (
      await server.pool.query<{ at: Date }>(
        `SELECT at FROM changes WHERE key = 'D-F' ORDER BY server_seq`,
      )
    ).rows.map((r) => r.at.toISOString());
    expect([entry?.writtenAt, entry?.at]).toEqual([times[1], times[2]]);
  });

  it('the history names who wrote an overwritten value, newest first, imports included', async () => {
    const julie = await server.workstation((await server.account('charge', 'Julie Martin')).login);
    const marc = await server.workstation((await server.account('charge', 'Marc Petit')).login);
    // An import writes the city (a bulk change: its `fields` are not recorded, only the rows).
    const paul = await server.workstation((await server.account('charge', 'Paul Roux')).login);
    const imported = await paul.request('POST', '/sync/bulk', {
      workstationId: paul.id,
      importId: 'I-H1',
      mutations: [
        {
          seq: 1,
          table: 'debtors',
          key: 'D-H',
          op: 'put',
          fields: { id: 'D-H', name: 'Hêtre SA', city: 'Lyon' },
          at: '2026-11-30T09:00:00.000Z',
        },
      ],
    });
    expect(imported.status).toBe(200);
    // Marc edits the name; then Julie, who saw neither the import's city nor Marc's name,
    // changes both.
    await marc.push([marc.mutation('debtors', 'D-H', { name: 'Hêtre SAS' }, { name: 'Hêtre SA' })]);
    await julie.push([
      julie.mutation(
        'debtors',
        'D-H',
        { city: 'Nice', name: 'Hêtre' },
        { city: 'Paris', name: 'Hêtre SA' },
      ),
    ]);
    const { body, status } = await marc.request<{ history: FieldHistoryEntry[] }>(
      'GET',
      '/sync/history/debtors/D-H',
    );
    expect(status).toBe(200);
    expect(
      body.history.map((h) => [h.field, h.value, h.writtenBy, h.newValue, h.overwrittenBy]),
    ).toEqual([
      ['name', 'Hêtre SAS', 'Marc Petit', 'Hêtre', 'Julie Martin'],
      ['city', 'Lyon', 'Paul Roux', 'Nice', 'Julie Martin'],
    ]);
    // Nothing for another row, nor for a table that does not exist.
    expect(
      (await marc.request<{ history: unknown[] }>('GET', '/sync/history/debtors/D-X')).body,
    ).toEqual({ history: [] });
    expect((await marc.request('GET', '/sync/history/nope/D-H')).status).toBe(400);
  });

  it('a state transition from a stale base is refused with who and when, in French', async () => {
    const julie = await server.workstation((await server.account('charge', 'Julie Martin')).login);
    const marc = await server.workstation((await server.account('charge', 'Marc Petit')).login);
    await julie.push([
      julie.mutation('promises', 'P-1', {
        id: 'P-1',
        debtorId: 'D-1',
        status: 'active',
        cents: 1000,
      }),
    ]);
    const kept = await julie.push([
      julie.mutation('promises', 'P-1', { status: 'kept' }, { status: 'active' }),
    ]);
    expect(kept.body.results[0]?.status).toBe('applied');
    const stale = marc.mutation(
      'promises',
      'P-1',
      { status: 'broken', note: 'pas reçu' },
      { status: 'active' },
    );
    const broken = await marc.push([stale]);
    const result = broken.body.results[0] as Extract<MutationResult, { status: 'refused' }>;
    expect(result.status).toBe('refused');
    const at = (
      await server.pool.query(
        `SELECT at FROM changes WHERE key = 'P-1' ORDER BY server_seq DESC LIMIT 1`,
      )
    ).rows[0].at as Date;
    expect(result.reason).toBe(
      `Cette promesse a déjà été constatée tenue par Julie Martin ${frenchWhen(at)}.`,
    );
    expect(result.reason).toMatch(/par Julie Martin à \d\d\u00a0h\u00a0\d\d\.$/);
    expect(result.row).toMatchObject({ status: 'kept' });
    // The refused mutation changed nothing, and is answered the same if replayed.
    expect(
      (await server.pool.query(`SELECT row FROM rows WHERE key = 'P-1'`)).rows[0].row.note,
    ).toBeUndefined();
    const replay = await marc.push([stale]);
    expect(replay.body.results[0]).toMatchObject({ status: 'refused', reason: result.reason });
  });

  it('facts are append-only: inserted once, an update or a delete is refused', async () => {
    const ws = await server.workstation((await server.account('charge')).login);
    const call = { id: 'A-1', debtorId: 'D-1', type: 'call', text: 'Appel', by: 'x' };
    const res = await ws.push([
      ws.mutation('activities', 'A-1', call),
      ws.mutation('activities', 'A-1', { text: 'Réécrit' }, { text: 'Appel' }),
      ws.mutation('activities', 'A-1', undefined, undefined, 'delete'),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'refused', 'refused']);
    expect(
      (await server.pool.query(`SELECT row FROM rows WHERE key = 'A-1'`)).rows[0].row.text,
    ).toBe('Appel');
  });
});
