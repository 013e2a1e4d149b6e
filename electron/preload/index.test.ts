import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type Bridge, IPC_CHANNELS } from '../../contracts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => undefined),
    send: vi.fn(),
    on: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('./index');
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('recouvra');
  exposed = api as Record<string, unknown>;
});

const bridge = () => exposed as unknown as Bridge;

describe('preload bridge', () => {
  it('exposes exactly the bridge functions, and nothing of ipcRenderer', () => {
    expect(Object.keys(exposed).sort()).toEqual([
      'appInfo',
      'openEmailDraft',
      'openFiles',
      'printPdf',
      'readSessionToken',
      'saveFile',
      'writeAutoBackup',
      'writeSessionToken',
    ]);
    for (const value of Object.values(exposed)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it('maps each function to its channel', async () => {
    const data = new Uint8Array([37, 80, 68, 70, 45]);
    await bridge().appInfo();
    await bridge().saveFile({ suggestedName: 'a.pdf', data });
    await bridge().openFiles({ multiple: true });
    await bridge().printPdf(data);
    await bridge().writeAutoBackup({ data, reason: 'avant-import', keepLast: 3 });
    await bridge().openEmailDraft({ fileName: 'a.eml', data });
    await bridge().readSessionToken();
    await bridge().writeSessionToken('jeton');
    await bridge().writeSessionToken(null);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.pdf', data, filters: undefined }],
      [IPC_CHANNELS.openFiles, { filters: undefined, multiple: true }],
      [IPC_CHANNELS.printPdf, data],
      [IPC_CHANNELS.writeAutoBackup, { data, reason: 'avant-import', keepLast: 3 }],
      [IPC_CHANNELS.openEmailDraft, { fileName: 'a.eml', data }],
      [IPC_CHANNELS.readSessionToken],
      [IPC_CHANNELS.writeSessionToken, 'jeton'],
      [IPC_CHANNELS.writeSessionToken, null],
    ]);
  });

  it('forwards only the documented request fields', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const request = { suggestedName: 'a.pdf', data: new Uint8Array(1), path: '/etc/passwd' };
    await bridge().saveFile(request);
    expect(electron.ipcRenderer.invoke.mock.calls[0]?.[1]).not.toHaveProperty('path');
  });

  it('forwards only the file name and bytes of an e-mail draft', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const data = new Uint8Array(1);
    const request = { fileName: 'a.eml', data, directory: '/etc', openWith: 'sh' };
    await bridge().openEmailDraft(request);
    expect(electron.ipcRenderer.invoke.mock.calls[0]).toEqual([
      IPC_CHANNELS.openEmailDraft,
      { fileName: 'a.eml', data },
    ]);
  });
});
