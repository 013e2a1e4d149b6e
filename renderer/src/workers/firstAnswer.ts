/**
 * A worker asked one question: the request is posted, the first answer settles the call and the
 * worker is ended. A worker that crashes (an error event) rejects with the caller's French
 * sentence, built from the browser's detail when it gives one.
 */
export interface OneAnswerWorker<Request, Response> {
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: Request, transfer: Transferable[]): void;
  terminate(): void;
}

export function firstAnswer<Request, Response>(
  worker: OneAnswerWorker<Request, Response>,
  request: Request,
  transfer: Transferable[],
  crashed: (detail: string | undefined) => Error,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      outcome();
    };
    worker.onmessage = (event) => settle(() => resolve(event.data));
    worker.onerror = (event) => {
      event.preventDefault?.();
      settle(() => reject(crashed(event.message || undefined)));
    };
    worker.postMessage(request, transfer);
  });
}
