/**
 * Builds the ledger aggregates and the queue summary from scratch out of the rows stored: the
 * schema upgrades that introduced them, and a repair for a database whose aggregates were written
 * by hand (tests).
 */
import type { Transaction } from 'dexie';
import {
  type AggregatedItem,
  aggregateLedger,
  emptyDebtorAggregate,
} from '../../domain/ledgerAggregates';
import type { Activity, Debtor, Invoice } from '../../domain/model';
import { bucketsOf, summarizeLedger } from '../../domain/queueSummary';
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

/** Replaces the queue summary, inside `tx` (it must cover debtors, items and the summary). */
export async function rebuildQueueSummary(tx: Transaction): Promise<void> {
  const [debtors, items] = await Promise.all([
    tx.table('debtors').toArray() as Promise<Debtor[]>,
    tx.table('invoices').where('status').anyOf('open', 'disputed').toArray() as Promise<Invoice[]>,
  ]);
  const table = tx.table(AGGREGATE_TABLES.queue);
  await table.clear();
  await table.bulkPut(bucketsOf(summarizeLedger(debtors, items)));
}
