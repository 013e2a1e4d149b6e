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
 *
 * Except when its writer says it can be done again (`redoableWrites`): the team sync's pulls and
 * acknowledgments open every synced table, strict ones included, yet losing one is harmless. A
 * pull lost in a power cut loses its cursor with it and is pulled again; an acknowledgment lost
 * leaves its entries in the outbox, pushed again and recognised by the server (workstation id and
 * sequence number). Strict, each page of a colleague's 100,000-item import waited for the disk.
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';

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

/** The flag `redoableWrites` sets in Dexie's zone (PSD), which the transaction opens in. */
const REDOABLE = 'recouvraRedoableWrites';

type DexieZones = {
  PSD?: Record<string, unknown>;
  newPSD?: <T>(fn: () => T, props: object) => T;
};
const zones = Dexie.Promise as unknown as DexieZones;

/**
 * Opens the transactions of `open` with the connection's relaxed durability whatever their scope:
 * for writes that are done again when lost (see above). Dexie creates a transaction in a later
 * microtask, in the zone of its caller: the flag travels in that zone.
 */
export function redoableWrites<T>(open: () => T): T {
  return zones.newPSD ? zones.newPSD(open, { [REDOABLE]: true }) : open();
}

const inRedoableWrites = (): boolean => zones.PSD?.[REDOABLE] === true;

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
          if (mode === 'readwrite' && isStrictScope(stores) && !inRedoableWrites()) {
            return down.transaction(stores, mode, { ...options, durability: 'strict' });
          }
          return down.transaction(stores, mode, options);
        },
      };
    },
  };
}
