/**
 * Start-up duties of the data layer, called once from main.tsx: watch for other tabs changing
 * the database, and ask the browser not to evict it.
 */
import { databaseChangeStore, watchDatabaseChanges } from './databaseChanges';
import { getDb } from './db';
import { requestPersistentStorage } from './storage';

export function startDataLayer(): void {
  watchDatabaseChanges(getDb(), databaseChangeStore.report);
  void requestPersistentStorage();
}
