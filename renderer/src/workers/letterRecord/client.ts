/**
 * Window side of the letter recording worker. The batch page keeps one ready (code loaded, ledger
 * opened) while it is open; each batch recorded takes it, and a new one is started after. The
 * ids, instant and signature of what is written are made here (`lettersToWrite`), so a letter
 * says when it was sent on this page's clock. Where there is no Worker (unit tests under Node),
 * the letters are written in place, by the same function.
 */

import { getDb } from '../../data/db';
import {
  type LettersToWrite,
  lettersToWrite,
  type PreparedLetters,
  writeLetters,
} from '../../data/repositories/letters';
import type { Letter } from '../../domain/model';
import { firstAnswer, type OneAnswerWorker } from '../firstAnswer';
import { spareWorker } from '../spareWorker';
import type { LetterRecordRequest, LetterRecordResponse } from './protocol';

export type LetterRecordWorkerHandle = OneAnswerWorker<LetterRecordRequest, LetterRecordResponse>;

function createLetterRecordWorker(): LetterRecordWorkerHandle {
  return new Worker(new URL('../letterRecordWorker.ts', import.meta.url), { type: 'module' });
}

const spares = spareWorker(createLetterRecordWorker, (worker) =>
  worker.postMessage({ type: 'warm' }, []),
);

/** Keeps a recording worker ready until the returned function is called (the batch page). */
export const keepLetterRecorderReady = (): (() => void) => spares.keepReady();

const interrupted = (detail: string) =>
  new Error(
    `L’enregistrement des courriers s’est interrompu (${detail}) : aucun courrier n’a été enregistré. Enregistrez à nouveau le lot.`,
  );

async function writeInWorker(
  worker: LetterRecordWorkerHandle,
  letters: LettersToWrite,
): Promise<void> {
  const request = { type: 'record' as const, letters, databaseName: getDb().name };
  const response = await firstAnswer(worker, request, [], (detail) =>
    interrupted(detail ?? 'erreur du processus'),
  );
  if (response.type === 'failed') throw new Error(response.message);
}

/**
 * Records letters prepared (`lettersRepo.prepare`) as `lettersRepo.record` does, in a worker:
 * all or nothing. Answers the letters recorded.
 */
export async function recordLetters(
  prepared: PreparedLetters,
  createWorker?: () => LetterRecordWorkerHandle,
): Promise<Letter[]> {
  const letters = await lettersToWrite(prepared);
  if (!createWorker && typeof Worker === 'undefined') await writeLetters(letters);
  else {
    const worker = createWorker ? createWorker() : spares.take();
    try {
      await writeInWorker(worker, letters);
    } finally {
      if (!createWorker) spares.jobDone();
    }
  }
  return letters.rows;
}
