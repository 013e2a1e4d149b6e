/**
 * The backup file: a zip holding `manifest.json`, one JSON-lines file per table under `tables/`
 * and every stored blob under `blobs/<sha256>`. The manifest records the app and schema versions
 * and the SHA-256 of every other file, so a restore can prove the archive is whole before it
 * touches the ledger.
 */
import * as z from 'zod';

export const BACKUP_FORMAT = 'recouvra-sauvegarde';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const BLOBS_TABLE = 'blobs';

export const tableFile = (table: string) => `tables/${table}.jsonl`;
export const blobFile = (sha256: string) => `blobs/${sha256}`;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const TABLE_FILE = /^tables\/([A-Za-z][A-Za-z0-9_]{0,63})\.jsonl$/;
const BLOB_FILE = /^blobs\/([0-9a-f]{64})$/;

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(64),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  tables: z.record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
    z.strictObject({ rows: z.number().int().nonnegative() }),
  ),
  files: z.record(
    z.string().max(200),
    z.strictObject({
      sha256: z.string().regex(SHA256_HEX),
      size: z.number().int().nonnegative(),
    }),
  ),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** The rows of a backup, table by table, as read from its JSON Lines files. */
export type BackupRows = Record<string, Record<string, unknown>[]>;

/**
 * Limits checked against the sizes the zip declares, before a single byte is inflated. A backup
 * is read whole into memory, so these also bound what a crafted file can make the app allocate.
 */
export interface BackupLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Above `ratioCheckFromBytes`, an entry may not expand more than this many times. */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
  maxManifestBytes: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxEntries: 200_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  // JSON lines compress about 10 times, blobs are stored as they are: 100 is never legitimate.
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
};

/**
 * Why an entry name is dangerous to anything that would extract the zip, or null when it is a
 * plain relative name. Restore never writes entries to disk, but a name like `../../x` is only
 * ever written by someone crafting an attack: the whole file is refused.
 */
export function unsafeEntryNameReason(name: string): string | null {
  if (name.length === 0) return 'nom vide';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'caractère de contrôle dans le nom';
  if (name.includes('\\')) return 'barre oblique inverse (chemin Windows)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'chemin absolu';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return 'remontée de dossier « .. »';
  if (segments.some((s) => s === '.' || s === '')) return 'chemin non normalisé';
  return null;
}

export type EntryKind =
  | { kind: 'manifest' }
  | { kind: 'table'; table: string }
  | { kind: 'blob'; sha256: string }
  | { kind: 'unexpected' };

export function classifyEntry(name: string): EntryKind {
  if (name === MANIFEST_FILE) return { kind: 'manifest' };
  const table = TABLE_FILE.exec(name)?.[1];
  if (table) return { kind: 'table', table };
  const sha256 = BLOB_FILE.exec(name)?.[1];
  if (sha256) return { kind: 'blob', sha256 };
  return { kind: 'unexpected' };
}

/** « Recouvra – sauvegarde 2026-11-23.zip » */
export function backupFileName(isoDate: string): string {
  return `Recouvra – sauvegarde ${isoDate}.zip`;
}
