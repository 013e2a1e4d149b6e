/**
 * The state of the queue's actions: what the credit controller decided about each one (done,
 * snoozed, reassigned, skipped, failed). Recorded as timeline activities keyed by the action, so
 * the ladder and the queue read them back, and the debtor's history shows them.
 */
import type { QueueDecision } from '../../domain/activityDetails';
import { formatDateFr } from '../../domain/dates';
import { clock } from '../clock';
import { getDb } from '../db';
import { activityRow } from './activities';
import { signature } from './collectionSettings';

export interface ActionRef {
  key: string;
  debtorId: string;
  /** « Relance 2 — Courrier simple »: how the action reads on the timeline. */
  label: string;
}

export function decisionText(label: string, decision: QueueDecision): string {
  switch (decision.kind) {
    case 'done':
      return `${label} : faite`;
    case 'skipped':
      return `${label} : ignorée — ${decision.reason}`;
    case 'snoozed':
      return `${label} : reportée au ${formatDateFr(decision.until)}${decision.reason ? ` — ${decision.reason}` : ''}`;
    case 'reassigned':
      return `${label} : réattribuée à ${decision.to}`;
    case 'failed':
      return `${label} : en échec — ${decision.reason}`;
  }
}

export const queueActionsRepo = {
  /** Records the decision; returns the id of its activity (for « Annuler »). */
  async decide(action: ActionRef, decision: QueueDecision): Promise<string> {
    const by = await signature();
    const row = activityRow(
      {
        debtorId: action.debtorId,
        type: 'action',
        text: decisionText(action.label, decision),
        details: { kind: 'queue-decision', actionKey: action.key, decision },
      },
      by,
      clock.nowIso(),
    );
    await getDb().activities.add(row);
    return row.id;
  },

  /**
   * « Annuler » a quick action: appends an activity cancelling the given ones (the timeline is
   * append-only, here and on the team server); the queue, the ladder and the agenda read the
   * timeline without them, so the action is back as it was.
   */
  async undo(debtorId: string, activityIds: readonly string[], label: string): Promise<void> {
    if (activityIds.length === 0) return;
    const by = await signature();
    await getDb().activities.add(
      activityRow(
        {
          debtorId,
          type: 'action',
          text: `${label} : annulé`,
          details: { kind: 'undo', activityIds: [...activityIds] },
        },
        by,
        clock.nowIso(),
      ),
    );
  },
};
