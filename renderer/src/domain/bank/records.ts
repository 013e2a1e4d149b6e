/**
 * Bank statements as the ledger keeps them: each file imported, its credits stored by batches (the
 * facts the bank gave), and a record per credit once its status changed (matched, ignored).
 */
import type { Cents, IsoInstant } from '../model';
import type { MatchReason } from './matching/types';
import type { BankCredit, StatementBalance, StatementFormat } from './types';

export type BankCreditStatus = 'unmatched' | 'matched' | 'ignored';

export interface BankCreditRecord extends BankCredit {
  /** `accountId|bankReference`: importing the same statement twice finds it again. */
  id: string;
  importId: string;
  /** The batch the credit was imported in (absent for credits imported before batches). */
  batchId?: string;
  status: BankCreditStatus;
  /** Set once matched. */
  debtorId?: string;
  allocations?: { invoiceId: string; cents: Cents }[];
  reasons?: MatchReason[];
  matchedAt?: IsoInstant;
  matchedBy?: string;
}

export interface BankImportRecord {
  id: string;
  fileName: string;
  sha256: string;
  format: StatementFormat;
  importedAt: IsoInstant;
  by: string;
  /** Closing balance of each account the file covers, to check the next file follows. */
  accounts: { accountId: string; closing?: StatementBalance }[];
  counts: { credits: number; duplicates: number; debits: number };
}

export function bankCreditId(credit: Pick<BankCredit, 'accountId' | 'bankReference'>): string {
  return `${credit.accountId}|${credit.bankReference}`;
}

/** A stored credit as the statement gave it: its facts, never changed after the import. */
export type StoredBankCredit = BankCredit & { id: string };

/**
 * Credits of one import, many to a row: a statement of 20,000 credits is 40 writes instead of
 * 20,000 (IndexedDB pays per row, not per byte). A credit waits to be matched as long as no
 * record in `bankCredits` gives it another status.
 */
export interface BankCreditBatch {
  /** `importId:n`. */
  id: string;
  importId: string;
  credits: StoredBankCredit[];
}

export const BANK_CREDIT_BATCH_SIZE = 500;

export function batchCredits(importId: string, credits: readonly BankCredit[]): BankCreditBatch[] {
  const batches: BankCreditBatch[] = [];
  for (let start = 0; start < credits.length; start += BANK_CREDIT_BATCH_SIZE) {
    batches.push({
      id: `${importId}:${batches.length}`,
      importId,
      credits: credits
        .slice(start, start + BANK_CREDIT_BATCH_SIZE)
        .map((credit) => ({ ...credit, id: bankCreditId(credit) })),
    });
  }
  return batches;
}

/** A batch's credit as a record waiting to be matched. */
export function waitingCredit(batch: BankCreditBatch, credit: StoredBankCredit): BankCreditRecord {
  return { ...credit, importId: batch.importId, batchId: batch.id, status: 'unmatched' };
}

/**
 * The credits waiting to be matched: those of the batches with no record (`recorded`: every
 * record's id), and the records whose status is back to (or, imported before batches, still)
 * `unmatched`.
 */
export function unmatchedCredits(
  batches: readonly BankCreditBatch[],
  recorded: ReadonlySet<string>,
  unmatchedRecords: readonly BankCreditRecord[],
): BankCreditRecord[] {
  const waiting = [...unmatchedRecords];
  for (const batch of batches) {
    for (const credit of batch.credits) {
      if (!recorded.has(credit.id)) waiting.push(waitingCredit(batch, credit));
    }
  }
  return waiting;
}
