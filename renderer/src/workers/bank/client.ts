/**
 * Window side of the bank worker: one job per worker, with progress and cancellation (an
 * AbortSignal terminates the worker). An import's bytes are transferred to the worker (the
 * caller must not use them afterwards); its Blob is read there. Resolves with the worker's answer; a crash becomes a
 * French `failed` answer.
 */
import type {
  BankCreditRecord,
  CreditMatch,
  MatchLabels,
  NarrowedCandidates,
} from '../../domain/bank';
import { spareWorker } from '../spareWorker';
import type { BankJobPhase, BankWorkerRequest, BankWorkerResponse } from './protocol';

export interface BankWorkerHandle {
  onmessage: ((event: MessageEvent<BankWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: BankWorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

type Answer = Exclude<
  BankWorkerResponse,
  { type: 'progress' } | { type: 'match-chunk' } | { type: 'waiting-chunk' }
>;

function createBankWorker(): BankWorkerHandle {
  return new Worker(new URL('../bankWorker.ts', import.meta.url), { type: 'module' });
}

/** The ledger the next spare prepares, when not the app's own (benchmarks). */
let spareLedger: string | undefined;

/**
 * The Relevés bancaires page keeps one warm while open: code loaded, ledger opened and indexed.
 */
const spares = spareWorker(createBankWorker, (worker) =>
  worker.postMessage({ type: 'warm', databaseName: spareLedger }),
);

/**
 * And one more, its helper: an import's worker hands it the tail of a large CAMT.053 file to read
 * on the other core (domain/bank/camt053Split.ts). It reads no ledger.
 */
const helpers = spareWorker(createBankWorker, (worker) =>
  worker.postMessage({ type: 'warm', indexLedger: false }),
);

/**
 * Keeps a worker and its helper ready for the next job until the returned function is called.
 * `databaseName`: the ledger its job will read, when not the app's own (a benchmark's throwaway
 * ledger).
 */
export function keepBankWorkerReady(databaseName?: string): () => void {
  spareLedger = databaseName;
  const releaseWorker = spares.keepReady();
  const releaseHelper = helpers.keepReady();
  return () => {
    releaseWorker();
    releaseHelper();
  };
}

/**
 * Gives an import's worker a helper, on a channel of their own. Should the helper crash, the
 * worker is told, and reads the whole file itself.
 */
function withHelper(
  worker: BankWorkerHandle,
  helper: BankWorkerHandle,
  request: Extract<BankWorkerRequest, { type: 'import' }>,
): { request: BankWorkerRequest; transfer: Transferable[] } {
  const channel = new MessageChannel();
  helper.onerror = (event) => {
    event.preventDefault?.();
    worker.postMessage({ type: 'helper-lost' });
  };
  helper.postMessage({ type: 'read-tail', port: channel.port2 }, [channel.port2]);
  return { request: { ...request, helper: channel.port1 }, transfer: [channel.port1] };
}

/** The chunks received, then the answer's own last part. */
const whole = <T>(chunks: readonly T[][], last: T[]): T[] =>
  chunks.length === 0 ? last : chunks.flat().concat(last);

function addLabels(into: MatchLabels, more: MatchLabels): void {
  for (const [id, debtor] of more.debtors) into.debtors.set(id, debtor);
  for (const [id, number] of more.items) into.items.set(id, number);
}

/** The matches received, with the candidates the answer narrowed. */
function narrowedMatches(
  chunks: readonly CreditMatch[][],
  last: CreditMatch[],
  narrowed: NarrowedCandidates = [],
): CreditMatch[] {
  const matches = whole(chunks, last);
  for (const [position, candidates] of narrowed) {
    const match = matches[position];
    if (match) matches[position] = { ...match, candidates };
  }
  return matches;
}

export function runBankJob(
  request: BankWorkerRequest,
  options: {
    onProgress?: (phase: BankJobPhase) => void;
    signal?: AbortSignal;
    /** The job's worker and, for an import, its helper (tests); the spares by default. */
    createWorker?: () => BankWorkerHandle;
    createHelper?: () => BankWorkerHandle;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = options.createWorker ? options.createWorker() : spares.take();
    const helper =
      request.type !== 'import'
        ? undefined
        : options.createHelper
          ? options.createHelper()
          : options.createWorker
            ? undefined
            : helpers.take();
    const finish = (outcome: () => void) => {
      worker.terminate();
      helper?.terminate();
      // The next spare starts once this job is over and drawn, not beside them on the same cores.
      if (!options.createWorker) spares.jobDone();
      if (helper && !options.createHelper) helpers.jobDone();
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () =>
      finish(() => reject(new DOMException('Traitement du relevé annulé.', 'AbortError')));
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort);
    const matchChunks: CreditMatch[][] = [];
    const waitingChunks: BankCreditRecord[][] = [];
    // The names of every chunk's proposals, gathered as they come.
    const labels: MatchLabels = { debtors: new Map(), items: new Map() };
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.type === 'progress') options.onProgress?.(response.phase);
      else if (response.type === 'match-chunk') {
        matchChunks.push(response.matches);
        addLabels(labels, response.labels);
      } else if (response.type === 'waiting-chunk') waitingChunks.push(response.credits);
      else if (response.type === 'matched') {
        const matches = narrowedMatches(matchChunks, response.matches, response.narrowed);
        addLabels(labels, response.labels);
        finish(() => resolve({ ...response, matches, labels }));
      } else if (response.type === 'imported') {
        const matches =
          response.matches && narrowedMatches(matchChunks, response.matches, response.narrowed);
        const waiting = response.waiting && whole(waitingChunks, response.waiting);
        if (response.labels) addLabels(labels, response.labels);
        const named = response.labels ? { labels } : {};
        finish(() => resolve({ ...response, matches, waiting, ...named }));
      } else finish(() => resolve(response));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() =>
        resolve({
          type: 'failed',
          message: `Le traitement du relevé s’est interrompu (${event.message || 'erreur du processus'}) : rien n’a été modifié dans le registre.`,
        }),
      );
    };
    // A statement's bytes are handed over, not copied (6 MB for 20,000 credits): the caller
    // gives them to the job and does not read them again. A Blob crosses by reference.
    const bytes =
      request.type === 'import' && request.bytes instanceof Uint8Array
        ? request.bytes.buffer
        : undefined;
    const sent =
      helper && request.type === 'import'
        ? withHelper(worker, helper, request)
        : { request, transfer: [] };
    worker.postMessage(
      sent.request,
      bytes instanceof ArrayBuffer ? [...sent.transfer, bytes] : sent.transfer,
    );
  });
}
