/**
 * Document numbers as a French ERP prints them: `FA-2026-004512` (facture), `AV-…` (avoir),
 * `RG-…` (règlement). Each sequence restarts every year and follows issue dates, as the law on
 * invoice numbering requires (chronological, no gaps). Only open items are in the ledger, so the
 * numbers we see skip those already paid.
 */
import type { Invoice, InvoiceKind } from '../domain/model';
import type { Random } from './random';

const PREFIX: Record<InvoiceKind, string> = {
  invoice: 'FA',
  'credit-note': 'AV',
  'unapplied-payment': 'RG',
};

/** Largest step between two consecutive open items of a sequence (the others were paid). */
const MAX_STEP: Record<InvoiceKind, number> = {
  invoice: 4,
  'credit-note': 6,
  'unapplied-payment': 8,
};

export function assignDocumentNumbers(random: Random, items: Invoice[]): void {
  const byIssueDate = items.map((_, index) => index);
  byIssueDate.sort((a, b) => {
    const dateA = items[a]?.issueDate ?? '';
    const dateB = items[b]?.issueDate ?? '';
    return dateA < dateB ? -1 : dateA > dateB ? 1 : a - b;
  });
  const lastNumber = new Map<string, number>();
  for (const index of byIssueDate) {
    const item = items[index];
    if (!item) continue;
    const sequence = `${PREFIX[item.kind]}-${(item.issueDate ?? '').slice(0, 4)}`;
    const previous = lastNumber.get(sequence) ?? random.int(0, 40);
    const next = previous + random.int(1, MAX_STEP[item.kind]);
    lastNumber.set(sequence, next);
    item.number = `${sequence}-${String(next).padStart(6, '0')}`;
  }
}
