/** Helpers to take a real backup apart and put altered versions of it back together. */
import { unzipSync, type Zippable, zipSync } from 'fflate';
import type { BackupManifest } from '../../../renderer/src/data/backup';
import { sha256Hex } from '../../../renderer/src/shared/sha256';

export type ZipFiles = Record<string, Uint8Array>;

const encoder = new TextEncoder();
export const text = (value: string) => encoder.encode(value);

export function readManifest(files: ZipFiles): BackupManifest {
  return JSON.parse(new TextDecoder().decode(files['manifest.json']));
}

export function zip(files: ZipFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { level: 6 }];
  return zipSync(entries);
}

export const unzip = (bytes: Uint8Array): ZipFiles => unzipSync(bytes);

/**
 * Rebuilds the manifest so that it declares `files` with their true checksums, after `patch`:
 * the result differs from a real backup only where the test says so.
 */
export async function withCoherentManifest(
  files: ZipFiles,
  patch: (manifest: BackupManifest) => void = () => {},
): Promise<ZipFiles> {
  const manifest = readManifest(files);
  manifest.files = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === 'manifest.json') continue;
    manifest.files[name] = { sha256: await sha256Hex(data), size: data.byteLength };
  }
  patch(manifest);
  return { ...files, 'manifest.json': text(JSON.stringify(manifest)) };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * Rewrites the uncompressed size that both zip headers declare for `name`: what a crafted
 * "lying header" bomb does to slip past size checks made on declared sizes.
 */
export function declareOriginalSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encodedName = text(name);
  const nameAt = (offset: number) =>
    encodedName.every((byte, index) => out[offset + index] === byte);
  for (let offset = 0; offset + 46 < out.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === LOCAL_HEADER && view.getUint16(offset + 26, true) === encodedName.length) {
      if (nameAt(offset + 30)) view.setUint32(offset + 22, size, true);
    } else if (
      signature === CENTRAL_HEADER &&
      view.getUint16(offset + 28, true) === encodedName.length &&
      nameAt(offset + 46)
    ) {
      view.setUint32(offset + 24, size, true);
    }
  }
  return out;
}
