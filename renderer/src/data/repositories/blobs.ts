/**
 * Content-addressed bytes (documents, letters as sent, logo). The key is the SHA-256 of the bytes,
 * so storing the same file twice keeps one copy, and a reference can never point at bytes that
 * changed behind it.
 */
import type { StoredBlob } from '../../domain/model';
import { getDb } from '../db';

/** Lowercase hex SHA-256 of the bytes (Web Crypto, available in Electron, browsers and Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy backed by a plain ArrayBuffer: digest() rejects views over a SharedArrayBuffer.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Stores the bytes unless already present; returns their SHA-256, the key to read them back. */
export async function putBlob(bytes: Uint8Array, mime: string): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  const db = getDb();
  await db.transaction('rw', db.blobs, async () => {
    if (await db.blobs.get(sha256)) return;
    await db.blobs.add({
      sha256,
      mime,
      size: bytes.byteLength,
      data: new Blob([new Uint8Array(bytes)], { type: mime }),
    });
  });
  return sha256;
}

export function getBlob(sha256: string): Promise<StoredBlob | undefined> {
  return getDb().blobs.get(sha256);
}
