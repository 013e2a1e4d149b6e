import type { Cents, IsoDate } from '../../domain/model';
import { addCents, ZERO_CENTS } from '../../domain/money';
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
  let openCents = ZERO_CENTS;
  let overdueCents = ZERO_CENTS;
  await db.invoices
    .where('status')
    .anyOf('open', 'disputed')
    .each((item) => {
      openItems += 1;
      openCents = addCents(openCents, item.openCents);
      if (item.dueDate < asOf) overdueCents = addCents(overdueCents, item.openCents);
    });
  return { debtors: await db.debtors.count(), openItems, openCents, overdueCents };
}
