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
  | {
      kind: 'backup';
      bytes: Uint8Array;
      /**
       * The manifest as JSON: one string crosses at the cost of a copy, where its 22,000 file
       * entries as objects took the window tens of milliseconds to receive.
       */
      manifestJson: string;
      /** The same bytes as a Blob made here: handing it to the window copies nothing. */
      file: Blob;
    }
  | { kind: 'failed'; message: string };
