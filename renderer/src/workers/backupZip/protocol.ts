/**
 * Messages between the window and the backup zip worker: one request per backup, answered by the
 * zip or the failure. The files' buffers are transferred, not copied, both ways.
 */
import type { Zippable } from 'fflate';

export type BackupZipRequest = ZipRequest | WholeBackupWorkerRequest;

/** Build the whole backup in the worker, from its own connection to the named database. */
export interface WholeBackupWorkerRequest {
  kind: 'backup';
  databaseName: string;
  appVersion: string;
  now: number;
  /**
   * `bytes`: the zip, its buffer transferred (the desktop app saves bytes through its bridge).
   * `link`: a blob URL of the zip made in the worker, which keeps it alive until ended: the
   * browser build downloads from it and the 75 MB never enter the window (receiving them and
   * registering a URL for them there took two tasks of 75-100 ms).
   */
  deliver: 'bytes' | 'link';
}

export interface ZipRequest {
  kind: 'zip';
  /** Entry name → [bytes, { level }], in the order the zip lists them. */
  files: Zippable;
  /** Modification time written into every entry, in milliseconds since the epoch. */
  mtime: number;
}

export type BackupZipResponse =
  | { kind: 'zipped'; bytes: Uint8Array }
  | { kind: 'backup'; bytes: Uint8Array }
  | { kind: 'backup-link'; url: string }
  | { kind: 'failed'; message: string };
