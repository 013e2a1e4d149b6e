/**
 * The debtor's timeline: append-only. Activities are added (calls, notes, promises, disputes,
 * decisions…), never edited or deleted, so the timeline is the record of what was done and when.
 */
import type { Activity, IsoInstant } from '../../domain/model';
import { getDb, newId } from '../db';
import { signature } from './collectionSettings';

export type NewActivity = Omit<Activity, 'id' | 'at' | 'by'>;

/** A row ready to add, signed and timed; `at` is shared by the rows of one change. */
export function activityRow(input: NewActivity, by: string, at: IsoInstant): Activity {
  return { id: newId(), at, by, ...input };
}

export const activitiesRepo = {
  /** Newest first. */
  async byDebtor(debtorId: string): Promise<Activity[]> {
    const rows = await getDb().activities.where('debtorId').equals(debtorId).toArray();
    return rows.sort((a, b) => b.at.localeCompare(a.at));
  },

  async addNote(debtorId: string, text: string): Promise<Activity> {
    const trimmed = text.trim();
    if (!trimmed) throw new Error('La note est vide.');
    const row = activityRow(
      { debtorId, type: 'note', text: trimmed },
      await signature(),
      new Date().toISOString(),
    );
    await getDb().activities.add(row);
    return row;
  },
};
