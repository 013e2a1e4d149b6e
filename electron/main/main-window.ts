import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { fitToScreen, MIN_WINDOW_SIZE, readWindowState, writeWindowState } from './window-state';

/**
 * The renderer is treated as untrusted web content: no Node, an isolated preload world, the
 * Chromium sandbox, and the web's usual same-origin rules. The preload is its only way out.
 */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropping a file on the window must reach the import drop zone, not replace the app.
    navigateOnDragDrop: false,
    // Chromium would fetch spelling dictionaries from Google: the app must make no network call.
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** userData/window-state.json */
  stateFile: string;
}

/** Creates the main window where the user left it, and remembers where it is when closed. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = fitToScreen(readWindowState(options.stateFile), screen);
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Recouvra',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: mainWindowWebPreferences(options.preloadPath),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.on('close', () => {
    // Normal bounds, not the maximised ones: un-maximising next time restores a sensible size.
    writeWindowState(options.stateFile, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Recouvra : impossible de charger l’interface', error);
  });
  return window;
}
