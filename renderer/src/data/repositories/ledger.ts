import type { Cents, IsoDate } from '../../domain/model';
import { getDb } from '../db';

export interface LedgerTotals {
  debtors: number;
  openItems: number;
  openCents: Cents;
  overdueCents: Cents;
}

/** Portfolio totals as of a date: what is open, and how much of it is past due. */
export async function ledgerTotals(asOf: IsoDate): Promise<LedgerTotals> {
  const db = getDb();
  let openItems = 0;
  let openCents = 0;
  let overdueCents = 0;
  await db.invoices
    .where('status')
    .anyOf('open', 'disputed')
    .each((item) => {
      openItems += 1;
      openCents += item.openCents;
      if (item.dueDate < asOf) overdueCents += item.openCents;
    });
  return { debtors: await db.debtors.count(), openItems, openCents, overdueCents };
}
