/**
 * A guided call, recorded in one transaction with everything it decided: the call on the
 * timeline with its outcome, and the promise, plan or dispute it produced, or the queue action
 * postponed (call back, no answer) or failed (wrong number).
 */
import type { CallOutcome, QueueDecision } from '../../domain/activityDetails';
import { CALL_OUTCOME_LABELS } from '../../domain/callOutcomes';
import { addDays, formatDateFr } from '../../domain/dates';
import type { Cents, IsoDate } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { clock } from '../clock';
import { getDb } from '../db';
import { activityRow } from './activities';
import { signature } from './collectionSettings';
import { type DisputeInput, writeDispute } from './disputes';
import { type PromiseInput, writePromise } from './promises';
import { decisionText } from './queueActions';

export interface CallInput {
  debtorId: string;
  /** The queue action the call answers, when started from the queue. */
  action?: { key: string; label: string };
  contactName?: string;
  phone?: string;
  outcome: CallOutcome;
  notes: string;
  /** For « promesse » and « échéancier ». */
  promise?: PromiseInput;
  /** For « litige ». */
  dispute?: DisputeInput;
  /** For « rappel programmé » (and « pas de réponse »: tomorrow by default). */
  callBackOn?: IsoDate;
  /** For « déjà payé »: what the debtor says they paid. */
  declaredPayment?: { date: IsoDate; cents: Cents; reference: string };
}

function callText(input: CallInput): string {
  const who = [input.contactName, input.phone].filter(Boolean).join(', ');
  const parts = [`Appel${who ? ` (${who})` : ''} : ${CALL_OUTCOME_LABELS[input.outcome]}`];
  if (input.callBackOn) parts.push(`rappel prévu le ${formatDateFr(input.callBackOn)}`);
  const paid = input.declaredPayment;
  if (paid) {
    parts.push(
      `paiement déclaré de ${formatEuros(paid.cents)} le ${formatDateFr(paid.date)}${paid.reference ? `, réf. ${paid.reference}` : ''} — à rapprocher`,
    );
  }
  if (input.notes.trim()) parts.push(input.notes.trim());
  return parts.join(' — ');
}

/** What the call does to the queue action it answers, if anything. */
function decisionFor(input: CallInput, today: IsoDate): QueueDecision | null {
  if (input.outcome === 'rappel' || input.outcome === 'pas-de-reponse') {
    return {
      kind: 'snoozed',
      until: input.callBackOn ?? addDays(today, 1),
      reason: CALL_OUTCOME_LABELS[input.outcome],
    };
  }
  if (input.outcome === 'mauvais-numero') {
    return {
      kind: 'failed',
      reason: `Numéro erroné${input.phone ? ` : ${input.phone}` : ''} — corrigez la fiche`,
    };
  }
  return null;
}

export const callsRepo = {
  /** Returns the ids of the timeline activities written (the call, its queue decision). */
  async record(input: CallInput, today: IsoDate): Promise<string[]> {
    const by = await signature();
    const db = getDb();
    const at = clock.nowIso();
    const ids: string[] = [];
    await db.transaction('rw', [db.activities, db.promises, db.invoices, db.audit], async () => {
      const call = activityRow(
        {
          debtorId: input.debtorId,
          type: 'call',
          outcome: CALL_OUTCOME_LABELS[input.outcome],
          text: callText(input),
          details: {
            kind: 'call',
            outcome: input.outcome,
            ...(input.action ? { actionKey: input.action.key } : {}),
            ...(input.contactName ? { contactName: input.contactName } : {}),
            ...(input.phone ? { phone: input.phone } : {}),
            ...(input.callBackOn ? { callBackOn: input.callBackOn } : {}),
          },
        },
        by,
        at,
      );
      await db.activities.add(call);
      ids.push(call.id);
      if ((input.outcome === 'promesse' || input.outcome === 'echeancier') && input.promise) {
        await writePromise(db, input.promise, by, at, today);
      }
      if (input.outcome === 'litige' && input.dispute)
        await writeDispute(db, input.dispute, by, at);
      const decision = decisionFor(input, today);
      if (decision && input.action) {
        const row = activityRow(
          {
            debtorId: input.debtorId,
            type: 'action',
            text: decisionText(input.action.label, decision),
            details: { kind: 'queue-decision', actionKey: input.action.key, decision },
          },
          by,
          at,
        );
        await db.activities.add(row);
        ids.push(row.id);
      }
    });
    return ids;
  },
};
