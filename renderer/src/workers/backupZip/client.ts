/**
 * Window side of the backup zip: one worker per backup (backups are rare; nothing is kept
 * loaded between them), ended as soon as it answers. Where there is no Worker (unit tests under
 * Node), the zip is made in place, with the same call.
 */
import { type Zippable, zipSync } from 'fflate';
import type { CreatedBackup, WholeBackupRequest } from '../../data/backup/createBackup';
import type { BackupManifest } from '../../data/backup/format';
import type { BackupZipRequest, BackupZipResponse } from './protocol';

export interface BackupZipWorkerHandle {
  onmessage: ((event: MessageEvent<BackupZipResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: BackupZipRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export type BackupZipper = ((files: Zippable, options: { mtime: Date }) => Promise<Uint8Array>) & {
  wholeBackup?: (request: WholeBackupRequest) => Promise<CreatedBackup>;
};

function createBackupZipWorker(): BackupZipWorkerHandle {
  return new Worker(new URL('../backupZipWorker.ts', import.meta.url), { type: 'module' });
}

/** Every distinct ArrayBuffer under the files: handed over to the worker, not copied. */
function buffersOf(files: Zippable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (value: Zippable[string]) => {
    if (value instanceof Uint8Array) {
      if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    } else if (Array.isArray(value)) {
      visit(value[0]);
    } else {
      for (const child of Object.values(value)) visit(child);
    }
  };
  for (const value of Object.values(files)) visit(value);
  return [...buffers];
}

const failure = (detail: string) =>
  new Error(`La compression de la sauvegarde a échoué : ${detail}`);

/**
 * Zips in a Web Worker. The files' buffers are transferred: the caller's arrays are left empty,
 * so pass bytes made for this zip only.
 */
export function createWorkerZipper(
  createWorker: () => BackupZipWorkerHandle = createBackupZipWorker,
): BackupZipper {
  return (files, { mtime }) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const worker = createWorker();
      const settle = (outcome: () => void) => {
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        outcome();
      };
      worker.onmessage = (event) => {
        const response = event.data;
        settle(() =>
          response.kind === 'failed' ? reject(failure(response.message)) : resolve(response.bytes),
        );
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        settle(() => reject(failure(event.message || 'le processus de compression s’est arrêté')));
      };
      worker.postMessage({ kind: 'zip', files, mtime: mtime.getTime() }, buffersOf(files));
    });
}

/** The backup the worker answered; its manifest is parsed only if someone reads it. */
function createdBackup(bytes: Uint8Array, manifestJson: string, file: Blob): CreatedBackup {
  let manifest: BackupManifest | undefined;
  return {
    bytes,
    file,
    get manifest() {
      manifest ??= JSON.parse(manifestJson) as BackupManifest;
      return manifest;
    },
  };
}

/**
 * The whole backup in a worker (issue #19: no main-thread task over 50 ms during a backup):
 * reading 100,000 rows, their JSON lines and the zip all happen there; the window receives the
 * bytes and the manifest. One worker per backup, ended once it answered.
 */
export function createWorkerBackup(
  createWorker: () => BackupZipWorkerHandle = createBackupZipWorker,
): (request: WholeBackupRequest) => Promise<CreatedBackup> {
  return (request) =>
    new Promise<CreatedBackup>((resolve, reject) => {
      const worker = createWorker();
      const settle = (outcome: () => void) => {
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        outcome();
      };
      worker.onmessage = (event) => {
        const response = event.data;
        // Receiving a 75 MB answer is this task: ending the worker and what the caller does with
        // the backup (the download) run in a task of their own, so neither adds to this one.
        setTimeout(() =>
          settle(() => {
            if (response.kind === 'backup')
              resolve(createdBackup(response.bytes, response.manifestJson, response.file));
            else if (response.kind === 'failed') reject(new Error(response.message));
            else reject(new Error('réponse inattendue du processus de sauvegarde'));
          }),
        );
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        settle(() => reject(new Error(event.message || 'le processus de sauvegarde s’est arrêté')));
      };
      worker.postMessage({ kind: 'backup', ...request }, []);
    });
}

/**
 * The zipper for backups: in a worker where the platform has them — the whole backup, not only
 * its zip — and in place otherwise (unit tests under Node).
 */
export const zipBackupOffMainThread: BackupZipper =
  typeof Worker === 'undefined'
    ? async (files, { mtime }) => zipSync(files, { mtime })
    : Object.assign(createWorkerZipper(), { wholeBackup: createWorkerBackup() });
