/**
 * Dexie's own middlewares (hooks, live-query observation) read the current transaction from
 * Dexie's zone (PSD) when a call is made. After a few native awaits the zone is no longer the
 * transaction's, so a middleware that calls down after awaiting makes each call inside a zone
 * that names it again: the transaction captured when the mutation arrived (the caller's zone),
 * through Dexie's `newPSD`.
 */
import Dexie from 'dexie';

/** Runs a DBCore call in the Dexie transaction's zone. */
export type InZone = <T>(call: () => T) => T;

/** The zone of the transaction running now, to call down in later. */
export function zoneOfCurrentTransaction(): InZone {
  const trans = Dexie.currentTransaction;
  const newPSD = (
    Dexie.Promise as unknown as { newPSD?: (fn: () => unknown, props: object) => unknown }
  ).newPSD;
  if (!trans || !newPSD) return (call) => call();
  return <T>(call: () => T): T => newPSD(call, { trans }) as T;
}
