/**
 * The open items and debtors that matching reads, read and indexed by a worker kept ready while
 * the user picks the statement. On the job's path, after the parse, reading the ledger took
 * 0.13-0.24 s for 100,000 open items and indexing it 0.2 s more.
 *
 * A write to the queue summaries (what `matchLedger` reads, kept in the same transaction as every
 * write to the ledger), in any window or worker, makes it stale: the index is dropped, and the job
 * reads the ledger itself, as without a worker kept ready.
 * A proposal is only a proposal: confirming it checks the items' open amounts again.
 */
import { getDb, type RecouvraDb } from '../../data/db';
import { bankRepo } from '../../data/repositories/bank';
import { watchSummaryWrites } from '../../data/summaryWrites';
import { type MatchIndex, matchIndex } from '../../domain/bank';

/** The index being prepared, and the name of the ledger it indexes. */
let prepared: { databaseName: string; ready: Promise<MatchIndex> } | undefined;
let stopWatching: (() => void) | undefined;

/**
 * Starts reading and indexing a ledger: the worker's own database, or the one a benchmark
 * names (its throwaway ledger, read as the app's would be).
 */
export function prepareLedger(db: RecouvraDb = getDb()): void {
  const databaseName = db.name;
  stopWatching?.();
  stopWatching = watchSummaryWrites(() => {
    prepared = undefined;
  }, databaseName);
  // The index alone is kept: the proposals' names are looked up in it too.
  const ready = bankRepo
    .matchLedger(undefined, db)
    .then(({ items, debtors }) => matchIndex(items, debtors));
  // A failed read leaves the job to read the ledger itself.
  ready.catch(() => {
    if (prepared?.ready === ready) prepared = undefined;
  });
  prepared = { databaseName, ready };
}

/**
 * The index prepared for the ledger named `databaseName` (the connection's by default), when that
 * ledger has not changed since it was read (it may still be in progress); taken once, by the
 * worker's one job.
 */
export function takePreparedIndex(databaseName = getDb().name): Promise<MatchIndex> | undefined {
  const taken = prepared;
  prepared = undefined;
  return taken?.databaseName === databaseName ? taken.ready : undefined;
}
