/**
 * A batch recorded by the letter recording worker writes what `lettersRepo.record` writes (the
 * letters, their PDFs, timeline lines, audit, and the derived records kept in the same
 * transaction), with the ids and instant made on the page; a failure writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { demoLetter } from '../../../../tests/unit/letters/letterFixtures';
import { useFreshDb } from '../../../../tests/unit/testDb';
import { RecouvraDb } from '../../data/db';
import { lettersRepo, lettersToWrite } from '../../data/repositories/letters';
import { toRecord } from '../../features/letters/delivery';
import { type LetterRecordWorkerHandle, recordLetters } from './client';
import { handleLetterRecordRequest } from './handleRequest';
import type { LetterRecordRequest, LetterRecordResponse } from './protocol';

/** Stands in for the Web Worker: runs the real handler on a structured clone of each message. */
class FakeWorker implements LetterRecordWorkerHandle {
  onmessage: ((event: MessageEvent<LetterRecordResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: string[] = [];
  terminated = false;

  postMessage(message: LetterRecordRequest): void {
    this.sent.push(message.type);
    const copy = structuredClone(message);
    setTimeout(() => {
      void handleLetterRecordRequest(copy).then((data) => {
        if (data) this.onmessage?.({ data } as MessageEvent<LetterRecordResponse>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const pdf = (n: number) => new TextEncoder().encode(`%PDF-1.7\n% courrier ${n}\n%%EOF\n`);

async function preparedBatch() {
  const letters = [
    demoLetter('relance-1'),
    demoLetter('mise-en-demeure'),
    // The same bytes twice: one blob for both.
    demoLetter('relance-2'),
  ];
  return lettersRepo.prepare(letters.map((letter, n) => toRecord(letter, pdf(Math.min(n, 1)))));
}

describe('letters recorded in a worker', () => {
  const db = useFreshDb();

  it('writes the letters, their PDFs, timeline and audit, and the derived records, in the worker', async () => {
    const worker = new FakeWorker();
    const rows = await recordLetters(await preparedBatch(), () => worker);
    expect(worker.sent).toEqual(['record']);
    expect(worker.terminated).toBe(true);
    expect(rows.map((r) => r.template)).toEqual(['relance-1', 'mise-en-demeure', 'relance-2']);
    expect((await db().letters.toArray()).map((l) => l.id).sort()).toEqual(
      rows.map((r) => r.id).sort(),
    );
    expect(await db().blobs.count()).toBe(2);
    const activities = await db().activities.toArray();
    expect(activities.map((a) => a.letterId).sort()).toEqual(rows.map((r) => r.id).sort());
    const audit = await db().audit.where('action').equals('letter.create').toArray();
    expect(audit.map((a) => a.entityId).sort()).toEqual(rows.map((r) => r.id).sort());
    // The collection history (what the ladder reads) knows the letters, as after a record here.
    const history = await db().collectionHistory.toArray();
    expect(JSON.stringify(history)).toContain(rows[0]?.id ?? '—');
    // The bytes kept are the bytes printed.
    const kept = await lettersRepo.pdfBytes(rows[1] ?? { pdfSha256: '' });
    expect(kept).toEqual(pdf(1));
  });

  it('writes to the ledger the page names, when it is not the worker’s own', async () => {
    const letters = await lettersToWrite(await preparedBatch());
    const other = new RecouvraDb(`${db().name}-autre`);
    try {
      const answer = await handleLetterRecordRequest({
        type: 'record',
        letters,
        databaseName: other.name,
      });
      expect(answer?.type).toBe('recorded');
      expect(await other.letters.count()).toBe(3);
      expect(await db().letters.count()).toBe(0);
    } finally {
      await other.delete();
    }
  });

  it('writes nothing and says why when the worker stops', async () => {
    const crashing: LetterRecordWorkerHandle = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => crashing.onerror?.({ message: 'mémoire insuffisante' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    await expect(recordLetters(await preparedBatch(), () => crashing)).rejects.toThrow(
      /L’enregistrement des courriers s’est interrompu \(mémoire insuffisante\)/,
    );
    expect(await db().letters.count()).toBe(0);
  });

  it('writes nothing when the transaction fails, and answers the database’s reason', async () => {
    const prepared = await preparedBatch();
    await recordLetters(prepared, () => new FakeWorker());
    const counts = async () => [await db().letters.count(), await db().activities.count()];
    const before = await counts();
    // Another batch whose last letter has the id of one already kept: the batch is refused whole.
    const again = await lettersToWrite(prepared);
    const kept = (await db().letters.toArray())[0];
    if (!kept) throw new Error('no letter');
    again.rows[2] = kept;
    const answer = await handleLetterRecordRequest({
      type: 'record',
      letters: again,
      databaseName: db().name,
    });
    expect(answer?.type).toBe('failed');
    expect(answer?.type === 'failed' && answer.message).toBeTruthy();
    expect(await counts()).toEqual(before);
  });
});
