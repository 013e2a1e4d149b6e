/**
 * Dossiers contentieux: opened for a debtor with chosen items, moved from stage to stage. Every
 * change is logged on the timeline with its date and user (the stage-change activity is what
 * prescription reads for a court claim or an enforcement act) and in the audit log.
 */
import { CASE_STEPS, type CaseStepId, caseStepLabel } from '../../domain/caseStages';
import { formatDateFr } from '../../domain/dates';
import type { Case, IsoDate } from '../../domain/model';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { recordChange } from './activities';
import { signature } from './collectionSettings';

export interface CaseInput {
  debtorId: string;
  invoiceIds: string[];
  step: CaseStepId;
  /** Date of the act that starts the stage (may be earlier than today). */
  date: IsoDate;
  court?: string;
  note?: string;
}

export const casesRepo = {
  byDebtor: (debtorId: string) => getDb().cases.where('debtorId').equals(debtorId).toArray(),

  async open(input: CaseInput): Promise<Case> {
    if (input.invoiceIds.length === 0) throw new Error('Choisissez les pièces du dossier.');
    const step = CASE_STEPS[input.step];
    const by = await signature();
    const db = getDb();
    const at = clock.nowIso();
    const record: Case = {
      id: newId(),
      debtorId: input.debtorId,
      invoiceIds: input.invoiceIds,
      stage: step.stage,
      procedure: step.procedure ?? 'amiable',
      openedAt: at,
      ...(input.court?.trim() ? { court: input.court.trim() } : {}),
      ...(step.stage === 'clos' ? { closedAt: at } : {}),
    };
    const note = input.note?.trim() ? ` — ${input.note.trim()}` : '';
    const text = `Dossier contentieux ouvert au stade « ${step.label} » le ${formatDateFr(input.date)} (${input.invoiceIds.length} pièce${input.invoiceIds.length > 1 ? 's' : ''})${note}`;
    await db.transaction('rw', [db.cases, db.activities, db.audit], async () => {
      await db.cases.add(record);
      await recordChange(
        db,
        {
          debtorId: input.debtorId,
          caseId: record.id,
          type: 'stage-change',
          text,
          invoiceIds: input.invoiceIds,
          details: {
            kind: 'stage-change',
            caseId: record.id,
            to: record.stage,
            procedure: record.procedure,
            date: input.date,
          },
        },
        { action: 'case.open', entity: 'cases', entityId: record.id },
        by,
        at,
      );
    });
    return record;
  },

  async changeStage(current: Case, stepId: CaseStepId, date: IsoDate, note: string): Promise<void> {
    const step = CASE_STEPS[stepId];
    const by = await signature();
    const db = getDb();
    const at = clock.nowIso();
    const procedure = step.procedure ?? current.procedure;
    const text = `Dossier : ${caseStepLabel(current)} → ${step.label} le ${formatDateFr(date)}${note.trim() ? ` — ${note.trim()}` : ''}`;
    await db.transaction('rw', [db.cases, db.activities, db.audit], async () => {
      await db.cases.update(current.id, {
        stage: step.stage,
        procedure,
        ...(step.stage === 'clos' ? { closedAt: at } : { closedAt: undefined }),
      });
      await recordChange(
        db,
        {
          debtorId: current.debtorId,
          caseId: current.id,
          type: 'stage-change',
          text,
          invoiceIds: current.invoiceIds,
          details: {
            kind: 'stage-change',
            caseId: current.id,
            from: current.stage,
            to: step.stage,
            procedure,
            date,
          },
        },
        { action: 'case.stage', entity: 'cases', entityId: current.id },
        by,
        at,
      );
    });
  },
};
