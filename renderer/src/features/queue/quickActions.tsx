/**
 * The queue's quick actions (marquer comme faite, reporter, issue d'appel en une touche): each
 * recorded at once, then a notice with « Annuler » that appends the undo to the timeline, so the
 * row comes back exactly as it was.
 */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { callsRepo } from '../../data/repositories/calls';
import { queueActionsRepo } from '../../data/repositories/queueActions';
import type { QueueAction } from '../../domain/actionQueue';
import { CALL_OUTCOME_LABELS } from '../../domain/callOutcomes';
import { formatDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import type { QueueRow } from '../../domain/queueRows';
import { QUICK_SNOOZE_LABELS, type QuickSnooze, quickSnoozeDate } from '../../domain/quickDates';
import { actionLabel } from './actionLabel';

export type QuickKind = 'done' | QuickSnooze | 'no-answer' | 'wrong-number';

export interface Undoable {
  debtorId: string;
  activityIds: string[];
  label: string;
}

let last: Undoable | null = null;
const listeners = new Set<(done: Undoable) => void>();

async function undo(done: Undoable): Promise<void> {
  try {
    await queueActionsRepo.undo(done.debtorId, done.activityIds, done.label);
    if (last === done) last = null;
    notifications.hide(noticeId(done));
    notifications.show({ color: 'blue', message: `Annulé : ${done.label}.` });
    for (const listener of listeners) listener(done);
  } catch (error) {
    notifications.show({ color: 'red', title: 'Annulation impossible', message: String(error) });
  }
}

const noticeId = (done: Undoable) => `queue-undo-${done.activityIds[0] ?? ''}`;

/** Undoes the last quick action still undoable (Ctrl+Z, « u »); false when there is none. */
export function undoLast(): boolean {
  if (!last) return false;
  void undo(last);
  return true;
}

/** Called after an undo (the queue puts the focus back on the row that came back). */
export function onUndo(listener: (done: Undoable) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Shows the notice of a recorded change, with « Annuler ». */
export function showUndoable(done: Undoable, message: string): void {
  last = done;
  notifications.show({
    id: noticeId(done),
    color: 'teal',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void undo(done)}>
          Annuler
        </Button>
      </Group>
    ),
  });
}

function rowLabel(row: QueueRow): string {
  const step = row.stage?.label ?? 'Rappel prévu';
  return `${row.debtorName} — ${step}`;
}

/** Whether the quick action applies to the row (the call outcomes need a call to make). */
export function quickApplies(row: QueueRow, kind: QuickKind): boolean {
  if (kind === 'no-answer' || kind === 'wrong-number') {
    return row.actions.some((a) => a.channel === 'telephone');
  }
  return row.actions.length > 0;
}

async function decideAll(
  actions: readonly QueueAction[],
  decision: Parameters<typeof queueActionsRepo.decide>[1],
): Promise<string[]> {
  const ids: string[] = [];
  for (const action of actions) {
    ids.push(
      await queueActionsRepo.decide(
        { key: action.key, debtorId: action.debtorId, label: actionLabel(action) },
        decision,
      ),
    );
  }
  return ids;
}

/** Records the quick action on every due action of the row; shows the notice with « Annuler ». */
export async function runQuick(row: QueueRow, kind: QuickKind, today: IsoDate): Promise<void> {
  if (!quickApplies(row, kind)) return;
  const label = rowLabel(row);
  try {
    let ids: string[];
    let message: string;
    if (kind === 'done') {
      ids = await decideAll(row.actions, { kind: 'done' });
      message = `${label} : marquée comme faite.`;
    } else if (kind === 'no-answer' || kind === 'wrong-number') {
      const call = row.actions.find((a) => a.channel === 'telephone');
      if (!call) return;
      const outcome = kind === 'no-answer' ? 'pas-de-reponse' : 'mauvais-numero';
      ids = await callsRepo.record(
        {
          debtorId: row.debtorId,
          action: { key: call.key, label: actionLabel(call) },
          outcome,
          notes: '',
        },
        today,
      );
      message = `${label} : ${CALL_OUTCOME_LABELS[outcome].toLowerCase()}${kind === 'no-answer' ? ', rappel demain' : ''}.`;
    } else {
      const until = quickSnoozeDate(kind, today);
      ids = await decideAll(row.actions, {
        kind: 'snoozed',
        until,
        reason: QUICK_SNOOZE_LABELS[kind],
      });
      message = `${label} : reportée au ${formatDateFr(until)}.`;
    }
    showUndoable({ debtorId: row.debtorId, activityIds: ids, label }, message);
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Enregistrement impossible',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
