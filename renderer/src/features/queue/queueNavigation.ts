/**
 * « Enregistrer et suivant »: the queue remembers, for this session, the rows it showed in their
 * order when the controller opened one; the call and letter screens ask it for the next row's
 * screen once theirs is saved.
 */
import { paths } from '../../app/paths';
import type { QueueAction } from '../../domain/actionQueue';
import type { QueueRow } from '../../domain/queueRows';
import { actionLabel } from './actionLabel';

/** The screen that carries out an action: the guided call, the letter, the debtor's page. */
export function actionPath(action: QueueAction): string {
  if (action.channel === 'telephone') {
    return paths.guidedCall(action.debtorId, { key: action.key, label: actionLabel(action) });
  }
  if (action.channel === 'dossier') return paths.debtor(action.debtorId);
  return paths.letters({
    debtorId: action.debtorId,
    tab: 'nouveau',
    ...(action.step.templateId ? { templateId: action.step.templateId } : {}),
  });
}

/** What Enter opens on a row: its first action (a callback or the call come first). */
export function rowPath(row: QueueRow): string {
  const first = row.actions[0];
  return first ? actionPath(first) : paths.debtor(row.debtorId);
}

let order: { debtorId: string; path: string }[] = [];

/** Called by the queue each time a row is opened: the rows as shown, in order. */
export function rememberQueueOrder(rows: readonly QueueRow[]): void {
  order = rows.map((row) => ({ debtorId: row.debtorId, path: rowPath(row) }));
}

/** The screen of the row after this debtor's in the queue last shown; null at the end. */
export function nextQueuePath(debtorId: string): string | null {
  const index = order.findIndex((row) => row.debtorId === debtorId);
  if (index < 0) return null;
  return order[index + 1]?.path ?? null;
}

/** Whether this debtor was opened from the queue in this session. */
export function openedFromQueue(debtorId: string): boolean {
  return order.some((row) => row.debtorId === debtorId);
}
