/**
 * Checks made on the raw bytes before SheetJS sees them: size, emptiness, and what the file
 * really is (a PDF renamed `.xlsx` would otherwise be read as a one-column CSV of garbage).
 */

/** Above this, the UI warns with the size before parsing (SheetJS holds the whole file). */
export const LARGE_FILE_BYTES = 50 * 1024 * 1024;

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** French warning for a file over 50 Mo, to show before parsing; null when the size is fine. */
export function fileSizeWarning(fileName: string, sizeBytes: number): string | null {
  if (sizeBytes <= LARGE_FILE_BYTES) return null;
  const size = megabytes.format(sizeBytes / (1024 * 1024));
  return `Le fichier « ${fileName} » pèse ${size} Mo (plus de 50 Mo) : son analyse peut prendre plusieurs minutes et beaucoup de mémoire. Si possible, exportez seulement les postes ouverts ou enregistrez-le au format .xlsx, puis réessayez ; sinon, confirmez pour continuer.`;
}

export type FileKind = 'empty' | 'pdf' | 'zip' | 'ole' | 'text' | 'image' | 'binary';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the bytes are, from their first bytes (magic numbers), whatever the file name says. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b])) return 'zip'; // PK: xlsx, ods
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole'; // xls, or an encrypted xlsx
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return 'image';
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'; // UTF-16
  // Text has no NUL byte; a binary format has many in its first kilobytes.
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'binary';
  return 'text';
}

/** Whether a file is only blanks (an « empty » CSV often holds a newline). */
export function isBlankText(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (
      b !== 0x20 &&
      b !== 0x09 &&
      b !== 0x0a &&
      b !== 0x0d &&
      b !== 0xef &&
      b !== 0xbb &&
      b !== 0xbf
    ) {
      return false;
    }
  }
  return true;
}

/**
 * A zip file ends with its central directory (signature `PK\x05\x06` within the last 64 KiB).
 * Without it the download or copy was cut short: say so instead of SheetJS's zip jargon.
 */
export function hasZipDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    ) {
      return true;
    }
  }
  return false;
}
