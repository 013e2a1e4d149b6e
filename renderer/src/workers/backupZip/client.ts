/**
 * Window side of the backup zip: one worker per backup (backups are rare; nothing is kept
 * loaded between them), ended as soon as it answers. Where there is no Worker (unit tests under
 * Node), the zip is made in place, with the same call.
 */
import { type Zippable, zipSync } from 'fflate';
import type { BackupZipRequest, BackupZipResponse } from './protocol';

export interface BackupZipWorkerHandle {
  onmessage: ((event: MessageEvent<BackupZipResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: BackupZipRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export type BackupZipper = (files: Zippable, options: { mtime: Date }) => Promise<Uint8Array>;

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
  new Error(`La compression de la sauvegarde a échoué : ${detail}`);

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
          response.kind === 'zipped' ? resolve(response.bytes) : reject(failure(response.message)),
        );
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        settle(() => reject(failure(event.message || 'le processus de compression s’est arrêté')));
      };
      worker.postMessage({ kind: 'zip', files, mtime: mtime.getTime() }, buffersOf(files));
    });
}

/** The zip for backups: in a worker where the platform has them, in place otherwise. */
export const zipBackupOffMainThread: BackupZipper =
  typeof Worker === 'undefined'
    ? async (files, { mtime }) => zipSync(files, { mtime })
    : createWorkerZipper();
