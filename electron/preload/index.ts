import { contextBridge, ipcRenderer } from 'electron';
import {
  type AppInfo,
  type AutoBackupResult,
  type Bridge,
  type EmailDraftResult,
  IPC_CHANNELS,
  type OpenedFile,
  type SaveFileResult,
  type SessionTokenResult,
} from '../../contracts/ipc';

/**
 * The renderer's only door to the machine: one named function per bridge method. ipcRenderer
 * itself is never exposed, so page code cannot reach other channels. Requests are rebuilt field
 * by field so nothing but the documented fields crosses (the main process validates them again).
 */
const bridge = {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveFile: (request): Promise<SaveFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, {
      suggestedName: request.suggestedName,
      data: request.data,
      filters: request.filters,
    }),
  openFiles: (request): Promise<OpenedFile[]> =>
    ipcRenderer.invoke(IPC_CHANNELS.openFiles, {
      filters: request.filters,
      multiple: request.multiple,
    }),
  printPdf: (data): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.printPdf, data),
  writeAutoBackup: (request): Promise<AutoBackupResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.writeAutoBackup, {
      data: request.data,
      reason: request.reason,
      keepLast: request.keepLast,
    }),
  openEmailDraft: (request): Promise<EmailDraftResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.openEmailDraft, {
      fileName: request.fileName,
      data: request.data,
    }),
  readSessionToken: (): Promise<string | null> => ipcRenderer.invoke(IPC_CHANNELS.readSessionToken),
  writeSessionToken: (token): Promise<SessionTokenResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.writeSessionToken, typeof token === 'string' ? token : null),
} satisfies Bridge;

contextBridge.exposeInMainWorld('recouvra', bridge);
