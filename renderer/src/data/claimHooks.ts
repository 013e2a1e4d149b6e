/**
 * What a debtor owes today, live: the claim the letters, the relevé and the dossier state,
 * recomputed whenever the debtor's items, payments, letters or the interest settings change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { type ClaimResult, computeClaim } from '../domain/claim';
import type { IsoDate } from '../domain/model';
import { statementClaimItems } from '../domain/statement';
import { getDb } from './db';
import { claimSourcesRepo } from './repositories/claimSources';

/** The claim at `date` on the debtor's overdue undisputed items, credits deducted. */
export async function debtorClaim(debtorId: string, date: IsoDate): Promise<ClaimResult | null> {
  const db = getDb();
  const [debtor, items, facts, policy] = await Promise.all([
    db.debtors.get(debtorId),
    db.invoices.where('debtorId').equals(debtorId).toArray(),
    claimSourcesRepo.facts(debtorId),
    claimSourcesRepo.policy(),
  ]);
  if (!debtor) return null;
  return computeClaim({
    debtor,
    items: statementClaimItems(items, date),
    ...facts,
    asOf: date,
    policy,
  });
}

/** `undefined` while loading, `null` when the debtor does not exist. */
export function useDebtorClaim(debtorId: string, date: IsoDate): ClaimResult | null | undefined {
  return useLiveQuery(() => debtorClaim(debtorId, date), [debtorId, date]);
}
