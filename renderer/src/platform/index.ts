import type { Bridge, FileFilter, SaveFileRequest, SaveFileResult } from '../../../contracts/ipc';
import { browserBridge, pickFileUnread, saveLinkInBrowser } from './browser';
import { electronBridge } from './electron';

/** Chosen once at start-up: the rest of the renderer only ever sees `platform`. */
export const platform: Bridge = electronBridge() ?? browserBridge;

export type * from '../../../contracts/ipc';

/**
 * Saves a file made off the main thread: the browser build downloads it from the link its maker
 * gives (`make.link`, when it can keep the file: a worker), so the bytes never enter the window;
 * the desktop app receives the bytes (`make.bytes`) and sends them to its main process, as for
 * any file (the bridge carries bytes).
 */
export async function saveFileMadeOffThread(
  bridge: Bridge,
  request: Omit<SaveFileRequest, 'data'>,
  make: { bytes: () => Promise<Uint8Array>; link: (() => Promise<string>) | null },
): Promise<SaveFileResult> {
  if (bridge === browserBridge && make.link) {
    return saveLinkInBrowser(await make.link(), request.suggestedName);
  }
  return bridge.saveFile({ ...request, data: await make.bytes() });
}

/** A file chosen for a worker to read: the browser's File, unread, or the desktop app's bytes. */
export interface FileForWorker {
  name: string;
  content: Blob | Uint8Array;
}

/** Its size in bytes, whichever form it has. */
export const sizeOf = (file: FileForWorker): number =>
  file.content instanceof Blob ? file.content.size : file.content.byteLength;

/**
 * One file chosen for a worker to read: the browser build hands over the File itself, unread;
 * the desktop app receives the bytes from its main process, as for any file (the bridge carries
 * bytes). Null when the user cancelled.
 */
export async function openFileForWorker(
  bridge: Bridge,
  filters: FileFilter[],
): Promise<FileForWorker | null> {
  if (bridge === browserBridge) return pickFileUnread(filters);
  const [file] = await bridge.openFiles({ filters });
  return file ? { name: file.name, content: file.data } : null;
}
