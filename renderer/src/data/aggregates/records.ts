/**
 * Reads and writes of the derived tables' records at the DBCore level, inside the transaction of
 * the write they follow (the aggregates middleware, the queue summary and the collection history).
 */
import type { DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { InZone } from '../dexieZone';

/** A row a write replaced and the row it wrote (undefined: none). */
export type Written<T> = readonly [before: T | undefined, after: T | undefined];

export type { InZone };

/** DBCoreRangeType.Any (an ambient const enum, not importable as a value): the whole table. */
export const FULL_RANGE = 3;
/** DBCoreRangeType.Range: from `lower` to `upper`, both included here. */
const KEY_RANGE = 2;

/** A query of the primary key over `range`: the keys, or the rows when `values`. */
async function queryPrimaryKey(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
  range: { type: number; lower: unknown; upper: unknown; lowerOpen?: boolean; upperOpen?: boolean },
  values: boolean,
): Promise<unknown[]> {
  const found = await inZone(() =>
    table.query({ trans, query: { index: table.schema.primaryKey, range }, values }),
  );
  return found.result;
}

/** The primary keys from `lower` to `upper` (included), in key order. */
export function readKeysBetween(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
  [lower, upper]: readonly [unknown, unknown],
): Promise<unknown[]> {
  const range = { type: KEY_RANGE, lower, upper, lowerOpen: false, upperOpen: false };
  return queryPrimaryKey(table, trans, inZone, range, false);
}

/** Every record of the table. */
export async function readAllRecords<T>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
): Promise<T[]> {
  const range = { type: FULL_RANGE, lower: undefined, upper: undefined };
  return (await queryPrimaryKey(table, trans, inZone, range, true)) as T[];
}

/**
 * Loads into the transaction's cache the records of these buckets it does not hold yet, each as
 * `cachedOf(row)` (row undefined: no record). A record already in the cache is never overwritten,
 * not even one cached while the read was pending: a concurrent write of the same transaction may
 * have loaded and changed it meanwhile.
 */
export async function loadBuckets<Row, Cached>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
  cache: Map<number, Cached>,
  buckets: Iterable<number>,
  cachedOf: (row: Row | undefined) => Cached,
): Promise<void> {
  const missing = [...new Set(buckets)].filter((bucket) => !cache.has(bucket));
  // One request per record, each decoded as its answer arrives, in that answer's task: all
  // sixteen decoded together held the page for 180 ms after a batch of letters.
  await Promise.all(
    missing.map(async (bucket) => {
      const [row] = await inZone(() => table.getMany({ trans, keys: [bucket] }));
      if (!cache.has(bucket)) cache.set(bucket, cachedOf(row as Row | undefined));
    }),
  );
}

/** What a put or delete answers: a failure aborts the transaction, never a write without them. */
function throwIfFailed(result: DBCoreMutateResponse | null): void {
  if (result && result.numFailures > 0) {
    throw Object.values(result.failures)[0] ?? new Error('Derived write failed');
  }
}

/**
 * Puts and deletes records; throwing aborts the transaction: never a write without them. Each
 * put's record is built (`puts`: one function per record) and written once the previous one is:
 * a record's encoding and IndexedDB's copy of it then run in a task of their own. The sixteen
 * records of the collection history built and put together held the page for 250 ms after a batch
 * of letters.
 */
export async function writeRecords(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
  puts: readonly (() => object)[],
  deletes: unknown[],
): Promise<void> {
  const deleting =
    deletes.length > 0
      ? inZone(() => table.mutate({ trans, type: 'delete', keys: deletes }))
      : null;
  // Its failure is thrown below, once the puts are issued: not reported as unhandled meanwhile.
  deleting?.catch(() => undefined);
  for (const record of puts) {
    throwIfFailed(await inZone(() => table.mutate({ trans, type: 'put', values: [record()] })));
  }
  throwIfFailed(await deleting);
}
