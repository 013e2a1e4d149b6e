/**
 * Documents in team mode (docs/sync-protocol.md § Documents), on real Dexie over fake-indexeddb
 * against an in-process fake of `PUT/GET /blobs/:sha256`: the bytes behind a pushed document or
 * letter are uploaded once, before the row; a server refusal (409) is reported once, never
 * retried in a loop; a document opened on another workstation is fetched, its SHA-256 checked,
 * and stored only when it matches; offline, the reader gets a French sentence instead of bytes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../../renderer/src/data/clock';
import type { RecouvraDb } from '../../../renderer/src/data/db';
import {
  BLOB_MESSAGES,
  BlobUnavailableError,
  getBlob,
  setRemoteBlobSource,
} from '../../../renderer/src/data/repositories/blobs';
import { blobBytes, documentsRepo } from '../../../renderer/src/data/repositories/documents';
import { lettersRepo } from '../../../renderer/src/data/repositories/letters';
import { blobStateKey } from '../../../renderer/src/data/sync/blobUpload';
import { type Refusal, SyncEngine } from '../../../renderer/src/data/sync/engine';
import {
  type BlobTransport,
  OfflineError,
  SyncHttpError,
} from '../../../renderer/src/data/sync/transport';
import { defaultCreditor } from '../../../renderer/src/domain/creditor';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { EvidenceDocument } from '../../../renderer/src/domain/model';
import { cents, ZERO_CENTS } from '../../../renderer/src/domain/money';
import { sha256Hex } from '../../../renderer/src/shared/sha256';
import { useFreshDb } from '../testDb';
import { FakeSyncServer } from './fakeServer';
import { enableTeamMode } from './syncTestDb';

/** The blob routes of the server, in process: the hash recomputed on PUT, 409 on a mismatch. */
class FakeBlobServer {
  readonly stored = new Map<string, Uint8Array>();
  /** Every request, in order, interleaved with the sync server's pushes by `events`. */
  readonly requests: string[] = [];
  offline = false;

  constructor(private readonly events: string[] = []) {}

  transport(): BlobTransport {
    return {
      putBlob: async (sha256, bytes) => {
        if (this.offline) throw new OfflineError(new Error('ECONNREFUSED'));
        this.requests.push(`PUT ${sha256}`);
        this.events.push(`PUT ${sha256.slice(0, 8)}`);
        if ((await sha256Hex(bytes)) !== sha256) {
          throw new SyncHttpError(
            409,
            'Le document reçu ne correspond pas à son empreinte : il a été refusé.',
            'hash_mismatch',
          );
        }
        this.stored.set(sha256, new Uint8Array(bytes));
      },
      getBlob: async (sha256) => {
        if (this.offline) throw new OfflineError(new Error('ECONNREFUSED'));
        this.requests.push(`GET ${sha256}`);
        const bytes = this.stored.get(sha256);
        if (!bytes)
          throw new SyncHttpError(404, 'Ce document n’est pas sur le serveur.', 'not_found');
        return new Uint8Array(bytes);
      },
    };
  }
}

const PDF = new TextEncoder().encode('%PDF-1.7\n% facture F-2026-0412\n%%EOF\n');

function attach(debtorId: string, bytes = PDF, title = 'Facture F-2026-0412') {
  return documentsRepo.attach({
    debtorId,
    invoiceIds: [],
    kind: 'facture',
    title,
    fileName: 'F-2026-0412.pdf',
    mime: 'application/pdf',
    bytes,
  });
}

function setup(db: RecouvraDb) {
  const server = new FakeSyncServer();
  const events: string[] = [];
  const blobs = new FakeBlobServer(events);
  const sync = server.transport();
  const refusals: Refusal[] = [];
  const engine = new SyncEngine({
    db,
    transport: {
      ...sync,
      push: async (request) => {
        events.push(`push ${request.mutations.map((m) => m.table).join(',')}`);
        return sync.push(request);
      },
    },
    blobs: blobs.transport(),
    workstationId: `ws-${db.name}`,
    clock,
    onRefused: (refusal) => refusals.push(refusal),
  });
  return { server, blobs, engine, events, refusals };
}

describe('documents in team mode: upload', () => {
  const getDb = useFreshDb();

  it('uploads the bytes of a new document once, before its row, and never again', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const { server, blobs, engine, events } = setup(db);
    const document = await attach('d1');
    await engine.syncOnce();
    expect(blobs.stored.get(document.sha256)).toEqual(PDF);
    expect(events[0]).toBe(`PUT ${document.sha256.slice(0, 8)}`);
    expect(events[1]).toMatch(/^push .*documents/);
    expect(server.tableRows('documents')).toEqual([expect.objectContaining({ id: document.id })]);
    expect(await db.syncState.get(blobStateKey(document.sha256))).toMatchObject({
      value: 'uploaded',
    });

    // A second sync, an edit of the document, the same file attached to another debtor: the
    // bytes are already on the server and are not sent again.
    await engine.syncOnce();
    await documentsRepo.update(document.id, { kind: 'facture', title: 'Facture', invoiceIds: [] });
    const copy = await attach('d2');
    await engine.syncOnce();
    expect(copy.sha256).toBe(document.sha256);
    expect(blobs.requests).toEqual([`PUT ${document.sha256}`]);
    expect(server.tableRows('documents')).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('uploads the PDF of a letter as sent', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const { blobs, engine } = setup(db);
    const [letter] = await lettersRepo.record([
      {
        templateId: 'relance-2',
        templateName: 'Deuxième relance',
        subject: 'Relance',
        debtorId: 'd1',
        invoiceIds: [],
        date: isoDate('2026-11-20'),
        sendMethod: 'courrier-simple',
        amounts: {
          principalCents: cents(120_000),
          interestCents: ZERO_CENTS,
          indemnitiesCents: cents(4_000),
          creditsCents: ZERO_CENTS,
          totalCents: cents(124_000),
        },
        creditor: defaultCreditor(),
        pdf: PDF,
      },
    ]);
    await engine.syncOnce();
    expect(letter?.pdfSha256).toBe(await sha256Hex(PDF));
    expect([...blobs.stored.keys()]).toEqual([letter?.pdfSha256]);
  });

  it('keeps the bytes to upload while offline, and sends them with the row once back', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const { server, blobs, engine } = setup(db);
    const document = await attach('d1');
    blobs.offline = true;
    await expect(engine.syncOnce()).rejects.toThrow(OfflineError);
    // Nothing pushed without its bytes; the outbox still holds the row.
    expect(server.pushes).toHaveLength(0);
    expect(await db.outbox.count()).toBeGreaterThan(0);
    expect(await db.syncState.get(blobStateKey(document.sha256))).toBeUndefined();
    blobs.offline = false;
    await engine.syncOnce();
    expect(blobs.stored.has(document.sha256)).toBe(true);
    expect(server.tableRows('documents')).toHaveLength(1);
  });

  it('reports bytes the server refuses (hash mismatch) once, pushes the row, never loops', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const { server, blobs, engine, refusals } = setup(db);
    const document = await attach('d1');
    // The bytes on this workstation no longer match their hash (a damaged disk).
    await db.blobs.update(document.sha256, {
      data: new Blob([new TextEncoder().encode('%PDF-1.7 altéré')]),
    });
    await engine.syncOnce();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.reason).toBe(
      'Le fichier de «\u00a0Facture F-2026-0412\u00a0» n’a pas été envoyé au serveur\u00a0: son contenu sur ce poste ne correspond plus à son empreinte SHA-256',
    );
    expect(blobs.stored.size).toBe(0);
    expect(server.tableRows('documents')).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    // The next syncs, and another row with the same bytes, do not try again.
    await attach('d2');
    await engine.syncOnce();
    await engine.syncOnce();
    expect(blobs.requests).toEqual([`PUT ${document.sha256}`]);
    expect(refusals).toHaveLength(1);
  });

  it('a lecture seule account: no upload error, the push is refused and undone as before', async () => {
    const db = getDb();
    await enableTeamMode(db);
    const { server, engine, refusals } = setup(db);
    server.readOnly = true;
    const document = await attach('d1');
    await engine.syncOnce();
    expect(refusals.map((r) => r.reason)).toEqual([expect.stringMatching(/lecture seule/)]);
    expect(await db.documents.get(document.id)).toBeUndefined();
  });
});

describe('documents in team mode: fetch on open', () => {
  const getDb = useFreshDb();
  afterEach(() => setRemoteBlobSource(null));

  /** A colleague's document: its row on the server and pulled here, its bytes on the server. */
  async function colleagueDocument(db: RecouvraDb, bytes: Uint8Array) {
    await enableTeamMode(db);
    const { server, blobs, engine } = setup(db);
    const sha256 = await sha256Hex(PDF);
    blobs.stored.set(sha256, bytes);
    const row: EvidenceDocument = {
      id: 'doc-1',
      debtorId: 'd1',
      invoiceIds: [],
      kind: 'facture',
      title: 'Facture',
      fileName: 'F.pdf',
      mime: 'application/pdf',
      size: PDF.byteLength,
      sha256,
      addedAt: '2026-11-20T10:00:00.000Z',
    };
    server.write('documents', row.id, row);
    await engine.pull();
    const remote = blobs.transport();
    setRemoteBlobSource((hash) => remote.getBlob(hash));
    return { blobs, sha256 };
  }

  it('fetches bytes not on this workstation, checks their SHA-256, keeps them', async () => {
    const db = getDb();
    const { blobs, sha256 } = await colleagueDocument(db, PDF);
    expect(await db.blobs.get(sha256)).toBeUndefined();
    expect(await blobBytes(sha256, 'application/pdf')).toEqual(PDF);
    expect(await db.blobs.get(sha256)).toMatchObject({ mime: 'application/pdf', size: PDF.length });
    // Opened again: read locally, no second request.
    expect(await blobBytes(sha256, 'application/pdf')).toEqual(PDF);
    expect(blobs.requests).toEqual([`GET ${sha256}`]);
  });

  it('refuses bytes that do not match their hash, and stores nothing', async () => {
    const db = getDb();
    const { sha256 } = await colleagueDocument(db, new TextEncoder().encode('%PDF-1.7 falsifié'));
    const error = await getBlob(sha256, 'application/pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobUnavailableError);
    expect((error as Error).message).toBe(
      'Le document reçu du serveur ne correspond pas à son empreinte\u00a0: il n’a pas été enregistré.',
    );
    expect(await db.blobs.count()).toBe(0);
  });

  it('offline: says the document will come once connected, instead of showing nothing', async () => {
    const db = getDb();
    const { blobs, sha256 } = await colleagueDocument(db, PDF);
    blobs.offline = true;
    await expect(blobBytes(sha256)).rejects.toThrow(BLOB_MESSAGES.notHere);
    expect(BLOB_MESSAGES.notHere).toBe(
      'Ce document n’est pas encore sur ce poste\u00a0; il sera disponible une fois connecté au serveur.',
    );
    expect(await db.blobs.count()).toBe(0);
    blobs.offline = false;
    expect(await blobBytes(sha256)).toEqual(PDF);
  });

  it('says so when the server does not hold the bytes yet', async () => {
    const db = getDb();
    const { blobs, sha256 } = await colleagueDocument(db, PDF);
    blobs.stored.clear();
    await expect(lettersRepo.pdfBytes({ pdfSha256: sha256 })).rejects.toThrow(
      BLOB_MESSAGES.notOnServer,
    );
  });

  it('working alone, a missing blob is simply missing (no server asked)', async () => {
    getDb();
    expect(await blobBytes('0'.repeat(64))).toBeUndefined();
  });
});
