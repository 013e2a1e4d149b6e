/**
 * The court-dossier side of a case: the procedure chosen for export, the court (remembered per
 * court kind and city for the next debtor of that town), and the record of every export, on the
 * case's timeline, with each piece's SHA-256. Opening a case and moving its stage belong to
 * cases.ts; choosing a procedure here does not mark anything as filed.
 */
import { z } from 'zod';
import {
  type CourtKind,
  courtKey,
  type DossierExportSummary,
  exportActivityText,
} from '../../domain/dossier';
import type { Activity, Procedure } from '../../domain/model';
import { getDb, newId } from '../db';
import { activityRow } from './activities';
import { signature } from './collectionSettings';
import { settingsRepo } from './settings';

export const COURTS_SETTINGS_KEY = 'dossier.courts';
const courtsSchema = z.record(z.string(), z.string());

export const dossiersRepo = {
  courts: () => settingsRepo.get<Record<string, string>>(COURTS_SETTINGS_KEY, courtsSchema, {}),

  async rememberedCourt(kind: CourtKind, city: string | undefined): Promise<string | undefined> {
    if (!city?.trim()) return undefined;
    return (await dossiersRepo.courts())[courtKey(kind, city)];
  },

  /** The procedure the dossier is prepared for (the stage is unchanged: nothing is filed yet). */
  async setProcedure(caseId: string, procedure: Procedure): Promise<void> {
    const by = await signature();
    const db = getDb();
    await db.transaction('rw', [db.cases, db.audit], async () => {
      await db.cases.update(caseId, { procedure });
      await db.audit.add({
        id: newId(),
        at: new Date().toISOString(),
        by,
        action: 'case.procedure',
        entity: 'cases',
        entityId: caseId,
        details: procedure,
      });
    });
  },

  /** Sets the case's court and remembers it for that kind of court in the debtor's town. */
  async setCourt(caseId: string, court: string, kind: CourtKind, city: string | undefined) {
    const by = await signature();
    const value = court.trim();
    const db = getDb();
    await db.transaction('rw', [db.cases, db.settings, db.audit], async () => {
      await db.cases.update(caseId, { court: value || undefined });
      if (value && city?.trim() && kind !== 'aucun') {
        const courts = await dossiersRepo.courts();
        await settingsRepo.set(COURTS_SETTINGS_KEY, { ...courts, [courtKey(kind, city)]: value });
      }
      await db.audit.add({
        id: newId(),
        at: new Date().toISOString(),
        by,
        action: 'case.court',
        entity: 'cases',
        entityId: caseId,
        details: value || '—',
      });
    });
  },

  /** Logs an export on the case's timeline and in the audit log, with every piece's SHA-256. */
  async recordExport(
    caseRecord: { id: string; debtorId: string; invoiceIds: string[] },
    summary: DossierExportSummary,
  ): Promise<Activity> {
    const by = await signature();
    const at = new Date().toISOString();
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
          `${summary.fileName} — SHA-256 ${summary.sha256} — ${summary.pieces.length} pièce(s)` +
          (summary.earlyReason ? ` — export anticipé, motif : ${summary.earlyReason}` : ''),
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
