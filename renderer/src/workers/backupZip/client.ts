/**
 * Window side of the backup zip: one worker per backup (backups are rare; nothing is kept
 * loaded between them), ended as soon as it answers. Where there is no Worker (unit tests under
 * Node), the zip is made in place, with the same call.
 */
import { type Zippable, zipSync } from 'fflate';
import type { BackupZipper, WholeBackupRequest } from '../../data/backup/createBackup';
import { firstAnswer, type OneAnswerWorker } from '../firstAnswer';
import type { BackupZipRequest, BackupZipResponse, WholeBackupWorkerRequest } from './protocol';

export type BackupZipWorkerHandle = OneAnswerWorker<BackupZipRequest, BackupZipResponse>;

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
  return async (files, { mtime }) => {
    const response = await firstAnswer(
      createWorker(),
      { kind: 'zip', files, mtime: mtime.getTime() },
      buffersOf(files),
      (detail) => failure(detail ?? 'le processus de compression s’est arrêté'),
    );
    if (response.kind === 'zipped') return response.bytes;
    throw failure(response.kind === 'failed' ? response.message : 'réponse inattendue');
  };
}

/** How long a worker that made a backup keeps it for the browser to download: its link's life. */
export const BACKUP_LINK_LIFETIME_MS = 60_000;

type WholeBackupAnswer =
  | { kind: 'backup'; bytes: Uint8Array }
  | { kind: 'backup-link'; url: string };

/**
 * The whole backup in a worker (issue #19: no main-thread task over 50 ms during a backup):
 * reading 100,000 rows, their JSON lines and the zip all happen there. One worker per backup:
 * ended once it answered with the bytes, or once its link has had time to be downloaded from.
 */
function askWorkerForBackup<K extends WholeBackupAnswer['kind']>(
  createWorker: () => BackupZipWorkerHandle,
  request: WholeBackupRequest,
  deliver: WholeBackupWorkerRequest['deliver'],
  expected: K,
  linkLifetimeMs: number,
): Promise<Extract<WholeBackupAnswer, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const end = (afterMs: number) => {
      worker.onmessage = null;
      worker.onerror = null;
      if (afterMs > 0) setTimeout(() => worker.terminate(), afterMs);
      else worker.terminate();
    };
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.kind === expected) {
        // A link stays valid while its worker lives.
        end(response.kind === 'backup-link' ? linkLifetimeMs : 0);
        resolve(response as Extract<WholeBackupAnswer, { kind: K }>);
        return;
      }
      end(0);
      reject(
        new Error(
          response.kind === 'failed'
            ? response.message
            : 'réponse inattendue du processus de sauvegarde',
        ),
      );
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      end(0);
      reject(new Error(event.message || 'le processus de sauvegarde s’est arrêté'));
    };
    worker.postMessage({ kind: 'backup', ...request, deliver }, []);
  });
}

/** The whole backup made in a worker, its bytes handed to the window (the desktop app saves them). */
export function createWorkerBackup(
  createWorker: () => BackupZipWorkerHandle = createBackupZipWorker,
): (request: WholeBackupRequest) => Promise<Uint8Array> {
  return async (request) =>
    (await askWorkerForBackup(createWorker, request, 'bytes', 'backup', 0)).bytes;
}

/**
 * The whole backup made and kept in a worker, which answers with a blob URL of it, valid for
 * `lifetimeMs`: the browser build downloads from it, and the 75 MB never enter the window.
 */
export function createWorkerBackupLink(
  createWorker: () => BackupZipWorkerHandle = createBackupZipWorker,
  lifetimeMs: number = BACKUP_LINK_LIFETIME_MS,
): (request: WholeBackupRequest) => Promise<string> {
  return async (request) =>
    (await askWorkerForBackup(createWorker, request, 'link', 'backup-link', lifetimeMs)).url;
}

/**
 * The zipper for backups: in a worker where the platform has them — the whole backup, not only
 * its zip — and in place otherwise (unit tests under Node).
 */
export const zipBackupOffMainThread: BackupZipper =
  typeof Worker === 'undefined'
    ? async (files, { mtime }) => zipSync(files, { mtime })
    : Object.assign(createWorkerZipper(), {
        wholeBackup: createWorkerBackup(),
        downloadLink: createWorkerBackupLink(),
      });
