/** How a proposal reads in the review list: who, which items, why, how sure. */

import type { LedgerLabels } from '../../data/bankHooks';
import type { MatchDecision } from '../../data/repositories/bank';
import {
  type BankCreditRecord,
  MATCH_REASON_LABELS,
  type MatchCandidate,
  type MatchLabels,
} from '../../domain/bank';

/** Who and which documents proposals name, read from the ledger or answered by the matcher. */
export interface ProposalLabels {
  debtor(id: string): { name: string; accountNo?: string } | undefined;
  itemNumber(id: string): string | undefined;
}

export function ledgerLabels(labels: LedgerLabels): ProposalLabels {
  return {
    debtor: (id) => labels.debtors.get(id),
    itemNumber: (id) => labels.invoices.get(id)?.number,
  };
}

export function matcherLabels(labels: MatchLabels): ProposalLabels {
  return { debtor: (id) => labels.debtors.get(id), itemNumber: (id) => labels.items.get(id) };
}

/** « Alpha Industrie SARL (411ALPHA) », or « … » while it is not known. */
export function debtorText(id: string, labels: ProposalLabels | undefined): string {
  const debtor = labels?.debtor(id);
  if (!debtor) return '…';
  return debtor.accountNo ? `${debtor.name} (${debtor.accountNo})` : debtor.name;
}

/** Proposals at or above this confidence are confirmed together by « Confirmer les sûres ». */
export const SURE_CONFIDENCE = 0.9;

export function reasonText(candidate: MatchCandidate): string {
  const text = candidate.reasons.map((r) => MATCH_REASON_LABELS[r]).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function itemsText(candidate: MatchCandidate, labels: ProposalLabels | undefined): string {
  return candidate.allocations.map((a) => labels?.itemNumber(a.itemId) ?? '…').join(', ');
}

export function confidenceColor(confidence: number): string {
  if (confidence >= SURE_CONFIDENCE) return 'teal';
  if (confidence >= 0.7) return 'yellow';
  return 'gray';
}

export function decisionOf(
  credit: Pick<BankCreditRecord, 'id' | 'batchId'>,
  candidate: MatchCandidate,
): MatchDecision {
  return {
    creditId: credit.id,
    ...(credit.batchId ? { batchId: credit.batchId } : {}),
    debtorId: candidate.debtorId,
    allocations: candidate.allocations.map((a) => ({ invoiceId: a.itemId, cents: a.cents })),
    reasons: candidate.reasons,
  };
}
