import { describe, expect, it, vi } from 'vitest';
import { useFreshDb } from '../../../../tests/unit/testDb';
import type { BankCreditRecord, CreditMatch } from '../../domain/bank';
import { isoDate } from '../../domain/dates';
import { cents } from '../../domain/money';
import { SPARE_RESTART_DELAY_MS } from '../spareWorker';
import { type BankWorkerHandle, keepBankWorkerReady, runBankJob } from './client';
import { handleBankRequest, MATCH_CHUNK } from './handleRequest';
import type { BankWorkerRequest, BankWorkerResponse } from './protocol';

/** Stands in for the Web Worker: runs the real handler, keeping what it posts. */
class FakeWorker implements BankWorkerHandle {
  onmessage: ((event: MessageEvent<BankWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: BankWorkerResponse[] = [];

  postMessage(message: BankWorkerRequest): void {
    setTimeout(() => {
      void handleBankRequest(message, (data) => {
        this.posted.push(data);
        this.onmessage?.({ data } as MessageEvent<BankWorkerResponse>);
      });
    }, 0);
  }

  terminate(): void {}
}

function credit(n: number): BankCreditRecord {
  return {
    id: `FR76|B${String(n).padStart(5, '0')}`,
    importId: 'imp',
    status: 'unmatched',
    accountId: 'FR76',
    bankReference: `B${String(n).padStart(5, '0')}`,
    bookingDate: isoDate('2026-11-24'),
    amountCents: cents(1000 + n),
    currency: 'EUR',
    references: [],
    remittance: 'VIREMENT',
    origin: `écriture ${n + 1}`,
  };
}

describe('bank worker client', () => {
  const db = useFreshDb();

  it('hands over every match, in order, although the worker posts them in chunks', async () => {
    const count = 2 * MATCH_CHUNK + 7;
    await db().bankCredits.bulkAdd(Array.from({ length: count }, (_, n) => credit(n)));
    const worker = new FakeWorker();
    const answer = await runBankJob(
      { type: 'match', toleranceCents: cents(500) },
      { createWorker: () => worker },
    );
    expect(answer.type).toBe('matched');
    const matches = (answer as { matches: CreditMatch[] }).matches;
    expect(matches.map((m) => m.creditKey)).toEqual(
      Array.from({ length: count }, (_, n) => credit(n).id),
    );
    const chunks = worker.posted.filter((r) => r.type === 'match-chunk');
    expect(chunks.map((c) => c.matches.length)).toEqual([MATCH_CHUNK, MATCH_CHUNK]);
    const last = worker.posted.at(-1);
    expect(last?.type === 'matched' && last.matches.length).toBe(7);
  });
});

/** Stands in for the browser's Worker: records what each instance is sent, answers a job. */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  onmessage: ((event: MessageEvent<BankWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: string[] = [];
  terminated = false;

  constructor() {
    RecordingWorker.made.push(this);
  }

  postMessage(message: BankWorkerRequest): void {
    this.sent.push(message.type);
    if (message.type === 'warm') return;
    setTimeout(() => this.onmessage?.({ data: { type: 'matched', matches: [] } } as never), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A match job on fake timers: the recording worker answers in a timer of its own. */
async function job() {
  const answer = runBankJob({ type: 'match', toleranceCents: cents(500) });
  await vi.advanceTimersByTimeAsync(0);
  return answer;
}

describe('a worker kept ready', () => {
  it('takes the next job warm, starts the next spare after it, and is let go when released', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    vi.useFakeTimers();
    RecordingWorker.made = [];
    try {
      const release = keepBankWorkerReady();
      expect(RecordingWorker.made).toHaveLength(1);
      const [ready] = RecordingWorker.made;
      expect(ready?.sent).toEqual(['warm']);

      const answer = await job();
      expect(answer.type).toBe('matched');
      // The job ran in the worker already warm, which then ended.
      expect(ready?.sent).toEqual(['warm', 'match']);
      expect(ready?.terminated).toBe(true);
      // A new spare, warmed once the answer is drawn, waits for the next job.
      expect(RecordingWorker.made).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      expect(RecordingWorker.made).toHaveLength(2);
      const next = RecordingWorker.made[1];
      expect(next?.sent).toEqual(['warm']);

      release();
      expect(next?.terminated).toBe(true);
      await job();
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      // Nobody keeps one any more: a job gets its own worker and leaves no spare behind.
      expect(RecordingWorker.made).toHaveLength(3);
      expect(RecordingWorker.made[2]?.sent).toEqual(['match']);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('starts no spare after a job when the page is left before the spare was due', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    vi.useFakeTimers();
    RecordingWorker.made = [];
    try {
      const release = keepBankWorkerReady();
      await job();
      release();
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      expect(RecordingWorker.made).toHaveLength(1);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
