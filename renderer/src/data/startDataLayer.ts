/**
 * Start-up duties of the data layer, called once from main.tsx: watch for other tabs changing
 * the database, ask the browser not to evict it, and start the time-driven changes (promise
 * settlement) now and on a timer.
 */
import { databaseChangeStore, watchDatabaseChanges } from './databaseChanges';
import { getDb } from './db';
import { requestPersistentStorage } from './storage';
import { startTimeDrivenChanges } from './timeDriven';

export function startDataLayer(): void {
  watchDatabaseChanges(getDb(), databaseChangeStore.report);
  void requestPersistentStorage();
  startTimeDrivenChanges();
}
