import type { Cents, IsoDate } from '../../model';

/** An open item a credit may pay (an invoice with something still open). */
export interface OpenItem {
  id: string;
  debtorId: string;
  number: string;
  dueDate: IsoDate;
  openCents: Cents;
  currency: string;
}

export interface MatchDebtor {
  id: string;
  name: string;
  /** The debtor's account in the ERP, shown beside the name (not matched on). */
  accountNo?: string;
  /** IBANs learned from earlier confirmed matches. */
  ibans: readonly string[];
}

/** What the bank said about one credit, as the matcher reads it. */
export interface MatchCredit {
  key: string;
  amountCents: Cents;
  currency: string;
  payerName?: string;
  payerIban?: string;
  references: readonly string[];
  remittance: string;
}

export type MatchReason =
  | 'invoice-number'
  | 'iban'
  | 'name'
  | 'exact-amount'
  | 'amount-set'
  | 'tolerance'
  | 'partial';

export interface Allocation {
  itemId: string;
  cents: Cents;
}

export interface MatchCandidate {
  debtorId: string;
  allocations: Allocation[];
  /** Part of the credit no item takes (an overpayment), 0 otherwise. */
  unallocatedCents: Cents;
  reasons: MatchReason[];
  /** 0 to 1: how sure the matcher is. */
  confidence: number;
}

export interface CreditMatch {
  creditKey: string;
  /** Best first; empty when nothing plausible was found. */
  candidates: MatchCandidate[];
}

/**
 * Candidates narrowed once every credit of a run is proposed, by the credit's position in the
 * run: a surer credit reserved some of their items.
 */
export type NarrowedCandidates = [position: number, candidates: MatchCandidate[]][];

export interface MatchOptions {
  /** Largest gap, in cents, between a credit and an amount it may pay (bank fees, rounding). */
  toleranceCents: Cents;
}

/** What a list of proposals names: debtor id -> name and account, item id -> document number. */
export interface MatchLabels {
  debtors: Map<string, { name: string; accountNo?: string }>;
  items: Map<string, string>;
}
