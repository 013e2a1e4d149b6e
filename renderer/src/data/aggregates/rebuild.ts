/**
 * Builds the ledger aggregates, the queue summary and the collection history from scratch out of
 * the rows stored: the schema upgrades that introduced them, and a repair for a database whose
 * aggregates were written by hand (tests).
 */
import type { Transaction } from 'dexie';
import { aggregateBucketsOf } from '../../domain/aggregateBuckets';
import { historyRecordsOf } from '../../domain/collectionHistory';
import { lastActionsBucketsOf, noteAction } from '../../domain/lastActions';
import {
  type AggregatedItem,
  addNotice,
  aggregateLedger,
  type DebtorAggregate,
  emptyDebtorAggregate,
} from '../../domain/ledgerAggregates';
import type { Activity, Debtor, Invoice, IsoInstant, Letter } from '../../domain/model';
import { bucketsOf, summarizeLedger } from '../../domain/queueSummary';
import { NOTICE_TEMPLATE_IDS } from '../../domain/stage';
import { AGGREGATE_TABLES, LEDGER_TOTALS_KEY, type LedgerTotalsRow } from './types';

/** Whether the upgrade transaction `tx` already has the store `name`. */
const hasStore = (tx: Transaction, name: string) => tx.idbtrans.db.objectStoreNames.contains(name);

/**
 * Replaces every aggregate row, inside `tx` (it must cover the ledger tables, activities and
 * letters included, and the aggregate tables, `lastActions` included from version 12).
 * Called by an upgrade to a version before 7 on its way to the current one, the aggregates'
 * present table does not exist yet: version 7 rebuilds them there.
 */
export async function rebuildAggregates(tx: Transaction): Promise<void> {
  if (!hasStore(tx, AGGREGATE_TABLES.debtors)) return;
  const items = (await tx.table('invoices').toArray()) as AggregatedItem[];
  const { debtors, totals } = aggregateLedger(items);
  const of = (debtorId: string): DebtorAggregate => {
    let aggregate = debtors.get(debtorId);
    if (!aggregate) {
      aggregate = emptyDebtorAggregate(debtorId);
      debtors.set(debtorId, aggregate);
    }
    return aggregate;
  };
  await tx.table('letters').each((letter: Letter) => {
    if (NOTICE_TEMPLATE_IDS.has(letter.template)) addNotice(of(letter.debtorId), letter, 1);
  });
  const debtorTable = tx.table(AGGREGATE_TABLES.debtors);
  const totalsTable = tx.table(AGGREGATE_TABLES.totals);
  await debtorTable.clear();
  await debtorTable.bulkPut(aggregateBucketsOf(debtors.values()));
  const row: LedgerTotalsRow = { key: LEDGER_TOTALS_KEY, ...totals };
  await totalsTable.put(row);
  // Before version 12 the latest activities were in the debtor aggregates.
  if (hasStore(tx, AGGREGATE_TABLES.lastActions)) {
    const actions = new Map<string, IsoInstant>();
    await tx.table('activities').each((activity: Activity) => {
      noteAction(actions, activity.debtorId, activity.at);
    });
    const lastActionsTable = tx.table(AGGREGATE_TABLES.lastActions);
    await lastActionsTable.clear();
    await lastActionsTable.bulkPut(lastActionsBucketsOf(actions));
  }
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

/** Replaces the collection history, inside `tx` (it must cover activities, letters and it). */
export async function rebuildCollectionHistory(tx: Transaction): Promise<void> {
  const [activities, letters] = await Promise.all([
    tx.table('activities').toArray() as Promise<Activity[]>,
    tx.table('letters').toArray() as Promise<Letter[]>,
  ]);
  const table = tx.table(AGGREGATE_TABLES.history);
  await table.clear();
  await table.bulkPut(historyRecordsOf(activities, letters));
}
