/**
 * The tables of the ledger aggregates (schema versions 4, 7 and 12), of the queue summary
 * (version 5) and of the collection history (version 8), and the shape of their rows.
 */
import type { LedgerTotals } from '../../domain/ledgerAggregates';

export const AGGREGATE_TABLES = {
  /**
   * The `DebtorAggregate` of each debtor with open items, activities or notices, many to an
   * `AggregateBucket` (domain/aggregateBuckets), by bucket (schema version 7; before it, one row
   * per debtor in `debtorAggregates`).
   */
  debtors: 'aggregateBuckets',
  /**
   * Each debtor's latest activity, many debtors to a `LastActionsBucket` (domain/lastActions), by
   * bucket (schema version 12; before it, in the debtor aggregates).
   */
  lastActions: 'lastActions',
  /** One row, `LEDGER_TOTALS_KEY`: the ledger's `LedgerTotals`. */
  totals: 'ledgerTotals',
  /** The queue summary's entries (domain/queueSummary), many to a `SummaryBucket`, by bucket. */
  queue: 'queueSummaries',
  /**
   * What the collection rules read of the activities and letters (domain/collectionHistory),
   * many debtors to a `HistoryBucket`, by bucket (schema version 8).
   */
  history: 'collectionHistory',
} as const;

/** Derived tables: rebuilt from the ledger, so never synced and never in a backup. */
export const DERIVED_TABLES: readonly string[] = Object.values(AGGREGATE_TABLES);

export const LEDGER_TOTALS_KEY = 'ledger';

export interface LedgerTotalsRow extends LedgerTotals {
  key: typeof LEDGER_TOTALS_KEY;
}
