/**
 * Messages between the window and the backup zip worker: one request per backup, answered by the
 * zip or the failure. The files' buffers are transferred, not copied, both ways.
 */
import type { Zippable } from 'fflate';

export interface BackupZipRequest {
  kind: 'zip';
  /** Entry name → [bytes, { level }], in the order the zip lists them. */
  files: Zippable;
  /** Modification time written into every entry, in milliseconds since the epoch. */
  mtime: number;
}

export type BackupZipResponse =
  | { kind: 'zipped'; bytes: Uint8Array }
  | { kind: 'failed'; message: string };
