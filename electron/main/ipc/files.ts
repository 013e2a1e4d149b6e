import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import * as z from 'zod';
import {
  formatSize,
  IPC_CHANNELS,
  type OpenedFile,
  type OpenFilesRequest,
  openFilesRequestSchema,
  type SaveFileRequest,
  type SaveFileResult,
  saveFileRequestSchema,
} from '../../../contracts';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';

/** Dialogs already bound to the main window, so they open as its sheets / modals. */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface FileDeps {
  isTrustedSender: SenderCheck;
  dialogs: FileDialogs;
  /** Folder the save dialog opens in (the user's Documents). */
  defaultSaveDirectory: string;
  maxFileBytes: number;
}

/**
 * Characters Windows refuses in file names, replaced so the dialog opens on a usable suggestion:
 * « Relance : Dupont » is a normal French title but not a valid Windows name.
 */
export function toPortableFileName(name: string): string {
  return name.replace(/[<>:"|?*]/g, '-').trim() || 'document';
}

/** Writes the renderer's bytes to the path the user picked, and nowhere else. */
export async function saveFile(request: SaveFileRequest, deps: FileDeps): Promise<SaveFileResult> {
  const choice = await deps.dialogs.showSaveDialog({
    title: 'Enregistrer le fichier',
    defaultPath: join(deps.defaultSaveDirectory, toPortableFileName(request.suggestedName)),
    filters: request.filters ?? [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, request.data);
  return { saved: true, fileName: basename(choice.filePath) };
}

/** Reads the files the user picked; refuses any that would exceed the IPC size cap. */
export async function openFiles(request: OpenFilesRequest, deps: FileDeps): Promise<OpenedFile[]> {
  const choice = await deps.dialogs.showOpenDialog({
    title: 'Ouvrir',
    filters: request.filters ?? [],
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (choice.canceled) return [];

  const limit = formatSize(deps.maxFileBytes);
  let totalBytes = 0;
  // Sizes are checked before anything is read, so a huge file is never loaded into memory.
  for (const filePath of choice.filePaths) {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error(`« ${basename(filePath)} » n'est pas un fichier.`);
    if (info.size > deps.maxFileBytes) {
      throw new Error(`« ${basename(filePath)} » dépasse la taille maximale (${limit}).`);
    }
    totalBytes += info.size;
  }
  if (totalBytes > deps.maxFileBytes) {
    throw new Error(`Les fichiers choisis dépassent ensemble la taille maximale (${limit}).`);
  }

  const opened: OpenedFile[] = [];
  for (const filePath of choice.filePaths) {
    const bytes = await readFile(filePath);
    opened.push({
      name: basename(filePath),
      data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  }
  return opened;
}

export function registerFileHandlers(ipcMain: IpcRegistrar, deps: FileDeps): void {
  const saveFileRequest = saveFileRequestSchema(deps.maxFileBytes);
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.saveFile,
    args: z.tuple([saveFileRequest]),
    run: (request) => saveFile(request, deps),
  });
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.openFiles,
    args: z.tuple([openFilesRequestSchema]),
    run: (request) => openFiles(request, deps),
  });
}
