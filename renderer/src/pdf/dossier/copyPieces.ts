/**
 * Copies the pieces' pages into the dossier, in bordereau order — one copyPages call per PDF
 * (the cheap way), each image on its own A4 page — and stamps each page with its piece number.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { type BordereauEntry, pieceStamp } from '../../domain/dossier';
import { addImagePage, embedPieceImage } from './imagePage';
import type { LoadedPiece } from './loadPieces';
import { drawStamp } from './stamp';

export async function appendPiece(out: PDFDocument, piece: LoadedPiece): Promise<void> {
  if (piece.kind === 'pdf') {
    const pages = await out.copyPages(piece.doc, piece.doc.getPageIndices());
    for (const page of pages) out.addPage(page);
  } else {
    addImagePage(out, await embedPieceImage(out, piece.bytes, piece.mime));
  }
}

/** « Pièce n° N — page i/n » on the piece's pages, which start at page index `start`. */
export function stampPiece(
  out: PDFDocument,
  font: PDFFont,
  piece: BordereauEntry,
  start: number,
): void {
  for (let page = 1; page <= piece.pageCount; page++) {
    const target = out.getPage(start + page - 1);
    drawStamp(target, font, pieceStamp(piece.number, page, piece.pageCount), 'top-right');
  }
}

/** Appends every piece to `out`, stamped; `onPiece` hears of each one done. */
export async function copyPieces(
  out: PDFDocument,
  font: PDFFont,
  loaded: readonly LoadedPiece[],
  pieces: readonly BordereauEntry[],
  onPiece: (done: number) => void = () => {},
): Promise<void> {
  for (const [index, piece] of loaded.entries()) {
    const start = out.getPageCount();
    await appendPiece(out, piece);
    const entry = pieces[index];
    if (entry) stampPiece(out, font, entry, start);
    onPiece(index + 1);
  }
}
