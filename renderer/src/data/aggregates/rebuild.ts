/**
 * Builds the ledger aggregates from scratch out of the rows stored: the schema upgrade that
 * introduced them, and a repair for a database whose aggregates were written by hand (tests).
 */
import type { Transaction } from 'dexie';
import {
  type AggregatedItem,
  aggregateLedger,
  emptyDebtorAggregate,
} from '../../domain/ledgerAggregates';
import type { Activity } from '../../domain/model';
import { AGGREGATE_TABLES, LEDGER_TOTALS_KEY, type LedgerTotalsRow } from './types';

/** Replaces every aggregate row, inside `tx` (it must cover the ledger and aggregate tables). */
export async function rebuildAggregates(tx: Transaction): Promise<void> {
  const items = (await tx.table('invoices').toArray()) as AggregatedItem[];
  const { debtors, totals } = aggregateLedger(items);
  await tx.table('activities').each((activity: Activity) => {
    let aggregate = debtors.get(activity.debtorId);
    if (!aggregate) {
      aggregate = emptyDebtorAggregate(activity.debtorId);
      debtors.set(activity.debtorId, aggregate);
    }
    if (!aggregate.lastActionAt || activity.at > aggregate.lastActionAt) {
      aggregate.lastActionAt = activity.at;
    }
  });
  const debtorTable = tx.table(AGGREGATE_TABLES.debtors);
  const totalsTable = tx.table(AGGREGATE_TABLES.totals);
  await debtorTable.clear();
  await debtorTable.bulkPut([...debtors.values()]);
  const row: LedgerTotalsRow = { key: LEDGER_TOTALS_KEY, ...totals };
  await totalsTable.put(row);
}
