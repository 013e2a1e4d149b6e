/**
 * A piece of evidence, whichever table it comes from: a document the user attached, or a letter
 * Recouvra generated (kept as the exact PDF sent). Letters appear as « correspondance » without
 * being copied into `documents`, so there is one record of each letter and nothing to keep in sync.
 */
import { formatDateFr } from '../dates';
import { SEND_METHOD_PHRASES } from '../letters/templates';
import type {
  DocumentKind,
  EvidenceDocument,
  Invoice,
  IsoDate,
  Letter,
  SendMethod,
} from '../model';

export type PieceSource = 'document' | 'letter';

export interface EvidencePiece {
  /** `document:<id>` or `letter:<id>`: unique across both sources. */
  key: string;
  source: PieceSource;
  sourceId: string;
  debtorId: string;
  /** Empty for a piece about the debtor as a whole (framework contract, CGV). */
  invoiceIds: string[];
  kind: DocumentKind;
  title: string;
  /** The document's own number (see EvidenceDocument), printed in the piece's label. */
  reference?: string;
  date?: IsoDate;
  fileName: string;
  mime: string;
  /** Unknown for letters until their blob is read. */
  size?: number;
  sha256: string;
  /** Letters only: which template, to recognise a mise en demeure. */
  letterTemplate?: string;
  sendMethod?: SendMethod;
  trackingNumber?: string;
}

export function pieceKey(source: PieceSource, id: string): string {
  return `${source}:${id}`;
}

/**
 * The document as a piece. An invoice linked to one item of the ledger and given no number of its
 * own takes that item's number: « Facture n° FA26001 », never its file's name.
 */
export function pieceFromDocument(
  document: EvidenceDocument,
  invoices: readonly Pick<Invoice, 'id' | 'number'>[] = [],
): EvidencePiece {
  const linked =
    document.kind === 'facture' && document.invoiceIds.length === 1
      ? invoices.find((invoice) => invoice.id === document.invoiceIds[0])
      : undefined;
  const reference = document.reference?.trim() || linked?.number;
  return {
    key: pieceKey('document', document.id),
    source: 'document',
    sourceId: document.id,
    debtorId: document.debtorId,
    invoiceIds: document.invoiceIds,
    kind: document.kind,
    title: document.title,
    ...(reference ? { reference } : {}),
    ...(document.date ? { date: document.date } : {}),
    fileName: document.fileName,
    mime: document.mime,
    size: document.size,
    sha256: document.sha256,
  };
}

/** « Mise en demeure (lettre recommandée avec AR n° 1A 123 456 7890 1) ». */
function letterTitle(letter: Letter): string {
  const name = letter.templateName ?? letter.template;
  const tracking = letter.trackingNumber ? ` n° ${letter.trackingNumber}` : '';
  return `${name} (${SEND_METHOD_PHRASES[letter.sendMethod]}${tracking})`;
}

export function pieceFromLetter(letter: Letter): EvidencePiece {
  const name = letter.templateName ?? letter.template;
  return {
    key: pieceKey('letter', letter.id),
    source: 'letter',
    sourceId: letter.id,
    debtorId: letter.debtorId,
    invoiceIds: letter.invoiceIds,
    kind: 'correspondance',
    title: letterTitle(letter),
    date: letter.date,
    fileName: `${name} – ${formatDateFr(letter.date).replaceAll('/', '-')}.pdf`,
    mime: 'application/pdf',
    sha256: letter.pdfSha256,
    letterTemplate: letter.template,
    sendMethod: letter.sendMethod,
    ...(letter.trackingNumber ? { trackingNumber: letter.trackingNumber } : {}),
  };
}

/** Documents and letters of a debtor as one list, newest first. */
export function debtorPieces(
  documents: readonly EvidenceDocument[],
  letters: readonly Letter[],
  invoices: readonly Pick<Invoice, 'id' | 'number'>[] = [],
): EvidencePiece[] {
  return [
    ...documents.map((document) => pieceFromDocument(document, invoices)),
    ...letters.map(pieceFromLetter),
  ].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** True when the piece concerns that invoice: linked to it, or to the debtor as a whole. */
export function pieceCovers(piece: EvidencePiece, invoiceId: string, debtorWide: boolean): boolean {
  if (piece.invoiceIds.includes(invoiceId)) return true;
  return debtorWide && piece.invoiceIds.length === 0;
}
