/**
 * « Annuler » after a quick action: the timeline is append-only (and so is its copy on the team
 * server), so an undo is itself an activity naming the activities it cancels. Every rule reads
 * the debtor's activities through `withoutUndone`: what was undone never happened.
 */
import type { Activity } from './model';

/** Ids of the activities cancelled by an undo (an undo cannot be undone: redo the action). */
export function undoneIds(activities: readonly Pick<Activity, 'details'>[]): Set<string> {
  const ids = new Set<string>();
  for (const activity of activities) {
    if (activity.details?.kind === 'undo')
      for (const id of activity.details.activityIds) ids.add(id);
  }
  return ids;
}

/** The activities that still count: neither cancelled nor undo markers themselves. */
export function withoutUndone<T extends Pick<Activity, 'id' | 'details'>>(
  activities: readonly T[],
): T[] {
  const undone = undoneIds(activities);
  if (undone.size === 0 && !activities.some((a) => a.details?.kind === 'undo')) {
    return [...activities];
  }
  return activities.filter((a) => !undone.has(a.id) && a.details?.kind !== 'undo');
}
