/**
 * Copies the pieces' pages into the dossier, in bordereau order — one copyPages call per PDF
 * (the cheap way), each page's content shrunk to leave the stamps' bands free, each image on its
 * own A4 page — and says what each page's piece stamp reads.
 */
import type { PDFDocument } from 'pdf-lib';
import { type BordereauEntry, pieceStamp } from '../../domain/dossier';
import type { StampFont } from '../base/stampFace';
import { addImagePage, embedPieceImage } from './imagePage';
import type { LoadedPiece } from './loadPieces';
import { drawStamps, reserveStampBands, type Stamp } from './stamp';

export async function appendPiece(out: PDFDocument, piece: LoadedPiece): Promise<void> {
  if (piece.kind === 'pdf') {
    const pages = await out.copyPages(piece.doc, piece.doc.getPageIndices());
    for (const page of pages) {
      out.addPage(page);
      reserveStampBands(page);
    }
  } else {
    addImagePage(out, await embedPieceImage(out, piece.bytes, piece.mime));
  }
}

/** « Pièce n° N — page i/n » for each page of each piece, in dossier order. */
export function pieceStamps(pieces: readonly BordereauEntry[]): Stamp[] {
  return pieces.flatMap((piece) =>
    Array.from({ length: piece.pageCount }, (_, i) => ({
      text: pieceStamp(piece.number, i + 1, piece.pageCount),
      corner: 'top-right' as const,
    })),
  );
}

/** A piece on its own (the ZIP export), its pages stamped with its number. */
export function stampPiece(out: PDFDocument, font: StampFont, piece: BordereauEntry): void {
  pieceStamps([piece]).forEach((stamp, i) => {
    drawStamps(out.getPage(i), font, [stamp]);
  });
}

/** Appends every piece to `out`; `onPiece` hears of each one done. */
export async function copyPieces(
  out: PDFDocument,
  loaded: readonly LoadedPiece[],
  onPiece: (done: number) => void = () => {},
): Promise<void> {
  for (const [index, piece] of loaded.entries()) {
    await appendPiece(out, piece);
    onPiece(index + 1);
  }
}
