/**
 * Unzips a backup without trusting it. First pass: read the central directory only (fflate's
 * filter sees each entry's declared size and refuses them all), check names, entry count, total
 * size and compression ratio. Second pass, only if all is well: inflate in small steps, stopping
 * as soon as an entry outgrows its declared size, so a lying header cannot make the app allocate
 * (or spin) beyond the checked total.
 */
import { Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from 'fflate';
import { type BackupLimits, unsafeEntryNameReason } from './format';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  originalSize: number;
}

export type SafeUnzipResult =
  | { ok: true; entries: ZipEntryInfo[]; files: Map<string, Uint8Array> }
  | { ok: false; reason: string };

const NOT_A_ZIP =
  'le fichier n’est pas une archive zip lisible (fichier tronqué, endommagé ou d’un autre type)';

const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`;

/** Thrown from inside fflate's filter to stop the directory walk at the first problem. */
class EntryRefused extends Error {}

function checkEntry(
  file: UnzipFileInfo,
  seen: Set<string>,
  totals: { entries: number; bytes: number },
  limits: BackupLimits,
): string | null {
  const unsafe = unsafeEntryNameReason(file.name);
  if (unsafe) return `nom de fichier dangereux dans l’archive « ${file.name} » (${unsafe})`;
  if (seen.has(file.name)) return `fichier « ${file.name} » présent deux fois dans l’archive`;
  if (file.compression !== 0 && file.compression !== 8) {
    return `fichier « ${file.name} » compressé par une méthode inconnue (${file.compression})`;
  }
  totals.entries += 1;
  totals.bytes += file.originalSize;
  if (totals.entries > limits.maxEntries) {
    return `l’archive contient plus de ${limits.maxEntries} fichiers`;
  }
  if (totals.bytes > limits.maxTotalBytes) {
    return `l’archive décompressée dépasserait ${mebibytes(limits.maxTotalBytes)} (bombe de décompression ?)`;
  }
  const ratio = file.originalSize / Math.max(file.size, 1);
  if (file.originalSize > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
    return `« ${file.name} » se décompresserait ${Math.round(ratio)} fois plus gros (bombe de décompression ?)`;
  }
  return null;
}

export function safeUnzip(bytes: Uint8Array, limits: BackupLimits): SafeUnzipResult {
  const entries: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  const totals = { entries: 0, bytes: 0 };
  try {
    unzipSync(bytes, {
      filter: (file) => {
        const problem = checkEntry(file, seen, totals, limits);
        if (problem) throw new EntryRefused(problem);
        seen.add(file.name);
        entries.push({
          name: file.name,
          compressedSize: file.size,
          originalSize: file.originalSize,
        });
        return false;
      },
    });
  } catch (error) {
    return { ok: false, reason: error instanceof EntryRefused ? error.message : NOT_A_ZIP };
  }

  try {
    const files = inflateWithinDeclaredSizes(bytes, entries);
    return { ok: true, entries, files };
  } catch (error) {
    return { ok: false, reason: error instanceof EntryRefused ? error.message : NOT_A_ZIP };
  }
}

/** Compressed bytes fed to the inflater per step: 16 Ko inflate to 17 Mo at most (ratio 1032). */
const PUSH_BYTES = 16 * 1024;

/**
 * Streams the archive through fflate's Unzip in small steps, counting what each entry inflates
 * to, and stops as soon as an entry outgrows the size the directory declared for it.
 */
function inflateWithinDeclaredSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
): Map<string, Uint8Array> {
  const declared = new Map(entries.map((entry) => [entry.name, entry.originalSize]));
  const chunksByName = new Map<string, Uint8Array[]>();
  const unzip = new Unzip((file) => {
    const expected = declared.get(file.name);
    if (expected === undefined || chunksByName.has(file.name)) {
      throw new EntryRefused(`l’archive est incohérente (fichier « ${file.name} » inattendu)`);
    }
    const chunks: Uint8Array[] = [];
    chunksByName.set(file.name, chunks);
    let received = 0;
    file.ondata = (error, data) => {
      if (error) throw error;
      received += data.byteLength;
      if (received > expected) {
        throw new EntryRefused(
          `« ${file.name} » se décompresse au-delà de sa taille annoncée (bombe de décompression ?)`,
        );
      }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.byteLength; offset += PUSH_BYTES) {
    const end = Math.min(offset + PUSH_BYTES, bytes.byteLength);
    unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
  }

  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = concat(chunksByName.get(entry.name) ?? []);
    if (data.byteLength !== entry.originalSize) {
      throw new EntryRefused(`« ${entry.name} » est endommagé (taille différente de l’annonce)`);
    }
    files.set(entry.name, data);
  }
  return files;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
