/**
 * Everything the dossier screen and export read, in one go: the case and its debtor, the case's
 * items, the debtor's evidence (documents and letters, as pieces), the timeline (prescription,
 * past exports), the creditor, the interest settings and rates, the courts last confirmed.
 */
import type { ClaimPolicy, SentLetter } from '../../domain/claim';
import type { Creditor } from '../../domain/creditor';
import { debtorPieces, type EvidencePiece } from '../../domain/evidence/pieces';
import type { Activity, Case, Cents, Debtor, Invoice, Payment } from '../../domain/model';
import { sumCents, ZERO_CENTS } from '../../domain/money';
import { getDb } from '../db';
import { claimSourcesRepo } from './claimSources';
import { creditorRepo } from './creditor';
import { blobBytes } from './documents';
import { dossiersRepo } from './dossiers';

export interface CaseFile {
  caseRecord: Case;
  debtor: Debtor;
  /** The case's items, in the order of its `invoiceIds`. */
  invoices: Invoice[];
  /** Every item of the debtor (its open credits are deducted from the claim). */
  debtorItems: Invoice[];
  payments: Payment[];
  letters: SentLetter[];
  pieces: EvidencePiece[];
  activities: Activity[];
  creditor: Creditor;
  policy: ClaimPolicy;
  /** Court id last confirmed per « kind|département » (a proposal, never a confirmation). */
  courtChoices: Record<string, string>;
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
  openCents: Cents;
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
    const { debtorId } = caseRecord;
    const [debtor, items, debtorItems, facts, pieces, activities, creditor, policy, courtChoices] =
      await Promise.all([
        db.debtors.get(debtorId),
        db.invoices.bulkGet(caseRecord.invoiceIds),
        db.invoices.where('debtorId').equals(debtorId).toArray(),
        claimSourcesRepo.facts(debtorId),
        piecesOf(debtorId),
        db.activities.where('debtorId').equals(debtorId).toArray(),
        creditorRepo.load(),
        claimSourcesRepo.policy(),
        dossiersRepo.courtChoices(),
      ]);
    if (!debtor) return null;
    return {
      caseRecord,
      debtor,
      invoices: items.filter((item): item is Invoice => item !== undefined),
      debtorItems,
      ...facts,
      pieces,
      activities: activities.sort((a, b) => b.at.localeCompare(a.at)),
      creditor,
      policy,
      courtChoices,
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
          openCents: sumCents(
            items.map((item) => (item && item.openCents > 0 ? item.openCents : ZERO_CENTS)),
          ),
        };
      }),
    );
    return summaries.sort((a, b) => b.caseRecord.openedAt.localeCompare(a.caseRecord.openedAt));
  },

  /** The bytes of each piece, in order; undefined where a blob is missing. */
  pieceBytes: (pieces: readonly Pick<EvidencePiece, 'sha256' | 'mime'>[]) =>
    Promise.all(pieces.map((piece) => blobBytes(piece.sha256, piece.mime))),
};
