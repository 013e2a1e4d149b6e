/**
 * The bordereau de pièces: the numbered list of the documents filed with a claim (CPC 1407),
 * « Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages », and the texts stamped on each
 * piece's pages so that a page torn out of the dossier still says where it belongs.
 */
import { compareDates, formatDateFr } from '../dates';
import { kindRank } from '../evidence/kinds';
import { pieceLabel } from '../evidence/labels';
import type { DocumentKind, IsoDate } from '../model';

/** What the bordereau needs to know of a piece to order it. */
export interface OrderablePiece {
  kind: DocumentKind;
  title: string;
  /** The document's own number, printed in its label (see evidence/labels.ts). */
  reference?: string;
  /** The file's name: a title made from it is not printed (see evidence/labels.ts). */
  fileName?: string;
  date?: IsoDate;
}

/**
 * The default order: by kind (contract first, proofs of receipt last), then by date (undated
 * last), then by title; the user may reorder afterwards.
 */
export function comparePieces(a: OrderablePiece, b: OrderablePiece): number {
  const byKind = kindRank(a.kind) - kindRank(b.kind);
  if (byKind !== 0) return byKind;
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return compareDates(a.date, b.date);
  }
  return a.title.localeCompare(b.title, 'fr', { numeric: true });
}

export function orderPieces<T extends OrderablePiece>(pieces: readonly T[]): T[] {
  return [...pieces].sort(comparePieces);
}

/** One numbered line of the bordereau. */
export interface BordereauEntry extends OrderablePiece {
  /** From 1, in filing order. */
  number: number;
  pageCount: number;
  fileName: string;
  mime: string;
  sha256: string;
  /** The invoices the piece proves (empty: the debtor as a whole, e.g. CGV, contract). */
  invoiceIds?: string[];
  /** Set when the piece is a letter the ledger recorded as sent. */
  letterId?: string;
}

/** Numbers the pieces in the order given; `pageCounts[i]` belongs to `pieces[i]`. */
export function numberPieces<T extends Omit<BordereauEntry, 'number' | 'pageCount'>>(
  pieces: readonly T[],
  pageCounts: readonly number[],
): (T & Pick<BordereauEntry, 'number' | 'pageCount'>)[] {
  return pieces.map((piece, index) => ({
    ...piece,
    number: index + 1,
    pageCount: pageCounts[index] ?? 0,
  }));
}

export function pagesText(count: number): string {
  return `${count} page${count > 1 ? 's' : ''}`;
}

/**
 * « Contrat de fourniture du 12/01/2025 », « Facture n° FA26001 du 02/01/2026 »: the piece's
 * label, from its kind and number, never its file's name (evidence/labels.ts), and its date.
 */
export function pieceDescription(piece: OrderablePiece): string {
  const label = pieceLabel(piece);
  return piece.date ? `${label} du ${formatDateFr(piece.date)}` : label;
}

/** « Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages ». */
export function bordereauLine(
  entry: Pick<BordereauEntry, 'number' | 'pageCount'> & OrderablePiece,
): string {
  return `Pièce n° ${entry.number} — ${pieceDescription(entry)} — ${pagesText(entry.pageCount)}`;
}

/** Stamped at the top of every page of a piece: « Pièce n° 3 — page 2/4 ». */
export function pieceStamp(number: number, page: number, pageCount: number): string {
  return `Pièce n° ${number} — page ${page}/${pageCount}`;
}

/** Stamped at the bottom of every page of the dossier: « Dossier — page 12/40 ». */
export function dossierPageStamp(page: number, total: number): string {
  return `Dossier — page ${page}/${total}`;
}

export function totalPiecePages(entries: readonly Pick<BordereauEntry, 'pageCount'>[]): number {
  return entries.reduce((total, entry) => total + entry.pageCount, 0);
}
