/**
 * Two tabs (or an old tab and a newer app version) on the same IndexedDB database. When another
 * connection upgrades or deletes the database, this one must let go at once, or it blocks the
 * other; and it must not keep working on a schema it no longer matches. So it closes for good
 * and the user is asked to reload. `blocked` is the mirror case: our upgrade waits for an old tab.
 */
import type Dexie from 'dexie';

export type DatabaseChange =
  /** Another tab or window opened the database with a newer schema. */
  | 'upgraded-elsewhere'
  /** Another tab or window deleted the database. */
  | 'deleted-elsewhere'
  /** Our own opening waits for another tab that still holds the old version. */
  | 'blocked';

export type DatabaseChangeListener = (change: DatabaseChange) => void;

/** Closes `db` when another connection needs it, and reports what happened. */
export function watchDatabaseChanges(db: Dexie, onChange: DatabaseChangeListener): () => void {
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    onChange(event.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere');
    // Stops Dexie's default handler, which would close with auto-reopen: Dexie 4 happily reopens
    // a database newer than the code, and a stale tab must not write to it behind the user.
    return false;
  };
  const onBlocked = () => onChange('blocked');
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

/** The latest change, for the reload banner (useSyncExternalStore). */
export const databaseChangeStore = (() => {
  let current: DatabaseChange | null = null;
  const listeners = new Set<() => void>();
  return {
    report(change: DatabaseChange): void {
      current = change;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): DatabaseChange | null => current,
  };
})();
