/**
 * « En cours d'appel par … »: a workstation that starts a guided call tells the server, the
 * colleagues' engines collect the live `calling` event in their status, and the end of the call
 * clears it.
 */
import { describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/data/clock';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { SyncEngine } from '../../../renderer/src/data/sync/engine';
import { createHttpTransport } from '../../../renderer/src/data/sync/transport';
import { FakeSyncServer } from './fakeServer';
import { enableTeamMode } from './syncTestDb';

const until = (test: () => boolean) =>
  new Promise<void>((resolve) => {
    const poll = () => (test() ? resolve() : setTimeout(poll, 5));
    poll();
  });

describe('presence', () => {
  it('shows a colleague’s call on the other workstation, then clears it', async () => {
    const server = new FakeSyncServer();
    const dbs = [
      new RecouvraDb(`p-${crypto.randomUUID()}`),
      new RecouvraDb(`p-${crypto.randomUUID()}`),
    ];
    for (const db of dbs) await enableTeamMode(db, `ws-${db.name}`);
    const [julie, marc] = dbs.map(
      (db, i) =>
        new SyncEngine({
          db,
          transport: server.transport(i === 0 ? 'Julie Martin' : 'Marc Petit'),
          workstationId: `ws-${db.name}`,
          clock,
        }),
    );
    if (!julie || !marc) throw new Error('two engines');
    marc.start();
    try {
      await until(() => marc.getStatus().online);
      expect(await julie.presence('d1', true)).toBe(true);
      await until(() => 'd1' in marc.getStatus().calling);
      expect(marc.getStatus().calling.d1?.by).toBe('Julie Martin');
      expect(server.presences).toEqual([{ debtorId: 'd1', calling: true, by: 'Julie Martin' }]);

      await julie.presence('d1', false);
      await until(() => !('d1' in marc.getStatus().calling));
      expect(server.presences.at(-1)).toEqual({
        debtorId: 'd1',
        calling: false,
        by: 'Julie Martin',
      });
    } finally {
      marc.stop();
      for (const db of dbs) await db.delete();
    }
  });

  it('a presence the server cannot receive is not an error for the call', async () => {
    const server = new FakeSyncServer();
    server.offline = true;
    const db = new RecouvraDb(`p-${crypto.randomUUID()}`);
    const engine = new SyncEngine({
      db,
      transport: server.transport(),
      workstationId: 'ws-x',
      clock,
    });
    expect(await engine.presence('d1', true)).toBe(false);
    await db.delete();
  });

  it('posts { debtorId, calling } to /sync/presence with the session token', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const transport = createHttpTransport({
      serverUrl: 'https://recouvra.test/',
      token: () => 'tok',
      fetch: async (url, init) => {
        requests.push({ url: String(url), init });
        return new Response('{}', { status: 200 });
      },
    });
    await transport.presence({ debtorId: 'D 1', calling: true });
    expect(requests[0]?.url).toBe('https://recouvra.test/sync/presence');
    expect(requests[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(requests[0]?.init?.body))).toEqual({ debtorId: 'D 1', calling: true });
    expect(new Headers(requests[0]?.init?.headers).get('authorization')).toBe('Bearer tok');
  });
});
