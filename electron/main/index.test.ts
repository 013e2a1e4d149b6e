import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../contracts';
import { CONTENT_SECURITY_POLICY } from './csp';
import { createFakeElectron, type FakeElectron } from './test-support/fake-electron';
import { fakeIpcEvent, topFrame } from './test-support/fakes';

let workDir: string;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'recouvra-main-'));
  mkdirSync(join(workDir, 'app', 'dist'), { recursive: true });
  mkdirSync(join(workDir, 'userData'));
  writeFileSync(join(workDir, 'app', 'dist', 'index.html'), '<!doctype html>');
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs electron/main/index.ts from scratch against a fresh fake, up to the end of `ready`. */
async function launch(gotLock = true): Promise<FakeElectron> {
  const electron = createFakeElectron({
    gotLock,
    appPath: join(workDir, 'app'),
    userData: join(workDir, 'userData'),
  });
  vi.resetModules();
  vi.doMock('electron', () => electron);
  await import('./index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron;
}

function mainWindow(electron: FakeElectron) {
  const [window] = electron.windows;
  if (!window) throw new Error('no main window');
  return window;
}

describe('single instance', () => {
  it('quits at once when another Recouvra already runs', async () => {
    const electron = await launch(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('brings the running window forward when a second instance starts', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});

describe('start-up', () => {
  it('registers the app:// scheme and the sandbox before ready', async () => {
    const electron = await launch();
    const registered = electron.protocol.registerSchemesAsPrivileged;
    expect(registered).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const readyOrder = electron.app.whenReady.mock.invocationCallOrder[0] ?? 0;
    expect(registered.mock.invocationCallOrder[0]).toBeLessThan(readyOrder);
    expect(electron.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyOrder);
  });

  it('starts Chromium in French so native date pickers read JJ/MM/AAAA', async () => {
    const electron = await launch();
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'fr-FR');
  });

  it('opens one hardened window on app://recouvra with the bundled preload', async () => {
    const electron = await launch();
    expect(electron.windows).toHaveLength(1);
    const window = mainWindow(electron);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: join(workDir, 'app', 'dist-electron', 'preload.cjs'),
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://recouvra/index.html');
  });

  it('serves dist/ through app:// with the CSP header', async () => {
    const electron = await launch();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1];
    const response = await handler?.({ url: 'app://recouvra/', method: 'GET' });
    if (!response) throw new Error('no protocol handler');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('denies permissions and guards every web contents', async () => {
    const electron = await launch();
    const session = electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('installs the French menu', async () => {
    const electron = await launch();
    const template: MenuItemConstructorOptions[] =
      electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    expect(template.map((item) => item.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });
});

describe('IPC wiring', () => {
  it('answers the main window and refuses everyone else', async () => {
    const electron = await launch();
    const handlers = new Map(electron.ipcMain.handle.mock.calls);
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const appInfo = handlers.get(IPC_CHANNELS.appInfo);
    if (!appInfo) throw new Error('no appInfo handler');

    const window = mainWindow(electron);
    const fromApp = fakeIpcEvent(window.webContents, topFrame('app://recouvra/index.html'));
    await expect(appInfo(fromApp)).resolves.toMatchObject({
      runtime: 'electron',
      version: '0.1.0',
    });

    const fromEvil = fakeIpcEvent(window.webContents, topFrame('https://evil.example/'));
    await expect(appInfo(fromEvil)).rejects.toThrow(/Appel refusé/);
  });

  it('writes e-mail drafts into temp/Recouvra/brouillons and opens them with shell.openPath', async () => {
    const electron = await launch();
    const handlers = new Map(electron.ipcMain.handle.mock.calls);
    const openDraft = handlers.get(IPC_CHANNELS.openEmailDraft);
    if (!openDraft) throw new Error('no openEmailDraft handler');
    const fromApp = fakeIpcEvent(mainWindow(electron).webContents, topFrame('app://recouvra/'));
    const data = new TextEncoder().encode('From: <a@b.fr>\r\n\r\ncorps\r\n');

    await expect(openDraft(fromApp, { fileName: 'Relance.eml', data })).resolves.toEqual({
      opened: true,
    });
    // The fake app puts every path but userData under userData: 'temp' is userData/temp.
    expect(electron.shell.openPath).toHaveBeenCalledWith(
      join(workDir, 'userData', 'temp', 'Recouvra', 'brouillons', 'Relance.eml'),
    );
  });
});

describe('window position', () => {
  it('is remembered from one launch to the next', async () => {
    const first = await launch();
    const window = mainWindow(first);
    window.bounds = { x: 200, y: 150, width: 1300, height: 850 };
    window.emit('close');

    const second = await launch();
    expect(mainWindow(second).options).toMatchObject({ x: 200, y: 150, width: 1300, height: 850 });
  });
});
