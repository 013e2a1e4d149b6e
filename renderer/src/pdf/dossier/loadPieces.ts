/**
 * Every piece of a dossier read before anything is assembled. A piece that cannot be read stops
 * the export with the list of every such piece, named: a dossier never leaves with a piece
 * silently missing.
 */
import type { PDFDocument } from 'pdf-lib';
import { type PlannedPiece, pieceDescription } from '../../domain/dossier';
import { isPrintableMime } from '../../domain/evidence/fileType';
import { inspectPiece, offeredBytes } from './inspectPiece';
import { readPiecePdf } from './pieceReaders';

export type LoadedPiece =
  | { kind: 'pdf'; doc: PDFDocument; pageCount: number }
  | { kind: 'image'; bytes: Uint8Array; mime: 'image/png' | 'image/jpeg'; pageCount: 1 };

/** Refused before assembly; `reasons` has one French line per unreadable piece. */
export class DossierRefusedError extends Error {
  constructor(readonly reasons: string[]) {
    super(
      `Le dossier n’a pas été produit : ${reasons.length > 1 ? `${reasons.length} pièces ne peuvent` : 'une pièce ne peut'} ` +
        `pas y être jointes.\n${reasons.join('\n')}`,
    );
    this.name = 'DossierRefusedError';
  }
}

async function loadOne(piece: PlannedPiece, bytes: Uint8Array): Promise<LoadedPiece | string> {
  if (!isPrintableMime(piece.mime)) {
    return `« ${piece.fileName} » (courriel) ne peut pas être placé dans un PDF : imprimez-le en PDF et joignez cette copie.`;
  }
  if (piece.mime === 'application/pdf') {
    // One read: the document loaded for the check is the one copied into the dossier.
    const read = await readPiecePdf(piece.fileName, bytes);
    return read.ok
      ? { kind: 'pdf', doc: read.doc, pageCount: read.doc.getPageCount() }
      : read.reason;
  }
  const inspection = await inspectPiece(offeredBytes(piece.fileName, bytes));
  if (!inspection.ok) return inspection.reason;
  if (inspection.mime !== 'image/png' && inspection.mime !== 'image/jpeg') {
    return `« ${piece.fileName} » n’est pas l’image enregistrée (contenu ${inspection.mime}).`;
  }
  return { kind: 'image', bytes, mime: inspection.mime, pageCount: 1 };
}

export async function loadPieces(
  pieces: readonly PlannedPiece[],
  files: readonly Uint8Array[],
  onPiece?: (done: number) => void,
): Promise<LoadedPiece[]> {
  const loaded: LoadedPiece[] = [];
  const reasons: string[] = [];
  for (const [index, piece] of pieces.entries()) {
    const bytes = files[index];
    const result = bytes
      ? await loadOne(piece, bytes)
      : `le fichier de « ${piece.fileName} » est introuvable dans la base.`;
    if (typeof result === 'string') {
      reasons.push(`Pièce n° ${index + 1} (${pieceDescription(piece)}) : ${result}`);
    } else {
      loaded.push(result);
    }
    onPiece?.(index + 1);
  }
  if (reasons.length > 0) throw new DossierRefusedError(reasons);
  return loaded;
}
