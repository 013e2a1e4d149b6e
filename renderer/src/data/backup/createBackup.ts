/**
 * Writes the whole database and every blob into one zip (see format.ts). Every table is read in
 * one read transaction, so the backup is a consistent snapshot even while the user keeps working.
 * The zip itself (deflate and CRC of the whole database: seconds on a large ledger) is made by
 * the `zip` the caller passes; the app passes one that works in a Web Worker
 * (workers/backupZip), so the window stays responsive.
 */
import { type Zippable, zipSync } from 'fflate';
import type { StoredBlob } from '../../domain/model';
import { sha256Hex } from '../../shared/sha256';
import { clock } from '../clock';
import { getDb } from '../db';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  BLOBS_TABLE,
  blobFile,
  MANIFEST_FILE,
  tableFile,
} from './format';
import { toJsonLines } from './jsonLines';
import { tableNamesAtVersion } from './tables';

/** What a worker needs to build a backup itself: the database to open, and the manifest's data. */
export interface WholeBackupRequest {
  databaseName: string;
  appVersion: string;
  /** The backup's instant, in milliseconds since the epoch. */
  now: number;
}

/**
 * Zips the files (name → [bytes, { level }]) with fflate; may take over their buffers. A zipper
 * that can also build the WHOLE backup elsewhere (`wholeBackup`: a worker with its own connection
 * reads the tables, writes the JSON lines, checksums and zips) is handed the entire job: reading
 * and serialising 100,000 rows would otherwise hold the window for several long tasks.
 */
export type BackupZipper = ((files: Zippable, options: { mtime: Date }) => Promise<Uint8Array>) & {
  wholeBackup?: (request: WholeBackupRequest) => Promise<Uint8Array>;
  /** The whole backup made and kept elsewhere: a URL to download it from, valid for a minute. */
  downloadLink?: (request: WholeBackupRequest) => Promise<string>;
};

/** The zip made in place, on the calling thread: tests, and where no Worker exists. */
export const zipInPlace: BackupZipper = async (files, options) => zipSync(files, options);

export interface CreateBackupOptions {
  appVersion: string;
  /** Injected by tests; defaults to the current instant. */
  now?: Date;
  /** Defaults to zipping in place; the app passes its worker zipper. */
  zip?: BackupZipper;
}

export interface CreatedBackup {
  bytes: Uint8Array;
  /** Absent when a worker made the backup (nothing in the app reads it; it is in the zip). */
  manifest?: BackupManifest;
}

async function readAllTables(): Promise<Map<string, unknown[]>> {
  const db = getDb();
  const names = tableNamesAtVersion(CURRENT_SCHEMA_VERSION);
  const tables = names.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
  return new Map(names.map((name, index) => [name, rows[index] ?? []]));
}

/** Blob rows lose their bytes in the JSON file: the bytes go to `blobs/<sha256>`. */
function blobMetadata(row: StoredBlob): Omit<StoredBlob, 'data'> {
  const { data: _bytes, ...metadata } = row;
  return metadata;
}

async function readBlobBytes(row: StoredBlob): Promise<Uint8Array> {
  try {
    return new Uint8Array(await row.data.arrayBuffer());
  } catch {
    throw new BackupError(
      `Le fichier joint ${row.sha256.slice(0, 12)}… est illisible dans la base : ` +
        'la sauvegarde n’a pas été créée.',
    );
  }
}

const wholeBackupRequest = (options: CreateBackupOptions): WholeBackupRequest => ({
  databaseName: getDb().name,
  appVersion: options.appVersion,
  now: (options.now ?? clock.now()).getTime(),
});

/**
 * Where the zipper can make and keep the whole backup elsewhere (a worker): what makes it and
 * gives a URL to download it from (valid for a minute). Null otherwise: `createBackup` gives
 * its bytes.
 */
export function backupDownloadLink(options: CreateBackupOptions): (() => Promise<string>) | null {
  const link = options.zip?.downloadLink;
  return link ? () => link(wholeBackupRequest(options)) : null;
}

export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const whole = options.zip?.wholeBackup;
  if (whole) return { bytes: await whole(wholeBackupRequest(options)) };
  const tables = await readAllTables();
  const encoder = new TextEncoder();
  // Blobs are stored, not deflated: PDFs and images are already compressed.
  const entries: Zippable = {};
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: (options.now ?? clock.now()).toISOString(),
    tables: {},
    files: {},
  };
  const addFile = async (name: string, data: Uint8Array, level: 0 | 6) => {
    entries[name] = [data, { level }];
    manifest.files[name] = { sha256: await sha256Hex(data), size: data.byteLength };
  };

  for (const [table, rows] of tables) {
    const isBlobs = table === BLOBS_TABLE;
    const jsonRows = isBlobs ? (rows as StoredBlob[]).map(blobMetadata) : rows;
    manifest.tables[table] = { rows: rows.length };
    await addFile(tableFile(table), encoder.encode(toJsonLines(table, jsonRows)), 6);
    if (!isBlobs) continue;
    for (const row of rows as StoredBlob[]) {
      await addFile(blobFile(row.sha256), await readBlobBytes(row), 0);
    }
  }
  entries[MANIFEST_FILE] = [encoder.encode(JSON.stringify(manifest, null, 2)), { level: 6 }];
  const mtime = options.now ?? clock.now();
  const zip = options.zip ?? zipInPlace;
  return { bytes: await zip(entries, { mtime }), manifest };
}
