/** Web Worker entry of the bank statements: import and matching off the main thread. */
import { handleBankRequest } from './bank/handleRequest';
import type { BankWorkerRequest, BankWorkerResponse } from './bank/protocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
interface BankWorkerScope {
  onmessage: ((event: MessageEvent<BankWorkerRequest>) => void) | null;
  postMessage(message: BankWorkerResponse): void;
}

const scope = self as unknown as BankWorkerScope;

scope.onmessage = (event) => {
  void handleBankRequest(event.data, (response) => scope.postMessage(response));
};
