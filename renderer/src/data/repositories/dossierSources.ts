/**
 * Everything the dossier screen and export read, in one go: the case and its debtor, the case's
 * items, the debtor's evidence (documents and letters, as pieces), the timeline (prescription,
 * past exports), the creditor, the interest settings and rates, the courts remembered.
 */
import type { Creditor } from '../../domain/creditor';
import { debtorPieces, type EvidencePiece } from '../../domain/evidence/pieces';
import type { InterestSettings } from '../../domain/interestSettings';
import type { Activity, Case, Debtor, Invoice } from '../../domain/model';
import type { RateBook } from '../../domain/rates';
import { getDb } from '../db';
import { creditorRepo } from './creditor';
import { blobBytes } from './documents';
import { dossiersRepo } from './dossiers';
import { letterSettingsRepo } from './letterSettings';

export interface CaseFile {
  caseRecord: Case;
  debtor: Debtor;
  /** The case's items, in the order of its `invoiceIds`. */
  invoices: Invoice[];
  pieces: EvidencePiece[];
  activities: Activity[];
  creditor: Creditor;
  interest: InterestSettings;
  rates: RateBook;
  courts: Record<string, string>;
}

export interface DebtorEvidence {
  pieces: EvidencePiece[];
  /** The debtor's items, to link a document to invoices. */
  invoices: Invoice[];
}

export interface CaseSummary {
  caseRecord: Case;
  debtorName: string;
  debtorCity?: string;
  openCents: number;
}

async function piecesOf(debtorId: string): Promise<EvidencePiece[]> {
  const db = getDb();
  const [documents, letters, invoices] = await Promise.all([
    db.documents.where('debtorId').equals(debtorId).toArray(),
    db.letters.where('debtorId').equals(debtorId).toArray(),
    db.invoices.where('debtorId').equals(debtorId).toArray(),
  ]);
  // The ledger's invoices name the invoice pieces linked to them (« Facture n° FA26001 »).
  return debtorPieces(documents, letters, invoices);
}

export const dossierSourcesRepo = {
  /** null when the case or its debtor no longer exists. */
  async caseFile(caseId: string): Promise<CaseFile | null> {
    const db = getDb();
    const caseRecord = await db.cases.get(caseId);
    if (!caseRecord) return null;
    const [debtor, items, pieces, activities, creditor, interest, rates, courts] =
      await Promise.all([
        db.debtors.get(caseRecord.debtorId),
        db.invoices.bulkGet(caseRecord.invoiceIds),
        piecesOf(caseRecord.debtorId),
        db.activities.where('debtorId').equals(caseRecord.debtorId).toArray(),
        creditorRepo.load(),
        letterSettingsRepo.interest(),
        letterSettingsRepo.rateBook(),
        dossiersRepo.courts(),
      ]);
    if (!debtor) return null;
    return {
      caseRecord,
      debtor,
      invoices: items.filter((item): item is Invoice => item !== undefined),
      pieces,
      activities: activities.sort((a, b) => b.at.localeCompare(a.at)),
      creditor,
      interest,
      rates,
      courts,
    };
  },

  async debtorEvidence(debtorId: string): Promise<DebtorEvidence> {
    const [pieces, invoices] = await Promise.all([
      piecesOf(debtorId),
      getDb().invoices.where('debtorId').equals(debtorId).toArray(),
    ]);
    return { pieces, invoices };
  },

  /** Every case, most recent first, with its debtor's name and what is still open. */
  async cases(): Promise<CaseSummary[]> {
    const db = getDb();
    const cases = await db.cases.orderBy('id').toArray();
    const debtors = await db.debtors.bulkGet([...new Set(cases.map((c) => c.debtorId))]);
    const names = new Map(debtors.filter((d) => d !== undefined).map((d) => [d.id, d]));
    const summaries = await Promise.all(
      cases.map(async (caseRecord) => {
        const items = await db.invoices.bulkGet(caseRecord.invoiceIds);
        const debtor = names.get(caseRecord.debtorId);
        return {
          caseRecord,
          debtorName: debtor?.name ?? 'Débiteur supprimé',
          ...(debtor?.city ? { debtorCity: debtor.city } : {}),
          openCents: items.reduce(
            (sum, item) => sum + (item && item.openCents > 0 ? item.openCents : 0),
            0,
          ),
        };
      }),
    );
    return summaries.sort((a, b) => b.caseRecord.openedAt.localeCompare(a.caseRecord.openedAt));
  },

  /** The bytes of each piece, in order; undefined where a blob is missing. */
  pieceBytes: (pieces: readonly Pick<EvidencePiece, 'sha256'>[]) =>
    Promise.all(pieces.map((piece) => blobBytes(piece.sha256))),
};
