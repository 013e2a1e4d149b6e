/**
 * The letters of a debtor as its history tells them: each letter or e-mail activity of the
 * timeline, with the letter kept as sent when the activity names one. The fiche's « Courriers »
 * tab lists exactly these entries, read from the same rows as « Historique », so the two can
 * never disagree (a letter the timeline shows is in the tab, and nothing else is).
 */
import type { Activity, Letter } from './model';

export interface LetterEntry {
  activity: Activity;
  /** The letter kept as sent (PDF, tracking number); absent for a letter noted by hand. */
  letter?: Letter;
}

/** The activity kinds the timeline files under « Courriers ». */
export function isLetterActivity(activity: Pick<Activity, 'type'>): boolean {
  return activity.type === 'letter' || activity.type === 'email';
}

/** The history's letters, in the history's order. */
export function letterEntries(
  activities: readonly Activity[],
  letters: readonly Letter[],
): LetterEntry[] {
  const byId = new Map(letters.map((l) => [l.id, l]));
  return activities.filter(isLetterActivity).map((activity) => {
    const letter = activity.letterId ? byId.get(activity.letterId) : undefined;
    return letter ? { activity, letter } : { activity };
  });
}
