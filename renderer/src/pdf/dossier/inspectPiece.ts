/**
 * The checks a file passes before it becomes a piece of evidence: size, type from its bytes, and
 * a full read (PDF pages, image pixels). Run when the file is attached, and again on every piece
 * before a dossier is assembled, so that no dossier leaves with a piece silently missing.
 */
import { checkPieceSize, type PieceMime, sniffPiece } from '../../domain/evidence/fileType';
import { readPieceImage, readPiecePdf } from './pieceReaders';

/** A file as offered: the size is known before the bytes are read (a 2 Go file is never read). */
export interface OfferedFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export type PieceInspection =
  | { ok: true; mime: PieceMime; bytes: Uint8Array /** 0 for an e-mail. */; pageCount: number }
  | { ok: false; reason: string };

export function offeredBytes(name: string, data: Uint8Array): OfferedFile {
  return { name, size: data.byteLength, bytes: async () => data };
}

export async function inspectPiece(file: OfferedFile): Promise<PieceInspection> {
  const tooBig = checkPieceSize(file.name, file.size);
  if (tooBig) return { ok: false, reason: tooBig };
  const bytes = await file.bytes();
  const sniffed = sniffPiece(file.name, bytes);
  if (!sniffed.ok) return sniffed;
  const { mime } = sniffed;
  if (mime === 'application/pdf') {
    const read = await readPiecePdf(file.name, bytes);
    return read.ok ? { ok: true, mime, bytes, pageCount: read.doc.getPageCount() } : read;
  }
  if (mime === 'image/png' || mime === 'image/jpeg') {
    const read = await readPieceImage(file.name, bytes, mime);
    return read.ok ? { ok: true, mime, bytes, pageCount: 1 } : read;
  }
  return { ok: true, mime, bytes, pageCount: 0 };
}
