/**
 * What the Appel guidé shows before and during a call: the debtor's collection state, the
 * letters already sent, the script, and the names the script speaks with.
 */
import type { CallScript } from '../../domain/callScripts';
import type { DebtorCollection } from '../../domain/collectionView';
import type { IsoDate, Letter } from '../../domain/model';
import { getDb } from '../db';
import { collectionRepo } from './collection';
import { collectionSettingsRepo, currentUserName } from './collectionSettings';
import { creditorRepo } from './creditor';

export interface CallContext {
  collection: DebtorCollection;
  /** Newest first. */
  letters: Letter[];
  script: CallScript;
  creditorName: string;
  user: string | null;
}

/** null when the debtor does not exist. */
export async function loadCallContext(
  debtorId: string,
  today: IsoDate,
): Promise<CallContext | null> {
  const [collection, letters, script, creditor, user] = await Promise.all([
    collectionRepo.debtor(debtorId, today),
    getDb().letters.where('debtorId').equals(debtorId).toArray(),
    collectionSettingsRepo.callScript(),
    creditorRepo.load(),
    currentUserName(),
  ]);
  if (!collection) return null;
  return {
    collection,
    letters: letters.sort((a, b) => b.date.localeCompare(a.date)),
    script,
    creditorName: creditor.name,
    user,
  };
}
