/**
 * Writes to the queue summaries, wherever they are made: Dexie tells every window and worker of
 * the app's origin once a transaction that wrote them has committed. The summaries are kept in
 * the same transaction as every write to the ledger, so this says « the ledger changed ».
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { getDb } from './db';

/**
 * Calls `changed` after each write to the summaries of the ledger named `databaseName` (the
 * connection's by default); returns the stop.
 */
export function watchSummaryWrites(changed: () => void, databaseName = getDb().name): () => void {
  const part = `idb://${databaseName}/queueSummaries/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(part))) changed();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
