/**
 * The court-dossier side of a case: the procedure chosen for export, the court the user confirmed
 * from the shipped list (the last one confirmed per court kind and département is offered for the
 * next debtor there), and the record of every export, on the case's timeline, with each piece's
 * SHA-256. Opening a case and moving its stage belong to cases.ts; choosing a procedure here does
 * not mark anything as filed.
 */
import { z } from 'zod';
import { courtChoiceKey } from '../../domain/courts';
import {
  type CourtKind,
  type DossierExportSummary,
  exportActivityText,
} from '../../domain/dossier';
import type { Activity, Case, Procedure } from '../../domain/model';
import { plural } from '../../domain/numbers';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { activityRow, recordChange } from './activities';
import { signature } from './collectionSettings';
import { settingsRepo } from './settings';

/** Court id last confirmed, per « kind|département » (replaces the names remembered per city). */
export const COURT_CHOICES_SETTINGS_KEY = 'dossier.courtChoices';
const courtChoicesSchema = z.record(z.string(), z.string());

export interface CourtConfirmation {
  courtId: string;
  /** The name as printed (a juge des contentieux de la protection names its tribunal). */
  name: string;
  kind: CourtKind;
  /** The debtor's département, null when unknown (nothing is remembered then). */
  departement: string | null;
}

export const dossiersRepo = {
  courtChoices: () =>
    settingsRepo.get<Record<string, string>>(COURT_CHOICES_SETTINGS_KEY, courtChoicesSchema, {}),

  /** The procedure the dossier is prepared for (the stage is unchanged: nothing is filed yet). */
  async setProcedure(caseId: string, procedure: Procedure): Promise<void> {
    const by = await signature();
    const db = getDb();
    await db.transaction('rw', [db.cases, db.audit], async () => {
      await db.cases.update(caseId, { procedure });
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'case.procedure',
        entity: 'cases',
        entityId: caseId,
        details: procedure,
      });
    });
  },

  /**
   * Confirms the case's court, on the case's timeline and in the audit log, and remembers it as
   * the proposal for that kind of court in the debtor's département.
   */
  async confirmCourt(caseRecord: Case, confirmation: CourtConfirmation): Promise<void> {
    const by = await signature();
    const at = clock.nowIso();
    const { courtId, name, kind, departement } = confirmation;
    const previous = caseRecord.court ? ` (auparavant : ${caseRecord.court})` : '';
    const db = getDb();
    await db.transaction('rw', [db.cases, db.settings, db.activities, db.audit], async () => {
      await db.cases.update(caseRecord.id, { court: name, courtId });
      if (departement) {
        const choices = await dossiersRepo.courtChoices();
        await settingsRepo.set(COURT_CHOICES_SETTINGS_KEY, {
          ...choices,
          [courtChoiceKey(kind, departement)]: courtId,
        });
      }
      await recordChange(
        db,
        {
          debtorId: caseRecord.debtorId,
          caseId: caseRecord.id,
          type: 'note',
          text: `Juridiction confirmée pour le dossier : ${name}${previous}`,
        },
        { action: 'case.court', entity: 'cases', entityId: caseRecord.id },
        by,
        at,
      );
    });
  },

  /** Logs an export on the case's timeline and in the audit log, with every piece's SHA-256. */
  async recordExport(
    caseRecord: { id: string; debtorId: string; invoiceIds: string[] },
    summary: DossierExportSummary,
  ): Promise<Activity> {
    const by = await signature();
    const at = clock.nowIso();
    const row = activityRow(
      {
        debtorId: caseRecord.debtorId,
        caseId: caseRecord.id,
        type: 'export',
        text: exportActivityText(summary),
        amountCents: summary.totalCents,
        invoiceIds: caseRecord.invoiceIds,
      },
      by,
      at,
    );
    const db = getDb();
    await db.transaction('rw', [db.activities, db.audit], async () => {
      await db.activities.add(row);
      await db.audit.add({
        id: newId(),
        at,
        by,
        action: 'dossier.export',
        entity: 'cases',
        entityId: caseRecord.id,
        details:
          `${summary.fileName} — SHA-256 ${summary.sha256} — ${plural(summary.pieces.length, 'pièce')}` +
          (summary.earlyReason ? ` — export anticipé, motif : ${summary.earlyReason}` : ''),
      });
    });
    return row;
  },

  /** Exports of a case, newest first. */
  async exportsOf(caseId: string): Promise<Activity[]> {
    const rows = await getDb().activities.where('caseId').equals(caseId).toArray();
    return rows.filter((a) => a.type === 'export').sort((a, b) => b.at.localeCompare(a.at));
  },
};
