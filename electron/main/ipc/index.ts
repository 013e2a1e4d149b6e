import { type AppInfo, MAX_EMAIL_DRAFT_BYTES, MAX_FILE_BYTES } from '../../../contracts';
import { registerAppInfoHandler } from './app-info';
import { registerAutoBackupHandler } from './auto-backup';
import { registerEmailDraftHandler } from './email-draft';
import { type FileDialogs, registerFileHandlers } from './files';
import type { IpcRegistrar, SenderCheck } from './handle';
import { registerPrintHandler } from './print';
import { registerSessionTokenHandlers, type SessionTokenDeps } from './session-token';

export interface IpcDeps {
  /** Usually `isTrustedSender` from security.ts bound to the main window. */
  isTrustedSender: SenderCheck;
  appInfo: () => AppInfo;
  dialogs: FileDialogs;
  defaultSaveDirectory: string;
  printPdf: (data: Uint8Array) => Promise<void>;
  /** userData/Sauvegardes automatiques. */
  autoBackupDirectory: string;
  /** temp/Recouvra/brouillons: where e-mail drafts are written before the mail client opens them. */
  emailDraftDirectory: string;
  /** `shell.openPath`: resolves to an error message, or '' once the system opened the file. */
  openPath: (path: string) => Promise<string>;
  /** Electron's `safeStorage`, for the team server's session token. */
  safeStorage: SessionTokenDeps['safeStorage'];
  /** userData/session-equipe.bin. */
  sessionTokenFile: string;
  /** Defaults to MAX_FILE_BYTES (contracts/ipc.ts); tests lower it instead of allocating 512 MB. */
  maxFileBytes?: number;
}

/** Every channel of the bridge, each guarded by the sender check and its argument schema. */
export function registerIpcHandlers(ipcMain: IpcRegistrar, deps: IpcDeps): void {
  const maxFileBytes = deps.maxFileBytes ?? MAX_FILE_BYTES;
  registerAppInfoHandler(ipcMain, deps);
  registerFileHandlers(ipcMain, { ...deps, maxFileBytes });
  registerPrintHandler(ipcMain, { ...deps, maxFileBytes });
  registerAutoBackupHandler(ipcMain, { ...deps, maxFileBytes });
  registerEmailDraftHandler(ipcMain, {
    ...deps,
    maxDraftBytes: Math.min(maxFileBytes, MAX_EMAIL_DRAFT_BYTES),
  });
  registerSessionTokenHandlers(ipcMain, deps);
}
