/**
 * A payment entered by hand (« règlement constaté ») before the next import brings it: applied to
 * the chosen items, oldest due date first, as the debtor would expect (C. civ. 1342-10). Interest
 * is not deducted first here: the ledger holds principal only; the décompte does the imputation.
 */
import type { Cents, Invoice } from './model';
import { maxCents, minCents, subtractCents, ZERO_CENTS } from './money';

export interface Allocation {
  invoiceId: string;
  appliedCents: Cents;
  /** Open amount after the payment. */
  openCents: Cents;
}

export function allocatePayment(
  items: readonly Pick<Invoice, 'id' | 'dueDate' | 'openCents' | 'kind'>[],
  receivedCents: Cents,
): { allocations: Allocation[]; unappliedCents: Cents } {
  let left = maxCents(ZERO_CENTS, receivedCents);
  const allocations: Allocation[] = [];
  const payable = items
    .filter((i) => i.kind === 'invoice' && i.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  for (const item of payable) {
    if (left === 0) break;
    const applied = minCents(left, item.openCents);
    left = subtractCents(left, applied);
    allocations.push({
      invoiceId: item.id,
      appliedCents: applied,
      openCents: subtractCents(item.openCents, applied),
    });
  }
  return { allocations, unappliedCents: left };
}
