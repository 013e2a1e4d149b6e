import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  Rectangle,
} from 'electron';
import { vi } from 'vitest';
import type { AppProtocolRequest } from '../app-protocol';
import { FakeWebContents } from './fakes';

export interface FakeElectronOptions {
  /** What app.requestSingleInstanceLock() answers: false when Recouvra already runs. */
  gotLock: boolean;
  /** Folder standing for app.getAppPath() (holds dist/ and dist-electron/). */
  appPath: string;
  userData: string;
}

type IpcListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const WORK_AREA: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };

/** Just enough of the `electron` module for electron/main/index.ts to start up in Node. */
export function createFakeElectron(options: FakeElectronOptions) {
  const windows: FakeBrowserWindow[] = [];

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    minimized = false;
    bounds: Rectangle = { x: 0, y: 0, width: 0, height: 0 };
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      this.bounds = {
        x: options.x ?? 100,
        y: options.y ?? 100,
        width: options.width ?? 800,
        height: options.height ?? 600,
      };
      windows.push(this);
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds(): Rectangle {
      return this.bounds;
    }
    isDestroyed(): boolean {
      return false;
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => options.gotLock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    whenReady: vi.fn(() => Promise.resolve()),
    isReady: vi.fn(() => true),
    getAppPath: vi.fn(() => options.appPath),
    getPath: vi.fn((name: string) =>
      name === 'userData' ? options.userData : join(options.userData, name),
    ),
    getVersion: vi.fn(() => '0.1.0'),
  });

  return {
    windows,
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(
        (_scheme: string, _handler: (request: AppProtocolRequest) => Promise<Response>) => {},
      ),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: {
      handle: vi.fn((_channel: string, _listener: IpcListener) => {}),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    shell: { openPath: vi.fn(async (_path: string) => '') },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => false),
      encryptString: vi.fn((text: string) => Buffer.from(text)),
      decryptString: vi.fn((data: Buffer) => data.toString()),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: WORK_AREA }),
      getDisplayMatching: () => ({ workArea: WORK_AREA }),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
