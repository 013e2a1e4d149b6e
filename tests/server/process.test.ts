import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../contracts/sync.ts';
import { freePort } from './harness/postgres.ts';
import { spawnServer } from './harness/serverProcess.ts';
import { type TestServer, testServer, Workstation } from './harness/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('server process killed in the middle of a push', () => {
  it('loses no mutation and applies none twice after the restart', async () => {
    const { login } = await server.account('charge', 'Julie Martin');
    const port = await freePort();
    const env = { DATABASE_URL: server.databaseUrl, LISTEN: `127.0.0.1:${port}` };
    const first = spawnServer(env);
    await first.ready;
    const url = `http://127.0.0.1:${port}`;
    const ws = await Workstation.signIn(url, login, 'ws-killed');
    const batch: Mutation[] = Array.from({ length: 500 }, (_, i) =>
      ws.mutation('activities', `K-${i}`, {
        id: `K-${i}`,
        debtorId: 'D-1',
        type: 'note',
        text: `Note ${i}`,
      }),
    );
    const inFlight = ws.push(batch).catch((error: Error) => error);
    // Kill -9 once some, not all, of the batch is committed.
    let applied = 0;
    for (;;) {
      const { rows } = await server.pool.query(
        `SELECT count(*)::int AS n FROM mutations WHERE workstation_id = 'ws-killed'`,
      );
      applied = rows[0].n;
      if (applied >= 50) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    first.child.kill('SIGKILL');
    expect(await inFlight).toBeInstanceOf(Error);
    await first.exited;
    const { rows: atKill } = await server.pool.query(
      `SELECT count(*)::int AS n FROM mutations WHERE workstation_id = 'ws-killed'`,
    );
    expect(atKill[0].n).toBeLessThan(500);

    const second = spawnServer(env);
    try {
      await second.ready;
      // The workstation's outbox still holds the whole batch: it sends it again.
      const retry = await ws.push(batch);
      expect(retry.status).toBe(200);
      const statuses = retry.body.results.map((r) => r.status);
      expect(statuses.filter((s) => s === 'duplicate').length).toBe(atKill[0].n);
      expect(statuses.filter((s) => s === 'applied').length).toBe(500 - atKill[0].n);
      const { rows } = await server.pool.query(
        `SELECT count(*)::int AS changes, count(DISTINCT key)::int AS keys FROM changes WHERE workstation_id = 'ws-killed'`,
      );
      expect(rows[0]).toEqual({ changes: 500, keys: 500 });
    } finally {
      second.child.kill('SIGKILL');
      await second.exited;
    }
  });
});

describe('listening', () => {
  it('refuses plain HTTP on a non-loopback address, with a French message', async () => {
    const proc = spawnServer({ DATABASE_URL: server.databaseUrl, LISTEN: '0.0.0.0:0' });
    const { code, stderr } = await proc.exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/Refus d’écouter en HTTP non chiffré sur 0\.0\.0\.0/);
    expect(stderr).toMatch(/TLS_CERT et TLS_KEY/);
  });

  it('serves HTTPS on a non-loopback address with TLS_CERT and TLS_KEY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recouvra-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const port = await freePort();
      const proc = spawnServer({
        DATABASE_URL: server.databaseUrl,
        LISTEN: `0.0.0.0:${port}`,
        TLS_CERT: join(dir, 'cert.pem'),
        TLS_KEY: join(dir, 'key.pem'),
      });
      try {
        expect(await proc.ready).toMatch(/https:\/\/0\.0\.0\.0/);
        // Talk to it on loopback only.
        const body = await new Promise<string>((resolve, reject) => {
          const req = request(
            { host: '127.0.0.1', port, path: '/health', rejectUnauthorized: false },
            (res) => {
              let text = '';
              res.on('data', (c) => {
                text += c;
              });
              res.on('end', () => resolve(text));
            },
          );
          req.on('error', reject);
          req.end();
        });
        expect(JSON.parse(body)).toEqual({ ok: true });
      } finally {
        proc.child.kill('SIGKILL');
        await proc.exited;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates the first administrator from the command line', async () => {
    const proc = spawnServer(
      { DATABASE_URL: server.databaseUrl, RECOUVRA_ADMIN_PASSWORD: 'un mot de passe solide' },
      ['create-admin', 'admin', 'Claire', 'Durand'],
    );
    const { code } = await proc.exited;
    expect(code).toBe(0);
    const { rows } = await server.pool.query(
      `SELECT display_name, role, password_hash FROM accounts WHERE login = 'admin'`,
    );
    expect(rows[0]).toMatchObject({ display_name: 'Claire Durand', role: 'administrateur' });
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});
