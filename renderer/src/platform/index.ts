import type { Bridge, FileFilter, SaveFileRequest, SaveFileResult } from '../../../contracts/ipc';
import { browserBridge, pickFileUnread, saveBlobInBrowser } from './browser';
import { electronBridge } from './electron';

/** Chosen once at start-up: the rest of the renderer only ever sees `platform`. */
export const platform: Bridge = electronBridge() ?? browserBridge;

export type * from '../../../contracts/ipc';

/**
 * Saves a file whose bytes the renderer also holds as a Blob made in a worker (`file`): the
 * browser build downloads that Blob as it is; the desktop app sends the bytes to its main process
 * as for any file (the bridge carries bytes, not Blobs).
 */
export function saveFileMadeOffThread(
  bridge: Bridge,
  request: SaveFileRequest,
  file: Blob | undefined,
): Promise<SaveFileResult> {
  if (file && bridge === browserBridge) {
    return Promise.resolve(saveBlobInBrowser(file, request.suggestedName));
  }
  return bridge.saveFile(request);
}

/**
 * One file chosen for a worker to read: the browser build hands over the File itself, unread;
 * the desktop app receives the bytes from its main process, as for any file (the bridge carries
 * bytes). Null when the user cancelled.
 */
export async function openFileForWorker(
  bridge: Bridge,
  filters: FileFilter[],
): Promise<{ name: string; content: Blob | Uint8Array } | null> {
  if (bridge === browserBridge) return pickFileUnread(filters);
  const [file] = await bridge.openFiles({ filters });
  return file ? { name: file.name, content: file.data } : null;
}
