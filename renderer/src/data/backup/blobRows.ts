/**
 * Blob rows travel as metadata in `tables/blobs.jsonl` and bytes in `blobs/<sha256>`; restore
 * puts them back together. Every row needs its file and every file its row.
 */
import { type BackupRows, BLOBS_TABLE, blobFile, classifyEntry } from './format';

/** A blob row of a backup as the `blobs` table stores it: its bytes as a Blob of its type. */
export function storedBlobOf(row: Record<string, unknown>): Record<string, unknown> {
  const { data, mime } = row;
  if (data instanceof Blob) return row;
  if (!(data instanceof Uint8Array)) {
    // attachBlobBytes pairs every row with its file: never store an empty file instead.
    throw new Error(`le fichier joint ${String(row.sha256).slice(0, 12)}… n’a pas d’octets`);
  }
  return { ...row, data: new Blob([data as Uint8Array<ArrayBuffer>], { type: String(mime) }) };
}

export function attachBlobBytes(
  tables: BackupRows,
  files: ReadonlyMap<string, Uint8Array>,
): BackupRows | string {
  const rows = tables[BLOBS_TABLE] ?? [];
  const unpaired = new Set([...files.keys()].filter((name) => classifyEntry(name).kind === 'blob'));
  const withBytes: Record<string, unknown>[] = [];
  for (const row of rows) {
    const { sha256, mime } = row;
    if (typeof sha256 !== 'string' || typeof mime !== 'string') {
      return 'une ligne de la table des fichiers joints est incomplète';
    }
    const name = blobFile(sha256);
    const bytes = files.get(name);
    if (!bytes || !unpaired.delete(name)) return `le fichier joint « ${name} » est absent`;
    // `size` is restored as it was, not compared: the checksums already prove the bytes, and a
    // row the database held with a wrong size must not make its own backup unrestorable. The
    // bytes stay bytes until a file is written (`storedBlobOf`): making the 22,000 Blobs of a
    // large ledger here held the window for 5.5 s, and a restore onto a ledger that already has
    // its files writes none.
    withBytes.push({ ...row, data: bytes });
  }
  const [orphan] = unpaired;
  if (orphan !== undefined) return `le fichier « ${orphan} » ne correspond à aucune ligne`;
  return { ...tables, [BLOBS_TABLE]: withBytes };
}
