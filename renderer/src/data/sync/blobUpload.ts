/**
 * Uploads the bytes behind the rows this workstation pushes (docs/sync-protocol.md § Documents):
 * an evidence document (`sha256`), a letter as sent (`pdfSha256`), the creditor's logo. The
 * outbox itself is the durable "to upload" list: before a batch of entries is pushed, every
 * blob an entry references is sent with `PUT /blobs/:sha256`, so a colleague never receives a
 * row whose bytes the server lacks, and an app stopped in between uploads again on restart.
 * Each blob the server acknowledged is marked in `syncState` (`blob:<sha256>`), so it is sent
 * once even when several rows, or later batches, reference it.
 *
 * Errors: offline, a server error or an expired session stop the push (the engine retries with
 * its backoff); a lecture seule account (403) leaves the push to be refused and undone; any
 * other refusal (409, the bytes do not match their hash) is reported once and marked, never
 * retried in a loop: the row is still pushed.
 */
import type { SyncedTable } from '../../../../contracts/sync';
import type { RecouvraDb } from '../db';
import type { OutboxEntry } from './outboxTypes';
import { type BlobTransport, SyncHttpError } from './transport';

/** `syncState` key recording what the server did with a blob of this workstation. */
export const blobStateKey = (sha256: string) => `blob:${sha256}`;

export type BlobUploadState = 'uploaded' | 'refused';

const SHA256 = /^[0-9a-f]{64}$/;

function stringAt(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
}

/** The tables whose rows may reference a blob (referencedBlob). */
export const BLOB_TABLES: readonly SyncedTable[] = ['documents', 'letters', 'settings'];

/** The blob an entry's new values reference, with a French name for the user. */
function referencedBlob(entry: OutboxEntry): { sha256: string; label: string } | null {
  if (entry.op !== 'put' || !entry.fields) return null;
  const { fields } = entry;
  let sha256: string | undefined;
  let label: string | undefined;
  if (entry.table === 'documents') {
    sha256 = stringAt(fields, 'sha256');
    label = stringAt(fields, 'title') ?? stringAt(fields, 'fileName');
  } else if (entry.table === 'letters') {
    sha256 = stringAt(fields, 'pdfSha256');
    label = stringAt(fields, 'templateName') ?? stringAt(fields, 'subject');
  } else if (entry.table === 'settings' && entry.key === 'creditor') {
    sha256 = stringAt(fields, 'value', 'logo', 'sha256');
    label = 'logo du créancier';
  }
  if (!sha256 || !SHA256.test(sha256)) return null;
  return { sha256, label: label ?? sha256.slice(0, 12) };
}

/** Blobs referenced by these entries, each once, with the first entry that references it. */
export function referencedBlobs(
  entries: readonly OutboxEntry[],
): Map<string, { entry: OutboxEntry; label: string }> {
  const found = new Map<string, { entry: OutboxEntry; label: string }>();
  for (const entry of entries) {
    const blob = referencedBlob(entry);
    if (blob && !found.has(blob.sha256)) found.set(blob.sha256, { entry, label: blob.label });
  }
  return found;
}

/** A refusal that retrying cannot fix (the server judged the bytes, not its own state). */
function isFinalRefusal(error: unknown): error is SyncHttpError {
  return (
    error instanceof SyncHttpError &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 408, 429].includes(error.status)
  );
}

/**
 * Uploads every blob these entries reference that the server has not acknowledged yet.
 * `report` receives the French sentence of a blob the server refused (once per blob).
 */
export async function uploadReferencedBlobs(
  db: RecouvraDb,
  transport: BlobTransport,
  entries: readonly OutboxEntry[],
  report: (entry: OutboxEntry, reason: string) => void,
): Promise<void> {
  const wanted = referencedBlobs(entries);
  if (wanted.size === 0) return;
  const hashes = [...wanted.keys()];
  const states = await db.syncState.bulkGet(hashes.map(blobStateKey));
  for (const [index, sha256] of hashes.entries()) {
    const target = wanted.get(sha256);
    if (states[index] || !target) continue;
    const blob = await db.blobs.get(sha256);
    // Removed from this workstation since (the document was deleted): nothing left to send.
    if (!blob) continue;
    const bytes = new Uint8Array(await blob.data.arrayBuffer());
    let state: BlobUploadState = 'uploaded';
    try {
      await transport.putBlob(sha256, bytes);
    } catch (error) {
      // A lecture seule account: the push that follows is refused and undone, with its message.
      if (error instanceof SyncHttpError && error.status === 403) return;
      if (!isFinalRefusal(error)) throw error;
      state = 'refused';
      const why =
        error.code === 'hash_mismatch'
          ? 'son contenu sur ce poste ne correspond plus à son empreinte SHA-256'
          : `${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`;
      report(
        target.entry,
        `Le fichier de « ${target.label} » n’a pas été envoyé au serveur\u00a0: ${why}`,
      );
    }
    await db.syncState.put({ key: blobStateKey(sha256), value: state });
  }
}
