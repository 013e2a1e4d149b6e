/**
 * A count of the writes committed to the database, here or in another context (the import
 * worker, another window): Dexie fires `storagemutated` for each, the event its live queries
 * re-run on. A result computed from reads started at generation N is still true while the
 * generation is N, so a live query can reuse it instead of computing it again (the File
 * d'actions: 10,000 debtors' ladders take a few hundred milliseconds; reopening the queue with
 * nothing written since should not).
 */
import Dexie from 'dexie';

let generation = 0;
Dexie.on('storagemutated', () => {
  generation += 1;
});

export const writeGeneration = (): number => generation;

/**
 * Reads only the keys of these tables. A live query that reuses a kept value still has to read
 * what the value came from, so that it re-runs on a change: the keys are enough for that (a
 * change to any row wakes it), without decoding the rows again.
 */
export async function watchTables(db: Dexie, names: readonly string[]): Promise<void> {
  await Promise.all(names.map((name) => db.table(name).toCollection().primaryKeys()));
}

/**
 * The last value kept for a key on an owner (a database connection), given back while nothing
 * was written since the generation it was computed at. That generation is read by the caller
 * BEFORE the reads the value comes from: a write landing between them makes the value look older
 * than it is (computed again next time), never newer.
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
