/**
 * Rows a write path has just read in its own transaction and is about to replace. The aggregates
 * and outbox middlewares need the previous value of every row written; without this they read
 * again, one IndexedDB request per key, rows the caller already holds: an import of 100,000 items
 * read every item three times on disk (the import, the aggregates, the outbox), a pulled page
 * twice. A hint is for the next write of its table in the transaction only, then it is dropped:
 * after that write the rows it describes are stale.
 */
import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie';

type Row = Record<string, unknown>;

interface Hint {
  /** By key: the row, or undefined for a key known to have no row. */
  rows: ReadonlyMap<unknown, Row | undefined>;
  /** Every row of the table is in `rows`: a key missing there is a row that does not exist. */
  complete: boolean;
}

const hints = new WeakMap<DBCoreTransaction, Map<string, Hint>>();
/** The rows before one write, once a middleware has resolved them: the next layer reuses them. */
const resolved = new WeakMap<DBCoreMutateRequest, (Row | undefined)[]>();

/**
 * Tells the middlewares what `table`'s rows are before the next write to it in `trans` (Dexie's
 * `tx.idbtrans`). `complete`: `rows` is the whole table (read by `toArray()` in this transaction).
 * Nothing may write those rows in between.
 */
export function tellRowsBefore(
  trans: DBCoreTransaction,
  table: string,
  rows: ReadonlyMap<unknown, Row | undefined>,
  complete: boolean,
): void {
  let byTable = hints.get(trans);
  if (!byTable) {
    byTable = new Map();
    hints.set(trans, byTable);
  }
  byTable.set(table, { rows, complete });
}

/**
 * The rows `keys` replace in this write, if the caller said what they are; null when a middleware
 * must read them. The first middleware to ask consumes the hint; the layers below it get the
 * same answer for the same request.
 */
export function knownRowsBefore(
  req: DBCoreMutateRequest,
  table: string,
  keys: readonly unknown[],
): (Row | undefined)[] | null {
  const done = resolved.get(req);
  if (done) return done;
  const byTable = hints.get(req.trans);
  const hint = byTable?.get(table);
  if (!hint) return null;
  byTable?.delete(table);
  const before: (Row | undefined)[] = [];
  for (const key of keys) {
    if (!hint.rows.has(key) && !hint.complete) return null;
    before.push(hint.rows.get(key));
  }
  resolved.set(req, before);
  return before;
}

/** `rows` by their `keyField`. */
export function rowsByKey<T extends object>(rows: readonly T[], keyField: keyof T & string) {
  return new Map(rows.map((row) => [row[keyField] as unknown, row as unknown as Row]));
}
