/**
 * The names a list of proposals shows, taken from the ledger the matcher read: the page draws
 * the proposals of a statement with them at once, instead of reading them back afterwards.
 */
import type { MatchIndex } from './matchCredits';
import type { CreditMatch, MatchLabels } from './types';

/**
 * The debtor and document numbers of each credit's best proposal, from the index the matches
 * were made on (every item a proposal allocates is indexed).
 */
export function proposalLabels(
  matches: readonly CreditMatch[],
  index: Pick<MatchIndex, 'items' | 'debtors'>,
): MatchLabels {
  const labels: MatchLabels = { debtors: new Map(), items: new Map() };
  for (const { candidates } of matches) {
    const [best] = candidates;
    if (!best) continue;
    const debtor = index.debtors.get(best.debtorId);
    if (debtor && !labels.debtors.has(debtor.id)) {
      const { name, accountNo } = debtor;
      labels.debtors.set(debtor.id, accountNo === undefined ? { name } : { name, accountNo });
    }
    for (const { itemId } of best.allocations) {
      const item = index.items.get(itemId);
      if (item) labels.items.set(itemId, item.number);
    }
  }
  return labels;
}
