/**
 * Makes the File d'actions ready before it is opened (collectionRepo.prepareQueue), for a page
 * that has drawn its own data first, in idle time. The repository is loaded here, not with the
 * calling page: the dashboard's code stays as small as it was.
 */
import { todayIso } from '../domain/dates';

/** Never fails: what goes wrong here (a database being replaced) the queue reports when opened. */
export function prepareQueue(): void {
  void import('./repositories/collection')
    .then(({ collectionRepo }) => collectionRepo.prepareQueue(todayIso()))
    .catch(() => undefined);
}
