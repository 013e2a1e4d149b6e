import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../../domain/letters';
import { LetterPdfPool, type LetterWorkerHandle } from './client';
import type { LetterPdfRequest, LetterPdfResponse } from './protocol';

/** A worker stand-in: answers each render with the letter's subject as bytes, after `delayMs`. */
class FakeWorker implements LetterWorkerHandle {
  static created = 0;
  static terminated = 0;
  static warmed = 0;
  onmessage: ((event: MessageEvent<LetterPdfResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(private readonly delayMs: (subject: string) => number) {
    FakeWorker.created += 1;
  }
  postMessage(message: LetterPdfRequest): void {
    const answer = (data: LetterPdfResponse) =>
      this.onmessage?.({ data } as MessageEvent<LetterPdfResponse>);
    if (message.kind === 'merge') {
      setTimeout(() =>
        answer({
          kind: 'merged',
          requestId: message.requestId,
          bytes: new Uint8Array([9]),
          pageCounts: message.parts.map(() => 1),
          blankPages: message.duplex ? message.parts.length : 0,
        }),
      );
      return;
    }
    if (message.kind === 'warm') {
      FakeWorker.warmed += 1;
      setTimeout(() => answer({ kind: 'warm', requestId: message.requestId }));
      return;
    }
    const subject = message.letter.subject;
    setTimeout(() => {
      if (subject === 'boom')
        answer({ kind: 'failed', requestId: message.requestId, message: 'police absente' });
      else
        answer({
          kind: 'rendered',
          requestId: message.requestId,
          bytes: new TextEncoder().encode(subject),
          renderMs: 1,
        });
    }, this.delayMs(subject));
  }
  terminate(): void {
    FakeWorker.terminated += 1;
  }
}

const letters = (subjects: string[]) => subjects.map((subject) => ({ subject }) as LetterContent);
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('LetterPdfPool', () => {
  it('returns the PDFs in letter order whatever order the workers finish in, with progress', async () => {
    const pool = new LetterPdfPool(2, () => new FakeWorker((s) => (s === 'long' ? 30 : 1)));
    const progress: number[] = [];
    const parts = await pool.render(letters(['long', 'b', 'c', 'd']), {
      onProgress: (p) => progress.push(p.done),
    });
    expect(parts.map(text)).toEqual(['long', 'b', 'c', 'd']);
    expect(progress).toEqual([1, 2, 3, 4]);
    const merged = await pool.merge(parts);
    expect(merged.pageCounts).toEqual([1, 1, 1, 1]);
    pool.terminate();
  });

  it('names the letter that failed', async () => {
    const pool = new LetterPdfPool(1, () => new FakeWorker(() => 1));
    await expect(pool.render(letters(['a', 'boom']))).rejects.toThrow(
      'Courrier 2 : police absente',
    );
    pool.terminate();
  });

  it('stops at once when cancelled, terminating its workers, and starts fresh afterwards', async () => {
    FakeWorker.terminated = 0;
    const pool = new LetterPdfPool(2, () => new FakeWorker(() => 50));
    const controller = new AbortController();
    const running = pool.render(letters(['a', 'b', 'c', 'd', 'e']), { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.terminated).toBe(2);
    const again = await pool.render(letters(['x']));
    expect(again.map(text)).toEqual(['x']);
  });

  it('warms its first worker once, and renders the first letter on that worker', async () => {
    FakeWorker.warmed = 0;
    let created = 0;
    const pool = new LetterPdfPool(1, () => {
      created += 1;
      return new FakeWorker(() => 1);
    });
    pool.warm();
    pool.warm();
    const parts = await pool.render(letters(['a']));
    expect(parts.map(text)).toEqual(['a']);
    expect([created, FakeWorker.warmed]).toEqual([1, 1]);
    pool.terminate();
  });
});
