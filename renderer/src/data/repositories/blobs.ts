/**
 * Content-addressed bytes (documents, letters as sent, logo). The key is the SHA-256 of the bytes,
 * so storing the same file twice keeps one copy, and a reference can never point at bytes that
 * changed behind it.
 *
 * In team mode a row may arrive from a colleague before its bytes are on this workstation:
 * `getBlob` then fetches them from the server (docs/sync-protocol.md § Documents), recomputes
 * their SHA-256, stores them only if it matches, and otherwise says why in French. Every reader
 * of stored bytes goes through `getBlob`, so each one benefits.
 */
import type { StoredBlob } from '../../domain/model';
import { plainBytes, sha256Hex } from '../../shared/sha256';
import { getDb } from '../db';
import { OfflineError, SyncHttpError } from '../sync/transport';

/** The row of the blobs table holding `bytes` under their SHA-256 (the Blob copies them once). */
export function storedBlob(sha256: string, bytes: Uint8Array, mime: string): StoredBlob {
  return {
    sha256,
    mime,
    size: bytes.byteLength,
    data: new Blob([plainBytes(bytes)], { type: mime }),
  };
}

/** Stores the bytes unless already present; returns their SHA-256, the key to read them back. */
export async function putBlob(bytes: Uint8Array, mime: string): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  const db = getDb();
  await db.transaction('rw', db.blobs, async () => {
    if (await db.blobs.get(sha256)) return;
    await db.blobs.add(storedBlob(sha256, bytes, mime));
  });
  return sha256;
}

/** The server's bytes for a hash, as received (team mode); throws OfflineError, SyncHttpError. */
export type RemoteBlobSource = (sha256: string) => Promise<Uint8Array>;

export const BLOB_MESSAGES = {
  notHere:
    'Ce document n’est pas encore sur ce poste\u00a0; il sera disponible une fois connecté au serveur.',
  notOnServer:
    'Ce document n’est pas encore sur le serveur\u00a0: le poste qui l’a enregistré ne l’a pas encore envoyé.',
  tampered:
    'Le document reçu du serveur ne correspond pas à son empreinte\u00a0: il n’a pas été enregistré.',
} as const;

/** The bytes of a document cannot be shown on this workstation; `message` says why, in French. */
export class BlobUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: keyof typeof BLOB_MESSAGES | 'refused',
  ) {
    super(message);
    this.name = 'BlobUnavailableError';
  }
}

let remote: RemoteBlobSource | null = null;
const inFlight = new Map<string, Promise<StoredBlob>>();

/** Team mode sets the server as the source of missing bytes; null when working alone. */
export function setRemoteBlobSource(source: RemoteBlobSource | null): void {
  remote = source;
}

async function fetchRemote(source: RemoteBlobSource, sha256: string, mime: string) {
  let bytes: Uint8Array;
  try {
    bytes = await source(sha256);
  } catch (error) {
    if (error instanceof SyncHttpError && error.status === 404) {
      throw new BlobUnavailableError(BLOB_MESSAGES.notOnServer, 'notOnServer');
    }
    if (error instanceof SyncHttpError && error.status !== 401) {
      throw new BlobUnavailableError(error.message, 'refused');
    }
    // Offline, or signed out (401): the bytes will come once connected.
    if (error instanceof OfflineError || error instanceof SyncHttpError) {
      throw new BlobUnavailableError(BLOB_MESSAGES.notHere, 'notHere');
    }
    throw error;
  }
  // Verified before anything is stored: bytes that do not match their key never enter `blobs`.
  if ((await sha256Hex(bytes)) !== sha256) {
    throw new BlobUnavailableError(BLOB_MESSAGES.tampered, 'tampered');
  }
  const blob = storedBlob(sha256, bytes, mime);
  const db = getDb();
  await db.transaction('rw', db.blobs, async () => {
    if (!(await db.blobs.get(sha256))) await db.blobs.add(blob);
  });
  return blob;
}

/**
 * The stored bytes; in team mode, fetched from the server and verified when they are not on this
 * workstation yet (`mime` is then the type they are stored with). `undefined` when working alone
 * and the blob is missing; BlobUnavailableError when team mode cannot provide it. Not for a
 * liveQuery (it may fetch and write): use `localBlob` and `prefetchBlob` there.
 */
export async function getBlob(
  sha256: string,
  mime = 'application/octet-stream',
): Promise<StoredBlob | undefined> {
  const local = await getDb().blobs.get(sha256);
  if (local || !remote) return local;
  let pending = inFlight.get(sha256);
  if (!pending) {
    pending = fetchRemote(remote, sha256, mime).finally(() => inFlight.delete(sha256));
    inFlight.set(sha256, pending);
  }
  return pending;
}

/** The stored bytes if they are on this workstation, never fetched (safe in a liveQuery). */
export function localBlob(sha256: string): Promise<StoredBlob | undefined> {
  return getDb().blobs.get(sha256);
}

/**
 * Fetches missing bytes in the background (team mode), outside any liveQuery or transaction: a
 * liveQuery that read `localBlob` re-runs once they are stored. Failures are left to the reader.
 */
export function prefetchBlob(sha256: string, mime: string): void {
  if (!remote) return;
  setTimeout(() => {
    void getBlob(sha256, mime).catch(() => undefined);
  }, 0);
}

/** The bytes as a Uint8Array (see getBlob). */
export async function getBlobBytes(sha256: string, mime?: string): Promise<Uint8Array | undefined> {
  const blob = await getBlob(sha256, mime);
  return blob ? new Uint8Array(await blob.data.arrayBuffer()) : undefined;
}
