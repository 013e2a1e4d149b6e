import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { aboutDialogOptions } from './about';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { AUTO_BACKUP_FOLDER } from './ipc/auto-backup';
import { EMAIL_DRAFT_FOLDER } from './ipc/email-draft';
import { createPdfPrinter } from './ipc/print';
import { SESSION_TOKEN_FILE } from './ipc/session-token';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME } from './origin';
import { denyPermissions, guardAllWebContents, isTrustedSender } from './security';

// Both must happen before `ready`: Chromium reads scheme privileges and sandboxing at start-up.
registerAppScheme(protocol);
app.enableSandbox();
// Native controls (date pickers, spell-free context menus) speak French: the UI is fr-FR.
app.commandLine.appendSwitch('lang', 'fr-FR');

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Recouvra already runs: it receives 'second-instance' and comes to the front. Two instances
  // writing the same IndexedDB would only fight over it.
  app.quit();
}

function startApp(): void {
  let mainWindow: BrowserWindow | null = null;
  // app.getAppPath() is the folder holding package.json: the project in development,
  // app.asar once packaged. Both contain dist/ and dist-electron/.
  const appRoot = app.getAppPath();

  function openMainWindow(): BrowserWindow {
    const window = createMainWindow({
      preloadPath: join(appRoot, 'dist-electron', 'preload.cjs'),
      stateFile: join(app.getPath('userData'), 'window-state.json'),
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    return window;
  }

  function bringMainWindowForward(): void {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  }

  guardAllWebContents(app);
  app.on('second-instance', bringMainWindowForward);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) mainWindow = openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      denyPermissions(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(join(appRoot, 'dist')));

      registerIpcHandlers(ipcMain, {
        isTrustedSender: (event) => isTrustedSender(event, mainWindow?.webContents ?? null),
        appInfo: () => ({
          name: 'Recouvra',
          version: app.getVersion(),
          runtime: 'electron',
          platform: process.platform,
        }),
        // Only the main window passes the sender check, so it exists whenever a dialog opens.
        dialogs: {
          showSaveDialog: (options) =>
            mainWindow
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          showOpenDialog: (options) =>
            mainWindow
              ? dialog.showOpenDialog(mainWindow, options)
              : dialog.showOpenDialog(options),
        },
        defaultSaveDirectory: app.getPath('documents'),
        autoBackupDirectory: join(app.getPath('userData'), AUTO_BACKUP_FOLDER),
        emailDraftDirectory: join(app.getPath('temp'), ...EMAIL_DRAFT_FOLDER),
        // Only ever given a path the main process wrote itself, ending in .eml (ipc/email-draft.ts).
        openPath: (path) => shell.openPath(path),
        safeStorage,
        sessionTokenFile: join(app.getPath('userData'), SESSION_TOKEN_FILE),
        printPdf: createPdfPrinter({
          tempRoot: tmpdir(),
          openWindow: (options) => new BrowserWindow(options),
        }),
      });

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            isPackaged: app.isPackaged,
            onPrint: () => mainWindow?.webContents.print(),
            onAbout: () => {
              const options = aboutDialogOptions(app.getVersion(), process.versions);
              if (mainWindow) void dialog.showMessageBox(mainWindow, options);
              else void dialog.showMessageBox(options);
            },
          }),
        ),
      );

      mainWindow = openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Recouvra : échec du démarrage', error);
      app.quit();
    });
}
