/**
 * Messages between the Relevés bancaires page and its worker: importing a statement file (parse,
 * then store its credits in one transaction, then, when asked, match every credit waiting in the
 * same job) and matching the credits waiting to be matched. Each job runs in a fresh worker;
 * cancelling terminates it (the import's transaction then rolls back).
 */

import type { StatementImportResult } from '../../data/repositories/bank';
import type {
  BankCreditRecord,
  BankStatement,
  CamtTail,
  CreditMatch,
  MatchLabels,
  NarrowedCandidates,
  StatementFormat,
} from '../../domain/bank';
import type { Cents } from '../../domain/model';
import type { FileContent } from '../fileContent';

export type BankJobPhase = 'reading' | 'saving' | 'loading' | 'matching';

/** `databaseName`: another ledger than the app's own (benchmarks use a throwaway database). */
export type BankWorkerRequest =
  | {
      type: 'import';
      /** The file (fileContent.ts): its Blob, read in the worker, or its bytes, transferred. */
      bytes: FileContent;
      fileName: string;
      /**
       * The file's SHA-256 (a statement imported twice is recognised by it); when absent, the
       * worker digests the bytes itself (off the page's main thread).
       */
      sha256?: string;
      /** Match the credits waiting once the statement is stored (the page shows them next). */
      match?: { toleranceCents: Cents };
      databaseName?: string;
      /**
       * A port to a helper worker (`read-tail`): the tail of a large CAMT.053 file is read
       * there while this worker reads the rest (domain/bank/camt053Split.ts).
       */
      helper?: MessagePort;
    }
  /** Makes this worker the helper of an import's worker, which sends it a tail on `port`. */
  | { type: 'read-tail'; port: MessagePort }
  /** To an import's worker: its helper crashed, and will not answer. */
  | { type: 'helper-lost' }
  | { type: 'match'; toleranceCents: Cents; databaseName?: string }
  /**
   * Sent to a worker started before it is needed (client.ts, keepBankWorkerReady): it opens the
   * ledger, parses and matches a made-up statement until its job comes (warmUp.ts), answers
   * nothing, and takes its job next. `databaseName`: the ledger it prepares, when not the app's;
   * `indexLedger: false`: a helper's spare, which reads no ledger.
   */
  | { type: 'warm'; databaseName?: string; indexLedger?: boolean };

/** On a helper's port: the tail to read, then its answer. */
export interface TailRequest {
  fileName: string;
  tail: CamtTail;
}
export type TailAnswer = { ok: true; statement: BankStatement } | { ok: false; message: string };

/** Milliseconds spent in each step of a job, measured in the worker (benchmarks print them). */
export type BankJobTimings = Record<string, number>;

/**
 * The matches travel in `match-chunk` messages (`MATCH_CHUNK` each), each sent as soon as its
 * credits are proposed, then one `matched` (or `imported`) with the rest and the candidates
 * `narrowed` once all were proposed: one message of 20,000 matches would be deserialised in one
 * long main-thread task, and the page deserialises each chunk while the worker matches the next.
 * An import that matches sends the credits waiting the same way (`waiting-chunk`), as soon as
 * they are stored. `runBankJob` hands the caller all of them together, narrowed.
 */
export type BankWorkerResponse =
  | { type: 'progress'; phase: BankJobPhase }
  | {
      type: 'imported';
      format: StatementFormat;
      result: StatementImportResult;
      /** Every credit waiting and its candidates, when the request asked to match. */
      matches?: CreditMatch[];
      /** What to narrow in the proposals sent (with `matches`). */
      narrowed?: NarrowedCandidates;
      /**
       * The credits waiting to be matched once the statement is stored, those `matches` covers
       * (when the request asked to match): the page shows them without reading them again.
       */
      waiting?: BankCreditRecord[];
      /**
       * The debtors and documents the best proposals of `matches` and `narrowed` name; the
       * chunks sent name their own (`runBankJob` hands over all of them).
       */
      labels?: MatchLabels;
      timings?: BankJobTimings;
    }
  | { type: 'match-chunk'; matches: CreditMatch[]; labels: MatchLabels }
  | { type: 'waiting-chunk'; credits: BankCreditRecord[] }
  | {
      type: 'matched';
      matches: CreditMatch[];
      narrowed: NarrowedCandidates;
      labels: MatchLabels;
      timings?: BankJobTimings;
    }
  | { type: 'failed'; message: string };
