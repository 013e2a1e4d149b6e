/**
 * Window side of the restore: the chosen file's bytes go to a worker of their own (transferred,
 * not copied), which answers with what the confirmation shows; on confirmation it writes the
 * backup, then ends. Where there is no Worker (unit tests under Node), the same handler runs in
 * place.
 */
import type { RestoreResult } from '../../data/backup/restoreBackup';
import { createRestoreHandler } from './handleRequest';
import type { BackupSummary, RestoreRequest, RestoreResponse } from './protocol';

export type { BackupSummary };

/** A backup read and proven, waiting for the user's confirmation. */
export interface ProvenBackup {
  summary: BackupSummary;
  /** Replaces the data of the named database with the backup; ends the worker. */
  apply(databaseName: string, by: string): Promise<RestoreResult>;
  /** The user declined: ends the worker. */
  discard(): void;
}

export type ReadOutcome = { ok: true; backup: ProvenBackup } | { ok: false; reason: string };

interface Channel {
  send(request: RestoreRequest, transfer?: Transferable[]): Promise<RestoreResponse>;
  end(): void;
}

function workerChannel(): Channel {
  const worker = new Worker(new URL('../restoreWorker.ts', import.meta.url), { type: 'module' });
  return {
    send: (request, transfer = []) =>
      new Promise((resolve) => {
        worker.onmessage = (event: MessageEvent<RestoreResponse>) => resolve(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          resolve({
            kind: 'failed',
            message: event.message || 'le processus de restauration s’est arrêté',
          });
        };
        worker.postMessage(request, transfer);
      }),
    end: () => worker.terminate(),
  };
}

function inPlaceChannel(): Channel {
  const handle = createRestoreHandler();
  return { send: (request) => handle(request), end: () => {} };
}

/** Why the worker did not answer as asked: its own words, never the name of a message. */
const messageOf = (response: RestoreResponse) =>
  response.kind === 'failed' ? response.message : 'réponse inattendue du processus de restauration';

const failure = (message: string) =>
  `La restauration s’est interrompue (${message}) : aucune donnée n’a été modifiée.`;

/**
 * Reads and proves a backup off the main thread: a file not read yet (the worker reads it), or
 * bytes, handed over (left empty here).
 */
export async function readBackupOffMainThread(content: Blob | Uint8Array): Promise<ReadOutcome> {
  const channel = typeof Worker === 'undefined' ? inPlaceChannel() : workerChannel();
  const transfer =
    content instanceof Uint8Array && content.buffer instanceof ArrayBuffer ? [content.buffer] : [];
  const read = await channel.send({ kind: 'read', content }, transfer);
  if (read.kind !== 'read' || !read.ok) {
    channel.end();
    return {
      ok: false,
      reason: read.kind === 'read' ? read.reason : failure(messageOf(read)),
    };
  }
  return {
    ok: true,
    backup: {
      summary: read.summary,
      async apply(databaseName, by) {
        try {
          const applied = await channel.send({ kind: 'apply', databaseName, by });
          if (applied.kind === 'applied') return applied.result;
          return {
            ok: false,
            reason: failure(messageOf(applied)),
          };
        } finally {
          channel.end();
        }
      },
      discard: () => channel.end(),
    },
  };
}
