/**
 * UI side of the letter PDF workers: a small pool that renders letters off the main thread, one
 * letter per request, each worker taking the next letter as soon as it is free (so long and short
 * letters balance out), with progress and cancellation; and a merge of the results into one PDF.
 * Cancelling terminates the workers: react-pdf cannot be interrupted mid-layout otherwise.
 */
import type { LetterContent } from '../../domain/letters';
import type { LetterPdfRequest, LetterPdfResponse } from './protocol';

export interface LetterWorkerHandle {
  onmessage: ((event: MessageEvent<LetterPdfResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: LetterPdfRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface RenderProgress {
  done: number;
  total: number;
}

export interface RenderOptions {
  logo?: string;
  onProgress?: (progress: RenderProgress) => void;
  /** Time a worker spent on each letter (layout and PDF writing), for measurements. */
  onLetterTime?: (ms: number) => void;
  signal?: AbortSignal;
}

export const abortError = () =>
  new DOMException('La génération des courriers a été annulée.', 'AbortError');

function createLetterWorker(): LetterWorkerHandle {
  return new Worker(new URL('../letterPdfWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Workers to use: one per core, at most four (each holds its own fonts). The window only relays
 * progress meanwhile, so it does not need a core of its own.
 */
export function defaultPoolSize(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(4, cores));
}

interface PoolWorker {
  handle: LetterWorkerHandle;
  /** Requests sent to this worker and not answered yet. */
  waiting: Map<number, { resolve: (r: LetterPdfResponse) => void; reject: (e: Error) => void }>;
}

/** Rejects when the signal aborts, so a wait on a worker can be abandoned at once. */
function whenAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
}

export class LetterPdfPool {
  private workers: PoolWorker[] = [];
  private nextRequestId = 1;

  constructor(
    private readonly size: number = defaultPoolSize(),
    private readonly createWorker: () => LetterWorkerHandle = createLetterWorker,
  ) {}

  private worker(index: number): PoolWorker {
    const existing = this.workers[index];
    if (existing) return existing;
    const worker: PoolWorker = { handle: this.createWorker(), waiting: new Map() };
    worker.handle.onmessage = (event) => {
      worker.waiting.get(event.data.requestId)?.resolve(event.data);
      worker.waiting.delete(event.data.requestId);
    };
    worker.handle.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`Le moteur PDF s’est arrêté : ${event.message || 'erreur inconnue'}`);
      for (const waiting of worker.waiting.values()) waiting.reject(error);
      worker.waiting.clear();
    };
    this.workers[index] = worker;
    return worker;
  }

  /** One request to one worker, matched to its answer by id. */
  private request(index: number, message: LetterPdfRequest, transfer: Transferable[] = []) {
    const worker = this.worker(index);
    return new Promise<LetterPdfResponse>((resolve, reject) => {
      worker.waiting.set(message.requestId, { resolve, reject });
      worker.handle.postMessage(message, transfer);
    });
  }

  /**
   * Starts the first worker and has it load the PDF engine and fonts (a second or so on a cold
   * start), so that the first letter asked for is laid out at once. Harmless when already warm.
   */
  warm(): void {
    if (this.workers[0]) return;
    void this.request(0, { kind: 'warm', requestId: this.nextRequestId++ }).catch(() => {
      // A failed warm-up shows again, with its message, on the first real render.
    });
  }

  /** Stops everything now; the next call starts fresh workers. */
  terminate(): void {
    for (const worker of this.workers) {
      worker.handle.terminate();
      for (const waiting of worker.waiting.values()) waiting.reject(abortError());
    }
    this.workers = [];
  }

  /** Renders each letter to its own PDF, in order. Rejects with an AbortError when cancelled. */
  async render(
    letters: readonly LetterContent[],
    options: RenderOptions = {},
  ): Promise<Uint8Array[]> {
    const { signal } = options;
    if (signal?.aborted) throw abortError();
    const results: Uint8Array[] = new Array(letters.length);
    let next = 0;
    let done = 0;
    const lane = async (index: number) => {
      while (!signal?.aborted && next < letters.length) {
        const position = next++;
        const letter = letters[position];
        if (!letter) continue;
        const response = await this.request(index, {
          kind: 'render',
          requestId: this.nextRequestId++,
          letter,
          ...(options.logo ? { logo: options.logo } : {}),
        });
        if (response.kind === 'failed') {
          throw new Error(`Courrier ${position + 1} : ${response.message}`);
        }
        if (response.kind !== 'rendered') throw new Error('Réponse inattendue du moteur PDF');
        results[position] = response.bytes;
        options.onLetterTime?.(response.renderMs);
        done += 1;
        options.onProgress?.({ done, total: letters.length });
      }
    };
    const onAbort = () => this.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const lanes = Math.max(1, Math.min(this.size, letters.length));
      await Promise.race([
        Promise.all(Array.from({ length: lanes }, (_, i) => lane(i))),
        whenAborted(signal),
      ]);
      if (signal?.aborted) throw abortError();
      return results;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * One PDF from the parts, in a worker (merging 300 pages would freeze the window); `duplex`
   * adds a blank page after each part with an odd page count (see mergePdfs).
   */
  async merge(
    parts: readonly Uint8Array[],
    signal?: AbortSignal,
    duplex = false,
  ): Promise<{ bytes: Uint8Array; pageCounts: number[]; blankPages: number }> {
    if (signal?.aborted) throw abortError();
    const onAbort = () => this.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // Copies go to the worker: the caller keeps its parts (each letter's bytes are recorded).
      const copies = parts.map((part) => part.slice());
      const response = await Promise.race([
        this.request(
          0,
          { kind: 'merge', requestId: this.nextRequestId++, parts: copies, duplex },
          copies.map((copy) => copy.buffer),
        ),
        whenAborted(signal),
      ]);
      if (response.kind === 'failed') throw new Error(response.message);
      if (response.kind !== 'merged') throw new Error('Réponse inattendue du moteur PDF');
      return {
        bytes: response.bytes,
        pageCounts: response.pageCounts,
        blankPages: response.blankPages,
      };
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

let batchPool: LetterPdfPool | undefined;
let previewPool: LetterPdfPool | undefined;

/** The pool for batches, created on first use. */
export function letterPdfPool(): LetterPdfPool {
  batchPool ??= new LetterPdfPool();
  return batchPool;
}

/** One worker for previews, so a preview never waits behind a batch (or cancels it). */
export function previewPdfPool(): LetterPdfPool {
  previewPool ??= new LetterPdfPool(1);
  return previewPool;
}
