/**
 * Messages between the window and the restore worker. One worker per backup chosen: it reads and
 * proves the file (`read`), keeps it, and on confirmation writes it (`apply`) through its own
 * connection to the database; the window only receives what the confirmation shows.
 */
import type { BackupManifest } from '../../data/backup/format';
import type { RestoreResult } from '../../data/backup/restoreBackup';

export type RestoreRequest =
  | { kind: 'read'; content: Blob | Uint8Array }
  | { kind: 'apply'; databaseName: string; by: string };

/** What the confirmation names: not the 22,000 file entries of the manifest. */
export type BackupSummary = Pick<BackupManifest, 'createdAt' | 'appVersion' | 'tables'>;

export type RestoreResponse =
  | { kind: 'read'; ok: true; summary: BackupSummary }
  | { kind: 'read'; ok: false; reason: string }
  | { kind: 'applied'; result: RestoreResult }
  | { kind: 'failed'; message: string };
