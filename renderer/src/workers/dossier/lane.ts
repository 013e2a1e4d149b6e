/**
 * The dossier worker and the requests it runs, one at a time: a request is sent when the
 * previous one has answered, so that two exports never interleave in the worker.
 */
import type { DossierWorkerRequest, DossierWorkerResponse } from './protocol';

export interface DossierWorkerHandle {
  onmessage: ((event: MessageEvent<DossierWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: DossierWorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

/** Refused pieces, each named with its reason (French), and the summary message. */
export class DossierExportError extends Error {
  constructor(
    message: string,
    readonly reasons: string[] = [],
  ) {
    super(message);
    this.name = 'DossierExportError';
  }
}

export const exportAborted = () =>
  new DOMException('L’export du dossier a été annulé.', 'AbortError');

type Listener = (message: DossierWorkerResponse) => void;

/** What a request or a fingerprint still waiting hears when the worker is stopped. */
const STOPPED = {
  kind: 'failed',
  jobId: -1,
  message: 'L’export du dossier a été annulé.',
} as const satisfies DossierWorkerResponse;

export class WorkerLane {
  private listeners = new Set<Listener>();
  private stopped = false;
  /** What waits for a later answer (`follow`): told when the worker is stopped. */
  private followers = new Set<Listener>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly handle: DossierWorkerHandle) {
    handle.onmessage = (event) => {
      for (const listener of [...this.listeners, ...this.followers]) listener(event.data);
    };
    handle.onerror = (event) => {
      event.preventDefault();
      const message = `Le moteur PDF s’est arrêté : ${event.message || 'erreur inconnue'}`;
      const failed: DossierWorkerResponse = { kind: 'failed', jobId: -1, message };
      for (const listener of [...this.listeners, ...this.followers]) listener(failed);
    };
  }

  /**
   * Stops the worker: what still waits for an answer is told it will not come (a request under
   * way, a fingerprint), and the requests queued behind are refused when their turn comes, so
   * that an export waiting behind the worker's preparation is not left waiting.
   */
  terminate(): void {
    this.stopped = true;
    this.handle.terminate();
    for (const listener of [...this.listeners, ...this.followers]) listener(STOPPED);
  }

  /**
   * Sends a request once the lane is free and resolves with the first answer `accept` returns a
   * value for; rejects on a failure of that job or of the worker, or when `signal` aborts.
   */
  request<T>(
    message: DossierWorkerRequest,
    transfer: Transferable[],
    accept: (response: DossierWorkerResponse) => T | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    const run = () => this.send(message, transfer, accept, signal);
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  /**
   * Resolves with the first answer to job `jobId` that `accept` returns a value for, whenever it
   * comes (after the request's own answer); rejects on a failure of that job or of the worker.
   */
  follow<T>(jobId: number, accept: (response: DossierWorkerResponse) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const listener: Listener = (response) => {
        if (response.jobId !== jobId && response.jobId !== -1) return;
        const value = response.kind === 'failed' ? undefined : accept(response);
        if (response.kind !== 'failed' && value === undefined) return;
        this.followers.delete(listener);
        if (response.kind === 'failed') reject(new DossierExportError(response.message));
        else resolve(value as T);
      };
      this.followers.add(listener);
    });
  }

  private send<T>(
    message: DossierWorkerRequest,
    transfer: Transferable[],
    accept: (response: DossierWorkerResponse) => T | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(exportAborted());
      if (this.stopped) return reject(new DossierExportError(STOPPED.message));
      const done = () => {
        this.listeners.delete(listener);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        done();
        reject(exportAborted());
      };
      const listener: Listener = (response) => {
        if (response.jobId !== message.jobId && response.jobId !== -1) return;
        if (response.kind === 'failed') {
          done();
          // Stopped because its own export was cancelled: said as a cancellation.
          reject(
            signal?.aborted
              ? exportAborted()
              : new DossierExportError(response.message, response.reasons),
          );
          return;
        }
        const value = accept(response);
        if (value !== undefined) {
          done();
          resolve(value);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.listeners.add(listener);
      this.handle.postMessage(message, transfer);
    });
  }
}
