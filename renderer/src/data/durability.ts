/**
 * Which commits must survive a power cut (issue #19, « nothing is lost if the machine stops »).
 *
 * The connection opens with relaxed durability (db.ts): Chromium then reports a commit before
 * the operating system has flushed it, several times faster for bulk writes, and a crash can
 * lose the last seconds of commits — still atomically, never half a transaction. That is harmless
 * for what can be done again or rebuilt: a note, a reminder's state, a setting, a call outcome
 * typed again, the derived aggregates, the team outbox (re-pushed from the server's ack), pulls
 * (pulled again from the cursor that is committed with them).
 *
 * It is not harmless for what the user cannot redo from memory, or what another system already
 * believes happened:
 * - `imports`, `importJournals`: an import and its undo journal (the file may be gone; the
 *   automatic backup was taken before it, the user was told it is done);
 * - `payments`: a payment recorded by hand or confirmed from the bank — interest stops that day;
 * - `letters` and `blobs`: the exact copy of a letter kept as sent, and the evidence, proof in
 *   court; the files are written on their own before the rows that name them (restore, demo),
 *   so they are strict on their own too;
 * - `bankImports`: a statement marked as imported is never imported again;
 * - a restore replaces every table (it includes `imports`): strict too.
 * A readwrite transaction whose scope includes one of these tables is committed with
 * `durability: 'strict'` (the commit event fires only once the data is on disk). The cost is
 * measured by the import benchmark (README, Benchmarks).
 */
import type { DBCore, Middleware } from 'dexie';

/** Tables whose writes are committed with strict durability (see above). */
export const STRICT_DURABILITY_TABLES: ReadonlySet<string> = new Set([
  'imports',
  'importJournals',
  'payments',
  'letters',
  'blobs',
  'bankImports',
]);

export function isStrictScope(stores: readonly string[]): boolean {
  return stores.some((store) => STRICT_DURABILITY_TABLES.has(store));
}

export function createDurabilityMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'RecouvraDurability',
    // Outermost (highest level): decides on the scope the application asked for.
    level: 20,
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode === 'readwrite' && isStrictScope(stores)) {
            return down.transaction(stores, mode, { ...options, durability: 'strict' });
          }
          return down.transaction(stores, mode, options);
        },
      };
    },
  };
}
