/**
 * Keeps the ledger aggregates (domain/ledgerAggregates) in the SAME IndexedDB transaction as
 * every write of `invoices`, `activities` and `letters`; the queue summary (domain/queueSummary,
 * queueSummaryStore.ts) in the same transaction as every write of `debtors` and `invoices`; and
 * the collection history (domain/collectionHistory, historyStore.ts) with every write of
 * `activities` and `letters`. A Dexie DBCore middleware, like the outbox's, so no write path can
 * forget them — the import (worker connection included), its undo, payments, disputes, bank
 * matching, the demo loader, a restore (clear then bulkAdd), team sync applying the server's
 * rows. An aborted transaction leaves neither the write nor its derived change.
 *
 * Each debtor's latest activity (domain/lastActions) follows `activities` in a table of its own,
 * so that a call rewrites neither the debtor aggregates nor the ledger totals.
 *
 * How: a readwrite transaction that touches a tracked table also opens the derived tables it
 * changes (`DERIVED_OF`). Each mutation of those tables reads the rows it replaces, lets the write
 * happen, then removes the old rows' contributions and adds the new ones to the aggregates of the
 * debtors concerned and writes them back. The aggregates read are cached for the rest of the
 * transaction and changed in memory before each write is issued, so concurrent writes of one
 * transaction (a Promise.all of bulkPuts) never lose each other's update: the last put of a row
 * issued carries every change made before it. Like the outbox, it assumes two concurrent writes of
 * one transaction do not replace the same item (each would read the same « before »); no write
 * path does that.
 *
 * Not covered: writes made inside a schema upgrade (a versionchange transaction does not go
 * through `transaction()`). A future upgrade that rewrites items must call `rebuildAggregates`.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  type AggregateBucket,
  aggregateBucket,
  aggregateIn,
  aggregatesOfBucket,
  type BucketAggregates,
  storedEntriesOf,
} from '../../domain/aggregateBuckets';
import {
  type LastActionsBucket,
  lastActionsBucket,
  lastActionsOfBucket,
  noteAction,
} from '../../domain/lastActions';
import {
  type AggregatedItem,
  addItem,
  addItemToLedger,
  addNotice,
  type DebtorAggregate,
  emptyDebtorAggregate,
  emptyLedgerTotals,
  type LedgerTotals,
} from '../../domain/ledgerAggregates';
import type { Activity, Debtor, Invoice, IsoInstant, Letter } from '../../domain/model';
import { SUMMARY_BUCKETS, summaryBucket } from '../../domain/queueSummary';
import { NOTICE_TEMPLATE_IDS } from '../../domain/stage';
import { zoneOfCurrentTransaction } from '../dexieZone';
import { knownRowsBefore } from '../rowsBefore';
import { type HistoryTransaction, HistoryWriter } from './historyStore';
import {
  emptySummaryTransaction,
  type SummaryTransaction,
  SummaryWriter,
} from './queueSummaryStore';
import {
  FULL_RANGE,
  type InZone,
  loadBuckets,
  readAllRecords,
  type Written,
  writeRecords,
} from './records';
import { AGGREGATE_TABLES, LEDGER_TOTALS_KEY, type LedgerTotalsRow } from './types';

type Row = Record<string, unknown>;

const ITEMS = 'invoices';
const ACTIVITIES = 'activities';
const DEBTORS = 'debtors';
const LETTERS = 'letters';
/** The derived tables a write of each tracked table changes (added to its transaction). */
const DERIVED_OF: Readonly<Record<string, readonly string[]>> = {
  [ITEMS]: [AGGREGATE_TABLES.debtors, AGGREGATE_TABLES.totals, AGGREGATE_TABLES.queue],
  [ACTIVITIES]: [AGGREGATE_TABLES.lastActions, AGGREGATE_TABLES.history],
  [LETTERS]: [AGGREGATE_TABLES.debtors, AGGREGATE_TABLES.history],
  [DEBTORS]: [AGGREGATE_TABLES.queue],
};
const TRACKED = new Set(Object.keys(DERIVED_OF));

interface AggregateTransaction {
  inZone: InZone;
  /** Aggregate records read so far (domain/aggregateBuckets): per record, by debtor id. */
  buckets: Map<number, BucketAggregates>;
  /** Latest-activity records read so far (domain/lastActions): per record, by debtor id. */
  lastActions: Map<number, Map<string, IsoInstant>>;
  totals: LedgerTotals | null;
  summary: SummaryTransaction;
  history: HistoryTransaction;
}

const tracked = new WeakMap<DBCoreTransaction, AggregateTransaction>();

export function createAggregatesMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'RecouvraAggregates',
    create(down) {
      const debtorTable = () => down.table(AGGREGATE_TABLES.debtors);
      const lastActionsTable = () => down.table(AGGREGATE_TABLES.lastActions);
      const totalsTable = () => down.table(AGGREGATE_TABLES.totals);
      const summaryTable = () => down.table(AGGREGATE_TABLES.queue);
      const historyTable = () => down.table(AGGREGATE_TABLES.history);
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode !== 'readwrite' || !stores.some((s) => TRACKED.has(s))) {
            return down.transaction(stores, mode, options);
          }
          const scope = [...new Set([...stores, ...stores.flatMap((s) => DERIVED_OF[s] ?? [])])];
          const trans = down.transaction(scope, mode, options);
          tracked.set(trans, {
            inZone: (call) => call(),
            buckets: new Map(),
            lastActions: new Map(),
            totals: null,
            summary: emptySummaryTransaction(),
            history: new Map(),
          });
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!TRACKED.has(name)) return table;
          return {
            ...table,
            mutate(req) {
              const state = tracked.get(req.trans);
              if (!state) return table.mutate(req);
              state.inZone = zoneOfCurrentTransaction();
              return applyMutation(name, table, req, state);
            },
          };
        },
      };

      async function applyMutation(
        tableName: string,
        table: DBCoreTable,
        req: DBCoreMutateRequest,
        state: AggregateTransaction,
      ): Promise<DBCoreMutateResponse> {
        const { trans } = req;
        const keyOf = (row: Row): unknown => table.schema.primaryKey.extractKey?.(row);
        if (tableName === DEBTORS) return applyDebtors(table, req, state);
        let before: (Row | undefined)[];
        if (req.type === 'deleteRange' && req.range.type === FULL_RANGE) {
          // A clear (restore, wipe): nothing of the table is left, so its part of every
          // aggregate is reset without reading the rows (O(debtors), not O(items)).
          const response = await state.inZone(() => table.mutate(req));
          if (tableName === ACTIVITIES) await clearLastActions(trans, state);
          else await clearContribution(tableName, trans, state);
          if (tableName === ITEMS) {
            const summary = summaryWriter(trans, state);
            await summary.clear('items');
            await summary.flush();
          } else {
            const history = historyWriter(trans, state);
            await history.clear(tableName === ACTIVITIES ? 'activities' : 'letters');
            await history.flush();
          }
          return response;
        }
        if (req.type === 'add') {
          // An add fails on an existing key: every row that lands is new.
          before = req.values.map(() => undefined);
        } else if (req.type === 'deleteRange') {
          const found = await state.inZone(() =>
            table.query({
              trans,
              query: { index: table.schema.primaryKey, range: req.range },
              values: true,
            }),
          );
          before = found.result as Row[];
        } else {
          const keys =
            req.type === 'delete'
              ? req.keys
              : (req.keys ?? req.values.map((value) => keyOf(value as Row)));
          before =
            knownRowsBefore(req, tableName, keys) ??
            ((await state.inZone(() => table.getMany({ trans, keys }))) as (Row | undefined)[]);
        }
        const response = await state.inZone(() => table.mutate(req));
        // Each row the write replaced and the row it wrote, for the writes that succeeded.
        const written: Written<Row>[] = [];
        before.forEach((old, index) => {
          if (response.failures[index]) return;
          const next =
            req.type === 'put' || req.type === 'add' ? (req.values[index] as Row) : undefined;
          written.push([old, next]);
        });
        if (tableName === ITEMS) {
          const items = written as Written<Invoice>[];
          const changed = new Set<string>();
          await applyItems(trans, state, items, changed);
          await writeBack(trans, state, changed);
          const summary = summaryWriter(trans, state);
          await summary.items(items);
          await summary.flush();
        } else if (tableName === ACTIVITIES) {
          // The latest activities only: this transaction has no debtor aggregates open.
          const activities = written as Written<Activity>[];
          await applyActivities(table, trans, state, activities);
          const history = historyWriter(trans, state);
          history.activities(activities);
          await history.flush();
        } else {
          const letters = written as Written<Letter>[];
          const changed = new Set<string>();
          await applyLetters(trans, state, letters, changed);
          await writeBack(trans, state, changed);
          const history = historyWriter(trans, state);
          history.letters(letters);
          await history.flush();
        }
        return response;
      }

      function summaryWriter(trans: DBCoreTransaction, state: AggregateTransaction) {
        return new SummaryWriter(summaryTable, trans, state.summary, state.inZone);
      }

      function historyWriter(trans: DBCoreTransaction, state: AggregateTransaction) {
        return new HistoryWriter(historyTable, trans, state.history, state.inZone);
      }

      /**
       * A write of debtor rows: only the summary follows them (each entry keeps what the queue
       * reads of its debtor), and it needs no row before the write, only the keys written.
       */
      async function applyDebtors(
        table: DBCoreTable,
        req: DBCoreMutateRequest,
        state: AggregateTransaction,
      ): Promise<DBCoreMutateResponse> {
        const { trans } = req;
        const summary = summaryWriter(trans, state);
        if (req.type === 'deleteRange' && req.range.type === FULL_RANGE) {
          const response = await state.inZone(() => table.mutate(req));
          await summary.clear('debtors');
          await summary.flush();
          return response;
        }
        let keys: unknown[];
        if (req.type === 'deleteRange') {
          const found = await state.inZone(() =>
            table.query({
              trans,
              query: { index: table.schema.primaryKey, range: req.range },
              values: false,
            }),
          );
          keys = found.result;
        } else if (req.type === 'delete') {
          keys = req.keys;
        } else {
          keys =
            req.keys ??
            req.values.map((value) => table.schema.primaryKey.extractKey?.(value as Row));
        }
        const response = await state.inZone(() => table.mutate(req));
        const changes: { key: string; next: Debtor | undefined }[] = [];
        keys.forEach((key, index) => {
          if (response.failures[index] || typeof key !== 'string') return;
          const next =
            req.type === 'put' || req.type === 'add' ? (req.values[index] as Debtor) : undefined;
          changes.push({ key, next });
        });
        await summary.debtors(changes);
        await summary.flush();
        return response;
      }

      async function clearContribution(
        tableName: string,
        trans: DBCoreTransaction,
        state: AggregateTransaction,
      ): Promise<void> {
        const all = await readAllRecords<AggregateBucket>(debtorTable(), trans, state.inZone);
        for (const row of all) {
          if (!state.buckets.has(row.bucket)) {
            state.buckets.set(row.bucket, aggregatesOfBucket(row));
          }
        }
        const changed = new Set<string>();
        for (const aggregates of state.buckets.values()) {
          for (const debtorId of [...aggregates.keys()]) {
            const aggregate = aggregateIn(aggregates, debtorId);
            if (!aggregate) continue;
            aggregates.set(debtorId, withoutPart(aggregate, tableName));
            changed.add(debtorId);
          }
        }
        if (tableName === ITEMS) {
          state.totals = emptyLedgerTotals();
          const row: LedgerTotalsRow = { key: LEDGER_TOTALS_KEY, ...state.totals };
          await state.inZone(() => totalsTable().mutate({ trans, type: 'put', values: [row] }));
        }
        await writeBack(trans, state, changed);
      }

      /** The aggregate without what the rows of `tableName` contributed (that table cleared). */
      function withoutPart(aggregate: DebtorAggregate, tableName: string): DebtorAggregate {
        if (tableName === ITEMS) {
          const { notices } = aggregate;
          return { ...emptyDebtorAggregate(aggregate.debtorId), ...(notices ? { notices } : {}) };
        }
        const { notices: _cleared, ...reset } = aggregate;
        return reset;
      }

      /** The timeline cleared: no debtor has a latest activity any more. */
      async function clearLastActions(
        trans: DBCoreTransaction,
        state: AggregateTransaction,
      ): Promise<void> {
        const range = { type: FULL_RANGE, lower: undefined, upper: undefined };
        await state.inZone(() => lastActionsTable().mutate({ trans, type: 'deleteRange', range }));
        state.lastActions.clear();
        for (let bucket = 0; bucket < SUMMARY_BUCKETS; bucket++) {
          state.lastActions.set(bucket, new Map());
        }
      }

      /** Loads the records of these debtors' aggregates into the transaction's cache. */
      async function load(
        trans: DBCoreTransaction,
        state: AggregateTransaction,
        debtorIds: Iterable<string>,
      ): Promise<void> {
        const buckets = [...debtorIds].map(aggregateBucket);
        await loadBuckets(
          debtorTable(),
          trans,
          state.inZone,
          state.buckets,
          buckets,
          aggregatesOfBucket,
        );
      }

      function aggregateOf(state: AggregateTransaction, debtorId: string): DebtorAggregate {
        const bucket = aggregateBucket(debtorId);
        let aggregates = state.buckets.get(bucket);
        if (!aggregates) {
          aggregates = new Map();
          state.buckets.set(bucket, aggregates);
        }
        let aggregate = aggregateIn(aggregates, debtorId);
        if (!aggregate) {
          aggregate = emptyDebtorAggregate(debtorId);
          aggregates.set(debtorId, aggregate);
        }
        return aggregate;
      }

      /**
       * Loads the aggregates of the debtors of `written`, then takes each replaced row out of its
       * debtor's aggregate and puts each written row in (`apply` with -1, then 1).
       */
      async function applyWritten<T extends { debtorId: string }>(
        trans: DBCoreTransaction,
        state: AggregateTransaction,
        written: readonly Written<T>[],
        changed: Set<string>,
        apply: (aggregate: DebtorAggregate, row: T, sign: 1 | -1) => void,
      ): Promise<void> {
        const ids: string[] = [];
        for (const [old, next] of written) {
          if (old) ids.push(old.debtorId);
          if (next) ids.push(next.debtorId);
        }
        await load(trans, state, ids);
        for (const [old, next] of written) {
          if (old) {
            apply(aggregateOf(state, old.debtorId), old, -1);
            changed.add(old.debtorId);
          }
          if (next) {
            apply(aggregateOf(state, next.debtorId), next, 1);
            changed.add(next.debtorId);
          }
        }
      }

      async function applyItems(
        trans: DBCoreTransaction,
        state: AggregateTransaction,
        written: readonly Written<AggregatedItem>[],
        changed: Set<string>,
      ): Promise<void> {
        if (written.length === 0) return;
        if (!state.totals) {
          const row = (await state.inZone(() =>
            totalsTable().get({ trans, key: LEDGER_TOTALS_KEY }),
          )) as LedgerTotalsRow | undefined;
          state.totals ??= row
            ? { sales: row.sales, receivables: row.receivables, bounded: row.bounded }
            : emptyLedgerTotals();
        }
        const totals = state.totals;
        await applyWritten(trans, state, written, changed, (aggregate, item, sign) => {
          addItem(aggregate, item, sign);
          addItemToLedger(totals, item, sign);
        });
        const row: LedgerTotalsRow = { key: LEDGER_TOTALS_KEY, ...totals };
        await state.inZone(() => totalsTable().mutate({ trans, type: 'put', values: [row] }));
      }

      /**
       * Follows the latest activity of the debtors of `written` (domain/lastActions) and
       * rewrites the records changed; the debtor aggregates are not touched.
       */
      async function applyActivities(
        table: DBCoreTable,
        trans: DBCoreTransaction,
        state: AggregateTransaction,
        written: readonly Written<Activity>[],
      ): Promise<void> {
        const added: Activity[] = [];
        const removed: Activity[] = [];
        for (const [old, next] of written) {
          if (old) removed.push(old);
          if (next) added.push(next);
        }
        await loadBuckets(
          lastActionsTable(),
          trans,
          state.inZone,
          state.lastActions,
          [...added, ...removed].map((a) => summaryBucket(a.debtorId)),
          lastActionsOfBucket,
        );
        const actionsOf = (debtorId: string) =>
          state.lastActions.get(summaryBucket(debtorId)) as Map<string, IsoInstant>;
        const changed = new Set<number>();
        // A removed activity that was a debtor's latest: find the latest among those left.
        const recount = new Set<string>();
        for (const activity of removed) {
          const latest = actionsOf(activity.debtorId).get(activity.debtorId);
          if (latest !== undefined && activity.at >= latest) recount.add(activity.debtorId);
        }
        const index = table.schema.getIndexByKeyPath('debtorId');
        for (const debtorId of recount) {
          const actions = actionsOf(debtorId);
          actions.delete(debtorId);
          changed.add(summaryBucket(debtorId));
          if (!index) continue;
          const left = await state.inZone(() =>
            table.query({
              trans,
              query: {
                index,
                // DBCoreRangeType.Equal (an ambient const enum, not importable as a value).
                range: { type: 1, lower: debtorId, upper: debtorId },
              },
              values: true,
            }),
          );
          for (const activity of left.result as Activity[]) {
            noteAction(actions, debtorId, activity.at);
          }
        }
        for (const activity of added) {
          if (recount.has(activity.debtorId)) continue; // already read back from the table
          if (noteAction(actionsOf(activity.debtorId), activity.debtorId, activity.at)) {
            changed.add(summaryBucket(activity.debtorId));
          }
        }
        const puts: (() => LastActionsBucket)[] = [];
        const deletes: number[] = [];
        for (const bucket of changed) {
          const actions = state.lastActions.get(bucket) ?? new Map<string, IsoInstant>();
          if (actions.size > 0) puts.push(() => lastActionsBucket(bucket, actions));
          else deletes.push(bucket);
        }
        await writeRecords(lastActionsTable(), trans, state.inZone, puts, deletes);
      }

      async function applyLetters(
        trans: DBCoreTransaction,
        state: AggregateTransaction,
        written: readonly Written<Letter>[],
        changed: Set<string>,
      ): Promise<void> {
        // Only notices count, and a letter whose notice date and debtor stay (its tracking
        // number or proof of sending added) changes nothing.
        const notice = (letter: Letter | undefined) =>
          letter && NOTICE_TEMPLATE_IDS.has(letter.template) ? letter : undefined;
        const notices: Written<Letter>[] = [];
        for (const [before, after] of written) {
          const [old, next] = [notice(before), notice(after)];
          if (old?.debtorId !== next?.debtorId || old?.date !== next?.date) {
            notices.push([old, next]);
          }
        }
        await applyWritten(trans, state, notices, changed, addNotice);
      }

      /** Rewrites the records of the debtors changed, each with every aggregate it holds. */
      async function writeBack(
        trans: DBCoreTransaction,
        state: AggregateTransaction,
        changed: Set<string>,
      ): Promise<void> {
        const puts: (() => AggregateBucket)[] = [];
        const deletes: number[] = [];
        for (const bucket of new Set([...changed].map(aggregateBucket))) {
          // Encoded now: only the aggregates this transaction decoded are; IndexedDB's copy of
          // each record is what writeRecords spreads over tasks.
          const entries = storedEntriesOf(state.buckets.get(bucket) ?? new Map());
          if (entries.length > 0) puts.push(() => ({ bucket, entries }));
          else deletes.push(bucket);
        }
        await writeRecords(debtorTable(), trans, state.inZone, puts, deletes);
      }
    },
  };
}
