/** Names of what a dossier export writes: the PDF, the ZIP and the files inside the ZIP. */
import type { IsoDate, Procedure } from '../model';
import { PROCEDURE_CODES } from './labels';

/** Characters no file system accepts in a name. */
const FORBIDDEN = /[\\/:*?"<>|]/g;

/** Control characters (below U+0020) are as unwelcome in a file name. */
function withoutControls(name: string): string {
  return Array.from(name, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
}

export function safeFileName(name: string, maxLength = 180): string {
  return withoutControls(name)
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}

/** « Dossier IP – Usinage Martin SAS – 2026-11-23.pdf ». */
export function dossierFileName(
  procedure: Procedure,
  debtorName: string,
  date: IsoDate,
  extension: 'pdf' | 'zip' = 'pdf',
): string {
  return `${safeFileName(`Dossier ${PROCEDURE_CODES[procedure]} – ${debtorName} – ${date}`)}.${extension}`;
}

/** « 01 - Facture F-1023.pdf »: two digits at least, so that files sort in filing order. */
export function zipPieceName(number: number, title: string, pieceCount: number): string {
  const width = Math.max(2, String(pieceCount).length);
  return `${String(number).padStart(width, '0')} - ${safeFileName(title, 120)}.pdf`;
}

export const ZIP_BORDEREAU_NAME = 'Bordereau de pièces.pdf';
export const ZIP_DECOMPTE_NAME = 'Décompte de créance.pdf';
export const ZIP_REQUETE_NAME = 'Requête en injonction de payer (projet).pdf';
