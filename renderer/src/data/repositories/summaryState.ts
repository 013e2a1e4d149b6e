/**
 * Every debtor's collection state, as the File d'actions and the « Envoi groupé » read it: from the
 * queue summary (never the debtors and their items), the collection history (never the activities
 * and letters), the promises, the cases, the latest import and the ladder.
 *
 * Evaluating 10,000 debtors' ladders takes 300-400 ms on this machine, so the state is kept per
 * record of the summary (a sixteenth of the debtors each) and, after a write, only the records the
 * write touched are read and evaluated again: a call logged by a colleague costs one sixteenth of
 * the ledger, a note (which no rule reads) nothing. A change of the ladder, of the day or of the
 * latest import evaluates every debtor again.
 */
import { buildQueue, mergeQueues, type QueueView } from '../../domain/actionQueue';
import {
  bucketOfHistoryKey,
  type HistoryRow,
  historyChangeRange,
  historyOfRecords,
  isHistoryChange,
} from '../../domain/collectionHistory';
import { type CollectionContext, groupRows } from '../../domain/collectionView';
import type { Ladder } from '../../domain/ladder';
import type { Case, ImportRecord, IsoDate, PaymentPromise } from '../../domain/model';
import {
  byCodeUnits,
  entriesOf,
  type QueueSummary,
  SUMMARY_BUCKETS,
  type SummaryBucket,
  summaryBucket,
} from '../../domain/queueSummary';
import { type SummaryCollection, summaryCollections } from '../../domain/summaryItems';
import { backgroundSliceTurn, backgroundTurn, foregroundTurn, sliceTurn } from '../backgroundTurn';
import { getDb, type RecouvraDb } from '../db';
import { keysWrittenSince, settledWriteGeneration, watchTables } from '../writeGeneration';
import { collectionSettingsRepo } from './collectionSettings';

export interface SummaryState {
  ladder: Ladder;
  /** Every debtor's entry, in debtor id order. */
  entries: QueueSummary[];
  /** Every debtor with something to collect or to watch, in debtor id order. */
  collections: SummaryCollection[];
  /** The whole team's queue of these debtors. */
  queue: QueueView;
}

/** The state of the debtors of one record of the summary. */
interface BucketState {
  entries: QueueSummary[];
  collections: SummaryCollection[];
  queue: QueueView;
  /** The record's promises and cases as read, to see whether a write changed them. */
  rowsKey: string;
  /**
   * The summary and history rows it was evaluated from: after a write, only the rows the write
   * changed are read again (a batch of letters adds one small change to each history record and
   * leaves the summaries as they are; reading all of them back held the page for 60-80 ms).
   */
  summary: SummaryBucket | undefined;
  history: readonly HistoryRow[];
}

interface Kept {
  owner: RecouvraDb;
  today: IsoDate;
  /** The generation read before the reads the state comes from (see generationMemo). */
  generation: number;
  ladderKey: string;
  latestImportAsOf: IsoDate | undefined;
  promises: PaymentPromise[];
  cases: Case[];
  buckets: BucketState[];
  state: SummaryState;
}

/** The tables the state is computed from, besides the ladder's setting. */
const SOURCES = ['queueSummaries', 'collectionHistory', 'promises', 'cases', 'imports'] as const;

let kept: Kept | null = null;

/** The as-of date of the latest import: the day the balances were last known. */
export function latestAsOf(records: readonly ImportRecord[]): IsoDate | undefined {
  let best: ImportRecord | undefined;
  for (const r of records) if (!best || r.importedAt > best.importedAt) best = r;
  return best?.asOfDate;
}

/** The rows of each record's debtors, records in bucket order. */
function byBucket<T extends { debtorId: string }>(rows: readonly T[]): T[][] {
  const buckets = Array.from({ length: SUMMARY_BUCKETS }, (): T[] => []);
  for (const row of rows) buckets[summaryBucket(row.debtorId)]?.push(row);
  return buckets;
}

/** The records to evaluate again: every one, or those a write since `previous` touched. */
function bucketsToEvaluate(
  db: RecouvraDb,
  previous: Kept | null,
  rowsKeys: readonly string[],
  sameContext: boolean,
): 'all' | Set<number> {
  if (!previous || !sameContext) return 'all';
  const dirty = new Set<number>();
  for (const table of ['queueSummaries', 'collectionHistory']) {
    const keys = keysWrittenSince(db, table, previous.generation);
    if (keys === 'all') return 'all';
    for (const key of keys) dirty.add(bucketOfHistoryKey(key));
  }
  previous.buckets.forEach((bucket, index) => {
    if (bucket.rowsKey !== rowsKeys[index]) dirty.add(index);
  });
  return dirty;
}

/** Whether a table was written since the generation (a clear or a put, whatever the keys). */
function writtenSince(db: RecouvraDb, table: string, since: number): boolean {
  const keys = keysWrittenSince(db, table, since);
  return keys === 'all' || keys.size > 0;
}

/** Whether what the state is evaluated from (its tables, the ladder's setting) was written since. */
export function stateWrittenSince(db: RecouvraDb, since: number): boolean {
  return [...SOURCES, 'settings'].some((table) => writtenSince(db, table, since));
}

type BucketPromisesAndCases = { promises: PaymentPromise[]; cases: Case[]; rowsKey: string };

/**
 * Debtors evaluated per task when several records are: during a batch of letters a record's 625
 * debtors (at 10,000) took 50-85 ms in one task.
 */
const DEBTORS_PER_SLICE = 150;

/**
 * The state of one record's debtors, from its summary and history records and its rows; with
 * `turn`, its debtors are evaluated a slice per task (each debtor's state is its own).
 */
async function evaluateBucket(
  summary: SummaryBucket | undefined,
  history: readonly HistoryRow[],
  rows: BucketPromisesAndCases,
  context: CollectionContext,
  turn?: (index: number, size: number) => Promise<void>,
): Promise<BucketState> {
  const entries = entriesOf(summary ? [summary] : []);
  const { activities, letters } = historyOfRecords(history);
  const grouped = groupRows({ promises: rows.promises, cases: rows.cases, activities, letters });
  const slice = turn ? DEBTORS_PER_SLICE : entries.length;
  const collections: SummaryCollection[] = [];
  for (let at = 0; at < entries.length; at += slice) {
    await turn?.(at, slice);
    collections.push(...summaryCollections(entries.slice(at, at + slice), grouped, context));
  }
  return {
    entries,
    collections,
    queue: buildQueue(collections, context.today),
    rowsKey: rows.rowsKey,
    summary,
    history,
  };
}

const byDebtorId = (a: QueueSummary, b: QueueSummary) => byCodeUnits(a.debtorId, b.debtorId);
const byCollectionDebtor = (a: SummaryCollection, b: SummaryCollection) =>
  byCodeUnits(a.debtor.id, b.debtor.id);

/** An evaluation in idle time (`prepareSummary`) that a reader may end (`aborted`). */
interface Slices {
  aborted: boolean;
  owner: RecouvraDb;
  today: IsoDate;
  done: Promise<boolean>;
}

/** The idle-time evaluation under way, if any. */
let preparing: Slices | null = null;

/** Every debtor's collection state, evaluated again only where a write touched it. */
export async function readSummary(today: IsoDate): Promise<SummaryState> {
  // A screen asks now: the evaluation in idle time gives way rather than run twice at once.
  if (preparing) preparing.aborted = true;
  return (await evaluateSummary(today, null)) as SummaryState;
}

/**
 * Evaluates the state in idle time, a slice of one record's debtors per background task (a few
 * milliseconds each), so that the first opening of the File d'actions after start finds it kept:
 * evaluating 10,000 debtors with a year of history takes about 1.5 s with code not yet compiled.
 * Resolves with `false` when a screen read the state meanwhile (and evaluated it itself); asked
 * again while under way, the same evaluation goes on.
 */
export function prepareSummary(today: IsoDate): Promise<boolean> {
  const db = getDb();
  if (preparing && !preparing.aborted && preparing.owner === db && preparing.today === today) {
    return preparing.done;
  }
  if (preparing) preparing.aborted = true;
  const slices: Slices = { aborted: false, owner: db, today, done: Promise.resolve(false) };
  slices.done = evaluateSummary(today, slices)
    .then((state) => state !== null)
    .finally(() => {
      if (preparing === slices) preparing = null;
    });
  preparing = slices;
  return slices.done;
}

/** The state; null when `slices` was aborted. */
async function evaluateSummary(
  today: IsoDate,
  slices: Slices | null,
): Promise<SummaryState | null> {
  const db = getDb();
  // Before the reads: see generationMemo.
  const generation = await settledWriteGeneration();
  const previous = kept?.owner === db && kept.today === today ? kept : null;
  if (previous?.generation === generation) {
    // Nothing written since: watch what the state came from, without decoding megabytes again.
    await Promise.all([collectionSettingsRepo.ladder(), watchTables(db, SOURCES)]);
    return previous.state;
  }
  const unchanged = (table: string) =>
    previous !== null && !writtenSince(db, table, previous.generation);
  const samePromises = previous !== null && unchanged('promises');
  const sameCases = previous !== null && unchanged('cases');
  // Nothing kept (the first opening after start): every record is evaluated, so they are read
  // alongside the rest rather than after it.
  const everyBucket = previous || slices ? null : readBuckets(db, 'all');
  // Awaited below; should a read before it fail, this one's failure is not left unhandled.
  everyBucket?.catch(() => undefined);
  const [ladder, imports, promises, cases] = await Promise.all([
    collectionSettingsRepo.ladder(),
    db.imports.toArray(),
    previous && samePromises ? previous.promises : db.promises.toArray(),
    previous && sameCases ? previous.cases : db.cases.toArray(),
  ]);
  const context: CollectionContext = { today, ladder, latestImportAsOf: latestAsOf(imports) };
  const ladderKey = JSON.stringify(ladder);
  const promisesOf = byBucket(promises);
  const casesOf = byBucket(cases);
  const rowsOf = promisesOf.map((bucketPromises, index) => {
    const bucketCases = casesOf[index] ?? [];
    return {
      promises: bucketPromises,
      cases: bucketCases,
      // Rows not read again are the ones the kept keys came from.
      rowsKey:
        samePromises && sameCases && previous?.buckets[index]
          ? previous.buckets[index].rowsKey
          : JSON.stringify([bucketPromises, bucketCases]),
    };
  });
  const sameContext =
    previous !== null &&
    previous.ladderKey === ladderKey &&
    previous.latestImportAsOf === context.latestImportAsOf;
  const dirty = bucketsToEvaluate(
    db,
    previous,
    rowsOf.map((r) => r.rowsKey),
    sameContext,
  );
  const buckets = slices ? null : await (everyBucket ?? readBuckets(db, dirty, previous));
  // A screen waiting for several records (a batch of letters touched every one: 450 ms in one
  // task) lets the page draw and answer between two; one record, as after a call, goes at once.
  const sliced = dirty === 'all' || dirty.size > 1;
  let evaluated = 0;
  const states: BucketState[] = [];
  for (const [index, rows] of rowsOf.entries()) {
    if (previous && dirty !== 'all' && !dirty.has(index)) {
      states.push(previous.buckets[index] as BucketState);
    } else if (buckets) {
      // Every read is issued before the first turn: the live query watches them all.
      if (sliced && evaluated++ > 0) await foregroundTurn();
      const { summaries, histories } = buckets;
      const turn = sliced ? sliceTurn : undefined;
      states.push(
        await evaluateBucket(summaries.get(index), histories.get(index) ?? [], rows, context, turn),
      );
    } else {
      const { summaries, histories } = await readBuckets(db, new Set([index]), previous, false);
      await backgroundTurn();
      if (slices?.aborted) return null;
      states.push(
        await evaluateBucket(
          summaries.get(index),
          histories.get(index) ?? [],
          rows,
          context,
          backgroundSliceTurn,
        ),
      );
      // A screen may have read the state while this record's slices waited their turns.
      if (slices?.aborted) return null;
    }
  }
  // Merging the records' states (sorting 10,000 entries and collections: 13-29 ms in Node) in a
  // task of its own, not after the last record's evaluation.
  if (sliced && evaluated > 0) await foregroundTurn();
  // Nothing the state reads was written (a note, a setting, a letter's file): the same state, so
  // that what callers keep by it (the assembled queue) is kept too.
  const state: SummaryState =
    previous && dirty !== 'all' && dirty.size === 0
      ? previous.state
      : {
          ladder,
          entries: states.flatMap((s) => s.entries).sort(byDebtorId),
          collections: states.flatMap((s) => s.collections).sort(byCollectionDebtor),
          queue: mergeQueues(states.map((s) => s.queue)),
        };
  if (!kept || kept.owner !== db || kept.generation <= generation) {
    kept = {
      owner: db,
      today,
      generation,
      ladderKey,
      latestImportAsOf: context.latestImportAsOf,
      promises,
      cases,
      buckets: states,
      state,
    };
  }
  return state;
}

interface BucketRows {
  summaries: Map<number, SummaryBucket>;
  histories: Map<number, HistoryRow[]>;
}

/**
 * The summary and history records to evaluate, by bucket; every table still watched, for a live
 * query (`watch`; the idle-time evaluation is none). With a state kept, only the rows written
 * since are read: the others are the rows it was evaluated from.
 */
async function readBuckets(
  db: RecouvraDb,
  dirty: 'all' | Set<number>,
  previous: Kept | null = null,
  watch = true,
): Promise<BucketRows> {
  if (dirty === 'all' || !previous) return readWholeBuckets(db, dirty, watch);
  const summaryKeys = keysWrittenSince(db, 'queueSummaries', previous.generation);
  const historyKeys = keysWrittenSince(db, 'collectionHistory', previous.generation);
  if (summaryKeys === 'all' || historyKeys === 'all') return readWholeBuckets(db, dirty, watch);
  const buckets = [...dirty];
  const summariesToRead = buckets.filter((bucket) => summaryKeys.has(bucket));
  // A record written (folded, emptied, rebuilt): the bucket's history is read whole.
  const wholeHistories = buckets.filter((bucket) => historyKeys.has(bucket));
  const changeKeys = [...historyKeys].filter(
    (key): key is [number, number] =>
      Array.isArray(key) &&
      dirty.has(bucketOfHistoryKey(key)) &&
      !historyKeys.has(bucketOfHistoryKey(key)),
  );
  const [summaries, histories, changes] = await Promise.all([
    db.queueSummaries.bulkGet(summariesToRead),
    historyOfBuckets(db, wholeHistories),
    db.collectionHistory.bulkGet(changeKeys),
    // A live query re-runs on a change of what it read: the records not read again included.
    watch ? watchTables(db, SOURCES) : undefined,
  ]);
  const rows: BucketRows = { summaries: new Map(), histories: new Map() };
  for (const bucket of buckets) {
    const kept = previous.buckets[bucket];
    const summary = summaryKeys.has(bucket)
      ? summaries[summariesToRead.indexOf(bucket)]
      : kept?.summary;
    if (summary) rows.summaries.set(bucket, summary);
    if (historyKeys.has(bucket)) continue;
    // The rows kept, less the changes written since (replaced by what is stored now, if any).
    const written = new Set(
      changeKeys.filter((key) => key[0] === bucket).map((key) => key.join(',')),
    );
    const history = (kept?.history ?? []).filter(
      (row) => !isHistoryChange(row) || !written.has(row.bucket.join(',')),
    );
    changes.forEach((row, n) => {
      if (row && changeKeys[n]?.[0] === bucket) history.push(row);
    });
    rows.histories.set(bucket, history);
  }
  for (const row of histories) pushHistory(rows.histories, row);
  return rows;
}

function pushHistory(into: Map<number, HistoryRow[]>, row: HistoryRow): void {
  const bucket = bucketOfHistoryKey(row.bucket);
  const rows = into.get(bucket);
  if (rows) rows.push(row);
  else into.set(bucket, [row]);
}

/** The summary and history records of these buckets (or all), read whole. */
async function readWholeBuckets(
  db: RecouvraDb,
  dirty: 'all' | Set<number>,
  watch: boolean,
): Promise<BucketRows> {
  const keys = dirty === 'all' ? null : [...dirty];
  const [summaries, histories] = await Promise.all([
    keys ? db.queueSummaries.bulkGet(keys) : db.queueSummaries.toArray(),
    keys ? historyOfBuckets(db, keys) : db.collectionHistory.toArray(),
    // A live query re-runs on a change of what it read: the records not read again included.
    keys && watch ? watchTables(db, SOURCES) : undefined,
  ]);
  const summariesByBucket = new Map(
    summaries.flatMap((row) => (row ? [[row.bucket, row] as const] : [])),
  );
  const historiesByBucket = new Map<number, HistoryRow[]>();
  for (const row of histories) pushHistory(historiesByBucket, row);
  return { summaries: summariesByBucket, histories: historiesByBucket };
}

/** The history records of these buckets and their changes not yet folded in. */
async function historyOfBuckets(db: RecouvraDb, buckets: readonly number[]): Promise<HistoryRow[]> {
  if (buckets.length === 0) return [];
  const table = db.collectionHistory;
  const [records, changes] = await Promise.all([
    table.bulkGet([...buckets]),
    Promise.all(
      buckets.map((bucket) =>
        table
          .where('bucket')
          .between(...historyChangeRange(bucket), true, true)
          .toArray(),
      ),
    ),
  ]);
  return [...records.filter((row) => row !== undefined), ...changes.flat()];
}
