/**
 * The names a list of proposals shows, taken from the ledger the matcher read: the page draws
 * the proposals of a statement with them at once, instead of reading them back afterwards.
 */
import type { CreditMatch, MatchDebtor, MatchLabels, OpenItem } from './types';

/** The debtor and document numbers of each credit's best proposal. */
export function proposalLabels(
  matches: readonly CreditMatch[],
  items: readonly OpenItem[],
  debtors: readonly MatchDebtor[],
): MatchLabels {
  const debtorIds = new Set<string>();
  const itemIds = new Set<string>();
  for (const { candidates } of matches) {
    const [best] = candidates;
    if (!best) continue;
    debtorIds.add(best.debtorId);
    for (const allocation of best.allocations) itemIds.add(allocation.itemId);
  }
  const labels: MatchLabels = { debtors: new Map(), items: new Map() };
  for (const debtor of debtors) {
    if (!debtorIds.has(debtor.id)) continue;
    const { name, accountNo } = debtor;
    labels.debtors.set(debtor.id, accountNo === undefined ? { name } : { name, accountNo });
  }
  for (const item of items) {
    if (itemIds.has(item.id)) labels.items.set(item.id, item.number);
  }
  return labels;
}
