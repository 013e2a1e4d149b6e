/**
 * One debtor's rows as the ledger holds them, read in one go: the fiche débiteur and the
 * debtor's collection state (fiche, Appel guidé) read them the same way.
 */
import type { Activity, Case, Debtor, Invoice, Letter, PaymentPromise } from '../../domain/model';
import { getDb } from '../db';

export interface DebtorLedgerRows {
  /** Undefined when no such debtor exists. */
  debtor: Debtor | undefined;
  /** Every item of the debtor, open or settled. */
  items: Invoice[];
  promises: PaymentPromise[];
  cases: Case[];
  /** In the table's order (by id): callers sort them as they show them. */
  activities: Activity[];
  letters: Letter[];
}

export async function readDebtorLedgerRows(debtorId: string): Promise<DebtorLedgerRows> {
  const db = getDb();
  const [debtor, items, promises, cases, activities, letters] = await Promise.all([
    db.debtors.get(debtorId),
    db.invoices.where('debtorId').equals(debtorId).toArray(),
    db.promises.where('debtorId').equals(debtorId).toArray(),
    db.cases.where('debtorId').equals(debtorId).toArray(),
    db.activities.where('debtorId').equals(debtorId).toArray(),
    db.letters.where('debtorId').equals(debtorId).toArray(),
  ]);
  return { debtor, items, promises, cases, activities, letters };
}
