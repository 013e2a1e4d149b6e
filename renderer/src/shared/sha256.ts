/**
 * SHA-256 fingerprints with Web Crypto (available in Electron, browsers, workers and Node), for
 * the data layer and for workers that must not load it (the dossier worker hashes the file it
 * made, so that its 30 MB never pass through the window's main thread to be hashed there).
 */

/**
 * The bytes as a view over a plain ArrayBuffer, what digest() and Blob take: a view over a
 * SharedArrayBuffer is copied, the others are not (copying a 6 MB file took the main thread 15 ms
 * for nothing).
 */
export function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

/** Lowercase hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', plainBytes(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
