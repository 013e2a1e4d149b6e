/**
 * The debtor's timeline: append-only. Activities are added (calls, notes, promises, disputes,
 * decisions…), never edited or deleted, so the timeline is the record of what was done and when.
 */
import type { Activity, AuditEntry, IsoDate, IsoInstant } from '../../domain/model';
import { clock } from '../clock';
import { getDb, newId, type RecouvraDb } from '../db';
import { signature } from './collectionSettings';

export type NewActivity = Omit<Activity, 'id' | 'at' | 'by'>;

/** A row ready to add, signed and timed; `at` is shared by the rows of one change. */
export function activityRow(input: NewActivity, by: string, at: IsoInstant): Activity {
  return { id: newId(), at, by, ...input };
}

/**
 * A change told twice, in the same words and the caller's transaction: on the debtor's timeline
 * (what the credit controller reads) and in the audit log (what the department answers for).
 */
export async function recordChange(
  db: RecouvraDb,
  activity: NewActivity,
  audit: Pick<AuditEntry, 'action' | 'entity' | 'entityId'>,
  by: string,
  at: IsoInstant,
): Promise<void> {
  await db.activities.add(activityRow(activity, by, at));
  await db.audit.add({ id: newId(), at, by, ...audit, details: activity.text });
}

export const activitiesRepo = {
  /** Newest first. */
  async byDebtor(debtorId: string): Promise<Activity[]> {
    const rows = await getDb().activities.where('debtorId').equals(debtorId).toArray();
    return rows.sort((a, b) => b.at.localeCompare(a.at));
  },

  /** A note; with `remindOn`, a dated reminder shown in the agenda and, that day, the queue. */
  async addNote(debtorId: string, text: string, remindOn?: IsoDate): Promise<Activity> {
    const trimmed = text.trim();
    if (!trimmed) throw new Error('La note est vide.');
    const row = activityRow(
      {
        debtorId,
        type: 'note',
        text: trimmed,
        ...(remindOn ? { details: { kind: 'reminder', date: remindOn } } : {}),
      },
      await signature(),
      clock.nowIso(),
    );
    await getDb().activities.add(row);
    return row;
  },
};
