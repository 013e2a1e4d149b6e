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
