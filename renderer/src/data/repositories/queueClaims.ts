/**
 * A queue row's amount read from the one claim: what the action's items come to today, interest
 * and indemnities included, as the letter the action leads to would state it.
 *
 * Computed for one row when it is drawn, never for the whole queue: the claim needs the debtor's
 * dated payments and letters (tens of thousands of rows on a large ledger), and reading them for
 * every debtor made the File d'actions take seconds to minutes to open.
 */
import { computeClaim } from '../../domain/claim';
import type { Cents, IsoDate } from '../../domain/model';
import { getDb } from '../db';
import { claimSourcesRepo } from './claimSources';

export const queueClaimsRepo = {
  /** The claim on `itemIds` of `debtorId` today; undefined when it cannot be computed. */
  async dueToday(
    debtorId: string,
    itemIds: readonly string[],
    today: IsoDate,
  ): Promise<Cents | undefined> {
    const db = getDb();
    const [policy, debtor, items, payments, letters] = await Promise.all([
      claimSourcesRepo.policy(),
      db.debtors.get(debtorId),
      db.invoices.bulkGet([...itemIds]),
      db.payments.where('debtorId').equals(debtorId).toArray(),
      db.letters.where('debtorId').equals(debtorId).toArray(),
    ]);
    if (!debtor) return undefined;
    const result = computeClaim({
      debtor,
      items: items.filter((i) => i !== undefined),
      payments,
      letters,
      asOf: today,
      policy,
    });
    return result.ok ? result.claim.decompte.totals.totalDueCents : undefined;
  },
};
