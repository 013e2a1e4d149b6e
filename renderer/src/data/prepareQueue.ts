/**
 * Makes the File d'actions ready before it is opened (collectionRepo.prepareQueue), for a page
 * that has drawn its own data first, in idle time. The repository is loaded here, not with the
 * calling page: the dashboard's code stays as small as it was.
 */
import { todayIso } from '../domain/dates';
import type { IsoDate } from '../domain/model';
import { getDb, type RecouvraDb } from './db';
import { writeGeneration } from './writeGeneration';

/**
 * The ledger, day and write generation the queue was last made ready for. A dashboard visited
 * again with nothing written since has nothing to prepare: reading the state again took 70 ms
 * of the page's idle time at 100,000 items, on every visit.
 */
let prepared: { db: RecouvraDb; today: IsoDate; generation: number } | null = null;

/** Never fails: what goes wrong here (a database being replaced) the queue reports when opened. */
export function prepareQueue(): void {
  const db = getDb();
  const today = todayIso();
  // Before the work: a write made meanwhile is prepared for at the next visit.
  const generation = writeGeneration();
  if (prepared?.db === db && prepared.today === today && prepared.generation === generation) {
    return;
  }
  void import('./repositories/collection')
    .then(({ collectionRepo }) => collectionRepo.prepareQueue(today))
    .then((done) => {
      // Not done when a screen read the state meanwhile: the next visit prepares again.
      if (done) prepared = { db, today, generation };
    })
    .catch(() => undefined);
}
