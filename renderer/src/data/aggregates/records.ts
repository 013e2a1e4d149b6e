/**
 * Reads and writes of the derived tables' records at the DBCore level, inside the transaction of
 * the write they follow (the aggregates middleware, the queue summary and the collection history).
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';

/** A row a write replaced and the row it wrote (undefined: none). */
export type Written<T> = readonly [before: T | undefined, after: T | undefined];

/** Runs a DBCore call in the Dexie transaction's zone (see the middleware). */
export type InZone = <T>(call: () => T) => T;

/** DBCoreRangeType.Any (an ambient const enum, not importable as a value): the whole table. */
export const FULL_RANGE = 3;

/** Every record of the table. */
export async function readAllRecords<T>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
): Promise<T[]> {
  const all = await inZone(() =>
    table.query({
      trans,
      query: {
        index: table.schema.primaryKey,
        range: { type: FULL_RANGE, lower: undefined, upper: undefined },
      },
      values: true,
    }),
  );
  return all.result as T[];
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
  if (missing.length === 0) return;
  const rows = await inZone(() => table.getMany({ trans, keys: missing }));
  missing.forEach((bucket, i) => {
    if (!cache.has(bucket)) cache.set(bucket, cachedOf(rows[i] as Row | undefined));
  });
}

/** Puts and deletes records; throwing aborts the transaction: never a write without them. */
export async function writeRecords(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  inZone: InZone,
  puts: object[],
  deletes: number[],
): Promise<void> {
  const written = await Promise.all([
    puts.length > 0 ? inZone(() => table.mutate({ trans, type: 'put', values: puts })) : null,
    deletes.length > 0
      ? inZone(() => table.mutate({ trans, type: 'delete', keys: deletes }))
      : null,
  ]);
  const failure = written.find((result) => result && result.numFailures > 0);
  if (failure) throw Object.values(failure.failures)[0] ?? new Error('Derived write failed');
}
