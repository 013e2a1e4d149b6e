/**
 * Checks every entry of a zip (xlsx, ods) against its CRC-32. SheetJS skips that check, so a
 * workbook damaged inside reads as an empty sheet; this tells damage from emptiness. Only run
 * when a zip workbook came out empty or headerless, so a good file never pays for it.
 */
import { inflateSync } from 'fflate';

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) {
    crc = (crc >>> 8) ^ (CRC_TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0);
  }
  return (crc ^ -1) >>> 0;
}

function findEndOfDirectory(view: DataView): number {
  const from = Math.max(0, view.byteLength - 65_557);
  for (let i = view.byteLength - 22; i >= from; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

function entryIsIntact(stored: Uint8Array, method: number, expectedCrc: number): boolean {
  try {
    return crc32(method === 8 ? inflateSync(stored) : stored) === expectedCrc;
  } catch {
    return false;
  }
}

/** Name of the first damaged entry, `(structure)` when the directory itself is, else null. */
export function findDamagedZipEntry(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return '(structure)';
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  try {
    for (let n = 0; n < count; n++) {
      if (view.getUint32(at, true) !== 0x02014b50) return '(structure)';
      const method = view.getUint16(at + 10, true);
      const expectedCrc = view.getUint32(at + 16, true);
      const compressedSize = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const localAt = view.getUint32(at + 42, true);
      const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
      if (view.getUint32(localAt, true) !== 0x04034b50) return name;
      const dataAt =
        localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
      if (!entryIsIntact(bytes.subarray(dataAt, dataAt + compressedSize), method, expectedCrc)) {
        return name;
      }
    }
  } catch {
    return '(structure)';
  }
  return null;
}
