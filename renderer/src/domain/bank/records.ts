/** Bank statements as the ledger keeps them: each file imported, and each credit to match. */
import type { Cents, IsoInstant } from '../model';
import type { MatchReason } from './matching/types';
import type { BankCredit, StatementBalance, StatementFormat } from './types';

export type BankCreditStatus = 'unmatched' | 'matched' | 'ignored';

export interface BankCreditRecord extends BankCredit {
  /** `accountId|bankReference`: importing the same statement twice finds it again. */
  id: string;
  importId: string;
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
