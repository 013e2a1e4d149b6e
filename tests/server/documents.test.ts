/**
 * Documents between two workstations through the real server and PostgreSQL: the workstation's
 * own sync engine and HTTP transport (renderer/src/data/sync) over IndexedDB (fake-indexeddb).
 * Alice attaches an evidence file and syncs: its bytes reach the server before its row. Julie
 * pulls the row, opens the document: the same bytes are fetched, checked and kept. Bytes altered
 * on the server are refused on arrival and never stored.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../renderer/src/data/clock';
import { RecouvraDb, setDbForTests } from '../../renderer/src/data/db';
import {
  BLOB_MESSAGES,
  getBlob,
  setRemoteBlobSource,
} from '../../renderer/src/data/repositories/blobs';
import { blobBytes, documentsRepo } from '../../renderer/src/data/repositories/documents';
import { SyncEngine } from '../../renderer/src/data/sync/engine';
import { SYNC_STATE_KEYS } from '../../renderer/src/data/sync/outboxTypes';
import { createHttpTransport } from '../../renderer/src/data/sync/transport';
import { type TestServer, testServer } from './harness/testServer.ts';

let server: TestServer;
const databases: RecouvraDb[] = [];
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  setRemoteBlobSource(null);
  setDbForTests(null);
  for (const db of databases) await db.delete();
  await server.close();
});

/** A workstation in team mode: its IndexedDB, its engine, the server as source of documents. */
async function workstation(role: 'charge' | 'lecture') {
  const { login } = await server.account(role);
  const session = await server.workstation(login);
  const db = new RecouvraDb(`ws-${session.id}`);
  databases.push(db);
  await db.syncState.put({
    key: SYNC_STATE_KEYS.config,
    value: { serverUrl: server.url, workstationId: session.id },
  });
  db.outboxControl.active = true;
  const transport = createHttpTransport({ serverUrl: server.url, token: () => session.token });
  const engine = new SyncEngine({
    db,
    transport,
    blobs: transport,
    workstationId: session.id,
    clock,
  });
  /** Makes this workstation the current one, as if its window were the one in front. */
  const use = () => {
    setDbForTests(db);
    setRemoteBlobSource((sha256) => transport.getBlob(sha256));
  };
  return { db, engine, use };
}

const PDF = new TextEncoder().encode('%PDF-1.7\n% bon de livraison BL-8841 signé\n%%EOF\n');

describe('documents between workstations', () => {
  it('Alice uploads once, Julie fetches the same bytes; altered bytes are refused', async () => {
    const alice = await workstation('charge');
    const julie = await workstation('lecture');
    const paul = await workstation('charge');

    alice.use();
    const document = await documentsRepo.attach({
      debtorId: 'D-1',
      invoiceIds: [],
      kind: 'bon-de-livraison',
      title: 'Bon de livraison BL-8841',
      fileName: 'BL-8841.pdf',
      mime: 'application/pdf',
      bytes: PDF,
    });
    await alice.engine.syncOnce();
    await alice.engine.syncOnce();
    const stored = await server.pool.query<{ size: number; content: Buffer }>(
      'SELECT size, content FROM blobs WHERE sha256 = $1',
      [document.sha256],
    );
    expect(stored.rows).toHaveLength(1);
    expect(new Uint8Array(stored.rows[0]?.content ?? [])).toEqual(PDF);

    // Julie receives the row without the bytes, and gets them when she opens the document.
    await julie.engine.syncOnce();
    julie.use();
    expect(await julie.db.documents.get(document.id)).toMatchObject({ sha256: document.sha256 });
    expect(await julie.db.blobs.get(document.sha256)).toBeUndefined();
    expect(await blobBytes(document.sha256, 'application/pdf')).toEqual(PDF);
    expect(await julie.db.blobs.get(document.sha256)).toMatchObject({ mime: 'application/pdf' });

    // Bytes altered on the server (not through the API): Paul's workstation refuses them.
    await server.pool.query('UPDATE blobs SET content = $2 WHERE sha256 = $1', [
      document.sha256,
      Buffer.from('%PDF-1.7 falsifié'),
    ]);
    await paul.engine.syncOnce();
    paul.use();
    await expect(getBlob(document.sha256, 'application/pdf')).rejects.toThrow(
      BLOB_MESSAGES.tampered,
    );
    expect(await paul.db.blobs.count()).toBe(0);
  });
});
