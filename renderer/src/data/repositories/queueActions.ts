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
  async decide(action: ActionRef, decision: QueueDecision): Promise<void> {
    const by = await signature();
    await getDb().activities.add(
      activityRow(
        {
          debtorId: action.debtorId,
          type: 'action',
          text: decisionText(action.label, decision),
          details: { kind: 'queue-decision', actionKey: action.key, decision },
        },
        by,
        clock.nowIso(),
      ),
    );
  },
};
