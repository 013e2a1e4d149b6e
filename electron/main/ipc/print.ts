import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import * as z from 'zod';
import { IPC_CHANNELS, printPdfDataSchema } from '../../../contracts';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';

/**
 * A hidden window whose only job is to show a PDF in Chromium's built-in viewer (`plugins`) so
 * that `webContents.print()` opens the system print dialog on it. Sandboxed like the main window
 * and without preload: it never talks to the main process.
 */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    plugins: true,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  },
};

export interface PdfPrinterDeps {
  openWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Where the private temporary folder is created (os.tmpdir()). */
  tempRoot: string;
}

/** Chromium reports a cancelled dialog as a failure; for the user it is not an error. */
function isCancellation(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}

function printContents(window: BrowserWindow): Promise<void> {
  return new Promise((resolve, reject) => {
    window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success || isCancellation(failureReason)) resolve();
      else reject(new Error(`L'impression a échoué : ${failureReason}`));
    });
  });
}

/**
 * Prints a PDF through the system dialog. The bytes go to a file in a fresh private temp folder
 * (mode 0700, file 0600) because the PDF viewer loads URLs, and data: URLs are capped at 2 MB;
 * the folder is removed as soon as printing ends. Blank pages when printing a PDF viewer were
 * fixed in Electron 32 (electron/electron#43309).
 */
export function createPdfPrinter(deps: PdfPrinterDeps): (data: Uint8Array) => Promise<void> {
  return async (data) => {
    const folder = await mkdtemp(join(deps.tempRoot, 'recouvra-print-'));
    const window = deps.openWindow(PRINT_WINDOW_OPTIONS);
    try {
      const file = join(folder, 'document.pdf');
      await writeFile(file, data, { mode: 0o600 });
      await window.loadURL(pathToFileURL(file).href);
      await printContents(window);
    } finally {
      if (!window.isDestroyed()) window.destroy();
      await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    }
  };
}

export interface PrintDeps {
  isTrustedSender: SenderCheck;
  printPdf: (data: Uint8Array) => Promise<void>;
  maxFileBytes: number;
}

export function registerPrintHandler(ipcMain: IpcRegistrar, deps: PrintDeps): void {
  // Only PDFs reach the viewer window: anything else could be HTML rendered from a file:// URL.
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.printPdf,
    args: z.tuple([printPdfDataSchema(deps.maxFileBytes)]),
    run: (data) => deps.printPdf(data),
  });
}
