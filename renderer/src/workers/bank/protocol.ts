/**
 * Messages between the Relevés bancaires page and its worker: importing a statement file (parse,
 * then store its credits in one transaction) and matching the credits waiting to be matched. Each
 * job runs in a fresh worker; cancelling terminates it (the import's transaction then rolls back).
 */

import type { StatementImportResult } from '../../data/repositories/bank';
import type { CreditMatch, StatementFormat } from '../../domain/bank';
import type { Cents } from '../../domain/model';

export type BankJobPhase = 'reading' | 'saving' | 'loading' | 'matching';

/** `databaseName`: another ledger than the app's own (benchmarks use a throwaway database). */
export type BankWorkerRequest =
  | { type: 'import'; bytes: Uint8Array; fileName: string; sha256: string; databaseName?: string }
  | { type: 'match'; toleranceCents: Cents; databaseName?: string };

export type BankWorkerResponse =
  | { type: 'progress'; phase: BankJobPhase }
  | { type: 'imported'; format: StatementFormat; result: StatementImportResult }
  | { type: 'matched'; matches: CreditMatch[] }
  | { type: 'failed'; message: string };
