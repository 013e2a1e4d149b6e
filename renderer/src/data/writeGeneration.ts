/**
 * A count of the writes committed to the database, here or in another context (the import
 * worker, another window): Dexie fires `storagemutated` for each, the event its live queries
 * re-run on. A result computed from reads started at generation N is still true while the
 * generation is N, so a live query can reuse it instead of computing it again (the File
 * d'actions: 10,000 debtors' ladders take a few hundred milliseconds; reopening the queue with
 * nothing written since should not).
 */
import Dexie, { cmp, type IndexableType } from 'dexie';

let generation = 0;

/**
 * What the latest writes changed, as Dexie reports it: per `idb://database/table/` part, a tree of
 * key ranges (a RangeSet, or its structured clone when the write came from another context).
 */
type ChangedParts = Record<string, unknown>;
const recentWrites: { generation: number; parts: ChangedParts }[] = [];
/** Enough for the writes between two visits of a screen; older ones count as « everything ». */
const RECENT_WRITES_KEPT = 512;

Dexie.on('storagemutated', (parts: ChangedParts) => {
  generation += 1;
  recentWrites.push({ generation, parts });
  if (recentWrites.length > RECENT_WRITES_KEPT) recentWrites.shift();
});

export const writeGeneration = (): number => generation;

/**
 * The write generation once the notice of the writes just committed has reached every listener.
 * Dexie calls the listeners of `storagemutated` one after the other, synchronously and newest
 * first: a live query (subscribed after this module) runs again from inside that call, BEFORE the
 * count above is raised. Read at once, it took a stale generation for the current one and gave
 * back what it had kept (a dashboard on screen stayed as it was after an invoice was paid). After
 * one microtask the call is over and the count raised.
 */
export async function settledWriteGeneration(): Promise<number> {
  await Promise.resolve();
  return generation;
}

interface RangeNode {
  from?: IndexableType;
  to?: IndexableType;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Adds the single keys of a range tree to `into`; false when it holds a range of keys. */
function addSingleKeys(node: RangeNode | null | undefined, into: Set<IndexableType>): boolean {
  if (!node || !('from' in node)) return true;
  if (cmp(node.from, node.to) !== 0) return false;
  into.add(node.from as IndexableType);
  return addSingleKeys(node.l, into) && addSingleKeys(node.r, into);
}

/**
 * The primary keys of `table` written in the generations after `since`, or 'all' when they are not
 * known one by one: a clear or a range written, a bulk write Dexie reports as a range, writes
 * older than the log, or a notice that everything may have changed.
 */
export function keysWrittenSince(
  db: Dexie,
  table: string,
  since: number,
): ReadonlySet<IndexableType> | 'all' {
  const oldest = recentWrites[0]?.generation ?? generation + 1;
  if (since < generation && oldest > since + 1) return 'all';
  const part = `idb://${db.name}/${table}/`;
  const keys = new Set<IndexableType>();
  for (const write of recentWrites) {
    if (write.generation <= since) continue;
    if ('all' in write.parts) return 'all';
    if (!addSingleKeys(write.parts[part] as RangeNode | undefined, keys)) return 'all';
  }
  return keys;
}

/**
 * Makes the live query under way re-run on any change to these tables, reading one key of each. A
 * live query that reuses a kept value still has to read what the value came from. A cursor over a
 * table is recorded by Dexie as interest in the whole primary-key range asked for (its `''`
 * part, which every add, put, update, delete, bulk write and clear marks), not in the keys
 * returned, so one key does for the whole table. Reading every primary key instead was recorded
 * in the `:dels` part only, which an update() of a row Dexie knows does not mark; and it decoded
 * thousands of keys (promises, cases, history records at 100,000 items) on the dashboard's path.
 */
export async function watchTables(db: Dexie, names: readonly string[]): Promise<void> {
  await Promise.all(names.map((name) => db.table(name).toCollection().limit(1).keys()));
}

/**
 * The last value kept for a key on an owner (a database connection), given back while nothing
 * was written since the generation it was computed at. That generation is read by the caller
 * BEFORE the reads the value comes from (with `settledWriteGeneration` in a live query): a write
 * landing between them makes the value look older than it is (computed again next time), never
 * newer.
 */
export function generationMemo<K, T>() {
  let last: { owner: object; key: K; generation: number; value: T } | null = null;
  return {
    kept(owner: object, key: K, generation: number): T | undefined {
      return last && last.owner === owner && last.key === key && last.generation === generation
        ? last.value
        : undefined;
    },
    keep(owner: object, key: K, generation: number, value: T): T {
      last = { owner, key, generation, value };
      return value;
    },
  };
}
