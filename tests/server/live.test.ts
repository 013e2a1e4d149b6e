import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../contracts/sync.ts';
import { buildApp } from '../../server/src/app.ts';
import { DEFAULT_CONFIG } from '../../server/src/config.ts';
import { type TestServer, testServer, Workstation } from './harness/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

/** Reads server-sent events from GET /sync/events until `stop` returns true. */
async function listen(
  url: string,
  token: string,
  stop: (events: LiveEvent[]) => boolean,
): Promise<LiveEvent[]> {
  const controller = new AbortController();
  const res = await fetch(`${url}/sync/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: LiveEvent[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const timeout = setTimeout(() => controller.abort(), 15_000);
  try {
    while (!stop(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        if (data) events.push(JSON.parse(data.slice(6)) as LiveEvent);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
  return events;
}

describe('live channel', () => {
  it('tells a workstation served by another server process to pull, and who is calling whom', async () => {
    // A second server process on the same PostgreSQL (behind the same load balancer).
    const other = buildApp(DEFAULT_CONFIG, server.pool);
    await other.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = other.server.address();
      const otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const julie = await server.workstation(
        (await server.account('charge', 'Julie Martin')).login,
      );
      const marcAccount = await server.account('charge', 'Marc Petit');
      const marc = await Workstation.signIn(otherUrl, marcAccount.login, 'workstation-marc');

      const received = listen(
        otherUrl,
        marc.token,
        (events) =>
          events.some((e) => e.type === 'calling') &&
          events.filter((e) => e.type === 'changes').length >= 2,
      );
      await new Promise((r) => setTimeout(r, 300));
      const pushed = await julie.push([
        julie.mutation('debtors', 'D-live', { id: 'D-live', name: 'En direct' }),
      ]);
      const serverSeq = (pushed.body.results[0] as { serverSeq: number }).serverSeq;
      expect((await julie.request('POST', '/sync/presence', { debtorId: 'D-live' })).status).toBe(
        200,
      );
      const events = await received;
      expect(events).toContainEqual({ type: 'changes', cursor: serverSeq });
      expect(events).toContainEqual({
        type: 'calling',
        debtorId: 'D-live',
        by: 'Julie Martin',
        until: expect.any(String),
      });
      const presence = await marc.request<{ calling: { debtorId: string; by: string }[] }>(
        'GET',
        '/sync/presence',
      );
      expect(presence.body.calling).toContainEqual(
        expect.objectContaining({ debtorId: 'D-live', by: 'Julie Martin' }),
      );
    } finally {
      await other.close();
    }
  });

  it('refuses the live channel without a session', async () => {
    const res = await fetch(`${server.url}/sync/events`);
    expect(res.status).toBe(401);
  });
});

describe('documents by SHA-256', () => {
  it('stores a document once under its hash, refuses a mismatch, serves it back', async () => {
    const ws = await server.workstation((await server.account('charge')).login);
    const reader = await server.workstation((await server.account('lecture')).login);
    const content = Buffer.from('%PDF-1.7 mise en demeure');
    const sha = createHash('sha256').update(content).digest('hex');
    const put = (who: Workstation, hash: string, body: Buffer) =>
      fetch(`${server.url}/blobs/${hash}`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${who.token}`,
          'content-type': 'application/octet-stream',
        },
        body: new Uint8Array(body),
      });
    expect((await put(reader, sha, content)).status).toBe(403);
    const wrong = await put(ws, sha, Buffer.from('autre chose'));
    expect(wrong.status).toBe(409);
    expect(await wrong.json()).toMatchObject({ error: 'hash_mismatch' });
    expect((await put(ws, sha, content)).status).toBe(201);
    expect((await put(ws, sha, content)).status).toBe(200);
    const got = await fetch(`${server.url}/blobs/${sha}`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(Buffer.from(await got.arrayBuffer()).equals(content)).toBe(true);
    const missing = await fetch(`${server.url}/blobs/${'0'.repeat(64)}`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      message: 'Ce document n’est pas sur le serveur.',
    });
  });
});

describe('audit', () => {
  it('names the signed-in account, and PostgreSQL refuses to change or delete an entry', async () => {
    const { login } = await server.account('charge', 'Julie Martin');
    await server.workstation(login, 'workstation-audit');
    const { rows } = await server.pool.query(
      `SELECT account_login, action FROM audit WHERE detail->>'workstationId' = 'workstation-audit'`,
    );
    expect(rows).toEqual([{ account_login: login, action: 'sign-in' }]);
    await expect(server.pool.query(`UPDATE audit SET action = 'x'`)).rejects.toThrow(/ajout seul/);
    await expect(server.pool.query('DELETE FROM audit')).rejects.toThrow(/ajout seul/);
    await expect(server.pool.query('TRUNCATE audit')).rejects.toThrow(/ajout seul/);
  });
});
