/** Web Worker entry that records a batch of letters sent, off the main thread. */
import { handleLetterRecordRequest } from './letterRecord/handleRequest';
import type { LetterRecordRequest, LetterRecordResponse } from './letterRecord/protocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
interface LetterRecordWorkerScope {
  onmessage: ((event: MessageEvent<LetterRecordRequest>) => void) | null;
  postMessage(message: LetterRecordResponse): void;
}

const scope = self as unknown as LetterRecordWorkerScope;

scope.onmessage = (event) => {
  void handleLetterRecordRequest(event.data).then((response) => {
    if (response) scope.postMessage(response);
  });
};
