/**
 * What a file offered as evidence is, from its first bytes (the name and extension are not
 * trusted, except to recognise a saved e-mail, which is plain text), and the first checks made
 * before reading it further: supported type, size. Messages are French and name the file.
 */
import { formatBytes } from '../fileSize';

/** Largest piece accepted: a court dossier is filed online, and scans beyond this are a mistake. */
export const MAX_PIECE_BYTES = 200 * 1024 * 1024;

export type PieceMime = 'application/pdf' | 'image/png' | 'image/jpeg' | 'message/rfc822';

export const PIECE_MIMES: readonly PieceMime[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'message/rfc822',
];

/** Extensions offered by the file picker. */
export const PIECE_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'eml'] as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** « %PDF- » may follow a few bytes of junk; readers accept it within the first kilo-octet. */
function pdfHeaderAt(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i;
  }
  return -1;
}

/** Bytes no text file holds (controls other than tab, line feeds and form feed). */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  return bytes.some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
}

/** A saved e-mail: text whose first lines are header fields (« From: », « Received: »…). */
function looksLikeEmail(bytes: Uint8Array): boolean {
  const headBytes = bytes.subarray(0, 4096);
  if (hasBinaryBytes(headBytes)) return false;
  const head = new TextDecoder('latin1').decode(headBytes);
  const headerLines = head.split(/\r?\n/).filter((line) => /^[A-Za-z][A-Za-z0-9-]*:/.test(line));
  return /^[A-Za-z][A-Za-z0-9-]*:/.test(head) && headerLines.length >= 2;
}

/** What other common files are, to say so instead of « format inconnu ». */
function describeOther(bytes: Uint8Array, fileName: string): string {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.docx?$/i.test(fileName)) return 'un document Word';
    if (/\.xlsx?$/i.test(fileName)) return 'un classeur Excel';
    return 'une archive zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'un document Office ancien format';
  if (startsWith(bytes, [0x4d, 0x5a])) return 'un programme Windows';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'une image GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'une image TIFF';
  }
  if (/^\s*<(!doctype|html)/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 64)))) {
    return 'une page web';
  }
  return 'un format inconnu';
}

export type SniffResult = { ok: true; mime: PieceMime } | { ok: false; reason: string };

/** The piece's type from its bytes; a French reason naming the file when it is not supported. */
export function sniffPiece(fileName: string, bytes: Uint8Array): SniffResult {
  if (bytes.byteLength === 0) return { ok: false, reason: `« ${fileName} » est vide.` };
  if (pdfHeaderAt(bytes) >= 0) return { ok: true, mime: 'application/pdf' };
  if (startsWith(bytes, PNG_SIGNATURE)) return { ok: true, mime: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mime: 'image/jpeg' };
  if (/\.eml$/i.test(fileName) && looksLikeEmail(bytes)) {
    return { ok: true, mime: 'message/rfc822' };
  }
  const claimed = /\.pdf$/i.test(fileName)
    ? ' bien que nommé .pdf'
    : /\.(png|jpe?g)$/i.test(fileName)
      ? ' bien que nommé comme une image'
      : '';
  return {
    ok: false,
    reason:
      `« ${fileName} » est ${describeOther(bytes, fileName)}${claimed} : format non pris en ` +
      'charge. Joignez un PDF, une image JPEG ou PNG, ou un courriel .eml.',
  };
}

/** Checked before the bytes are even read. */
export function checkPieceSize(fileName: string, size: number): string | null {
  if (size <= MAX_PIECE_BYTES) return null;
  return (
    `« ${fileName} » pèse ${formatBytes(size)} : au-delà de ${formatBytes(MAX_PIECE_BYTES)}, ` +
    'une pièce ne peut pas être jointe. Réduisez la résolution du scan ou découpez le document.'
  );
}

export const PIECE_MIME_LABELS: Record<PieceMime, string> = {
  'application/pdf': 'PDF',
  'image/png': 'Image PNG',
  'image/jpeg': 'Image JPEG',
  'message/rfc822': 'Courriel',
};

/** Pieces that can be placed in a PDF dossier (a saved e-mail is kept as a file only). */
export function isPrintableMime(mime: string): boolean {
  return mime === 'application/pdf' || mime === 'image/png' || mime === 'image/jpeg';
}
