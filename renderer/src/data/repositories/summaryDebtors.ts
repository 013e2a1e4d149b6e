/**
 * The debtors as the queue summary holds them (domain/queueSummary): 16 records, where the 10,000
 * debtor rows take 300-400 ms to read on disk and hold up every read queued behind them. For the
 * screens that need a debtor's identity, not its whole row.
 */

import { frenchCollator } from '../../domain/french';
import type { QueueDebtor } from '../../domain/queueSummary';
import { debtorNamesOf, debtorsOf } from '../../domain/queueSummary';
import { foregroundTurn } from '../backgroundTurn';
import { getDb } from '../db';

/** Every debtor, in id order. */
export async function summaryDebtors(): Promise<QueueDebtor[]> {
  return debtorsOf(await getDb().queueSummaries.toArray());
}

export type DebtorName = Pick<QueueDebtor, 'id' | 'name' | 'accountNo'>;

/**
 * Every debtor's name and account, by name as French sorts them: the debtor pickers. The names
 * are taken and sorted in a task after the read's: read, decoded and sorted at once, 10,000
 * debtors held the page for 65-85 ms (Paramètres › Données, while a backup kept IndexedDB busy).
 */
export async function debtorNames(): Promise<DebtorName[]> {
  const records = await getDb().queueSummaries.toArray();
  await foregroundTurn();
  return debtorNamesOf(records).sort(
    (a, b) =>
      frenchCollator.compare(a.name, b.name) || frenchCollator.compare(a.accountNo, b.accountNo),
  );
}
