import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../../contracts';
import { isTrustedSender } from '../security';
import { type FakeFrame, FakeWebContents, fakeIpcEvent, topFrame } from '../test-support/fakes';
import type { FileDialogs } from './files';
import { type IpcDeps, registerIpcHandlers } from './index';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Records handlers the way ipcMain does, and lets a test invoke them as a renderer would. */
class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  }
}

const SMALL_LIMIT = 64;
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n%%EOF\n');
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const EML = new TextEncoder().encode('From: <a@b.fr>\r\n\r\nx\r\n');

let workDir: string;
let mainWindow: FakeWebContents;
let ipc: FakeIpcMain;
let dialogs: {
  showSaveDialog: Mock<FileDialogs['showSaveDialog']>;
  showOpenDialog: Mock<FileDialogs['showOpenDialog']>;
};
let printPdf: Mock<IpcDeps['printPdf']>;
let openPath: Mock<IpcDeps['openPath']>;
let keychain: { available: boolean; backend: string };

/** Stands for the OS keychain: reversible, but never the token in clear on disk. */
const fakeSafeStorage: IpcDeps['safeStorage'] = {
  isEncryptionAvailable: () => keychain.available,
  getSelectedStorageBackend: () => keychain.backend as 'gnome_libsecret',
  encryptString: (text) => Buffer.from(`chiffré:${[...text].reverse().join('')}`),
  decryptString: (data) => {
    const text = data.toString();
    if (!text.startsWith('chiffré:')) throw new Error('Error while decrypting the ciphertext');
    return [...text.slice('chiffré:'.length)].reverse().join('');
  },
};

function setUp(overrides: Partial<IpcDeps> = {}): void {
  ipc = new FakeIpcMain();
  registerIpcHandlers(ipc, {
    isTrustedSender: (event) => isTrustedSender(event, mainWindow.asWebContents()),
    appInfo: () => ({ name: 'Recouvra', version: '0.1.0', runtime: 'electron', platform: 'linux' }),
    dialogs,
    defaultSaveDirectory: join(workDir, 'Documents'),
    printPdf,
    autoBackupDirectory: join(workDir, 'Sauvegardes automatiques'),
    emailDraftDirectory: join(workDir, 'temp', 'Recouvra', 'brouillons'),
    openPath,
    safeStorage: fakeSafeStorage,
    sessionTokenFile: join(workDir, 'session-equipe.bin'),
    maxFileBytes: SMALL_LIMIT,
    ...overrides,
  });
}

/** The renderer's own frame: the only legitimate caller. */
const fromApp = () => fakeIpcEvent(mainWindow, topFrame('app://recouvra/index.html#/lettres'));

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'recouvra-ipc-'));
  mainWindow = new FakeWebContents();
  dialogs = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
  printPdf = vi.fn<IpcDeps['printPdf']>().mockResolvedValue(undefined);
  openPath = vi.fn<IpcDeps['openPath']>().mockResolvedValue('');
  keychain = { available: true, backend: 'gnome_libsecret' };
  setUp();
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const validArgs: Record<string, unknown[]> = {
  [IPC_CHANNELS.appInfo]: [],
  [IPC_CHANNELS.saveFile]: [{ suggestedName: 'relance.pdf', data: PDF }],
  [IPC_CHANNELS.openFiles]: [{ multiple: true }],
  [IPC_CHANNELS.printPdf]: [PDF],
  [IPC_CHANNELS.writeAutoBackup]: [{ data: ZIP, reason: 'avant-import', keepLast: 5 }],
  [IPC_CHANNELS.openEmailDraft]: [{ fileName: 'relance.eml', data: EML }],
  [IPC_CHANNELS.readSessionToken]: [],
  [IPC_CHANNELS.writeSessionToken]: ['jeton.abc-123'],
};

describe('every channel', () => {
  it('is registered', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  const untrustedFrames: [string, FakeFrame | null][] = [
    ['https://evil.example/', topFrame('https://evil.example/')],
    ['file:///', topFrame('file:///')],
    ['a null (destroyed) frame', null],
    ['an iframe of the app', { url: 'app://recouvra/x.html', parent: topFrame('app://recouvra/') }],
  ];

  describe.each(Object.values(IPC_CHANNELS))('%s', (channel) => {
    it.each(untrustedFrames)('rejects a sender from %s before doing anything', async (_, frame) => {
      await expect(
        ipc.invoke(channel, fakeIpcEvent(mainWindow, frame), ...(validArgs[channel] ?? [])),
      ).rejects.toThrow(/Appel refusé/);
      expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
      expect(dialogs.showOpenDialog).not.toHaveBeenCalled();
      expect(printPdf).not.toHaveBeenCalled();
      expect(openPath).not.toHaveBeenCalled();
      expect(readdirSync(workDir)).toEqual([]);
    });

    it('rejects the app origin loaded in another window', async () => {
      const otherWindow = new FakeWebContents();
      const event = fakeIpcEvent(otherWindow, topFrame('app://recouvra/index.html'));
      await expect(ipc.invoke(channel, event, ...(validArgs[channel] ?? []))).rejects.toThrow(
        /Appel refusé/,
      );
    });

    it('rejects an extra argument', async () => {
      await expect(
        ipc.invoke(channel, fromApp(), ...(validArgs[channel] ?? []), 'surplus'),
      ).rejects.toThrow(/Arguments invalides/);
    });
  });
});

describe('appInfo', () => {
  it('answers the trusted renderer', async () => {
    await expect(ipc.invoke(IPC_CHANNELS.appInfo, fromApp())).resolves.toEqual({
      name: 'Recouvra',
      version: '0.1.0',
      runtime: 'electron',
      platform: 'linux',
    });
  });
});

describe('saveFile', () => {
  const save = (request: unknown) => ipc.invoke(IPC_CHANNELS.saveFile, fromApp(), request);

  it('writes exactly the bytes to the path chosen in the dialog', async () => {
    const chosen = join(workDir, 'choisi par moi.pdf');
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];

    const result = await save({ suggestedName: 'Relance : Dupont.pdf', data: PDF, filters });

    expect(result).toEqual({ saved: true, fileName: 'choisi par moi.pdf' });
    expect(new Uint8Array(readFileSync(chosen))).toEqual(PDF);
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        // The suggestion only pre-fills the dialog, made valid for Windows.
        defaultPath: join(workDir, 'Documents', 'Relance - Dupont.pdf'),
        filters,
      }),
    );
    expect(readdirSync(workDir).sort()).toEqual(['choisi par moi.pdf']);
  });

  it.each([
    { canceled: true, filePath: '' },
    { canceled: false, filePath: '' },
  ])('writes nothing and returns saved:false when the dialog gives %j', async (answer) => {
    dialogs.showSaveDialog.mockResolvedValue(answer);
    await expect(save({ suggestedName: 'relance.pdf', data: PDF })).resolves.toEqual({
      saved: false,
    });
    expect(readdirSync(workDir)).toEqual([]);
  });

  it.each([
    ['data as an array of numbers', { suggestedName: 'a.pdf', data: [37, 80, 68, 70] }],
    ['data as a string', { suggestedName: 'a.pdf', data: '%PDF-' }],
    ['data as an ArrayBuffer', { suggestedName: 'a.pdf', data: new ArrayBuffer(4) }],
    ['data missing', { suggestedName: 'a.pdf' }],
    ['data over the size cap', { suggestedName: 'a.pdf', data: new Uint8Array(SMALL_LIMIT + 1) }],
    ['an empty name', { suggestedName: '', data: PDF }],
    ['a huge name', { suggestedName: `${'a'.repeat(300)}.pdf`, data: PDF }],
    ['a name that is a path', { suggestedName: '../../.bashrc', data: PDF }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\evil.dll', data: PDF }],
    ['a control character', { suggestedName: 'a\u0000.pdf', data: PDF }],
    ['a name that is not a string', { suggestedName: 42, data: PDF }],
    ['filters not an array', { suggestedName: 'a.pdf', data: PDF, filters: 'pdf' }],
    [
      'an extension with a dot',
      { suggestedName: 'a.pdf', data: PDF, filters: [{ name: 'PDF', extensions: ['.pdf'] }] },
    ],
    [
      'a filter without extensions',
      { suggestedName: 'a.pdf', data: PDF, filters: [{ name: 'PDF', extensions: [] }] },
    ],
    [
      'a filter with extra keys',
      {
        suggestedName: 'a.pdf',
        data: PDF,
        filters: [{ name: 'PDF', extensions: ['pdf'], path: '/' }],
      },
    ],
    ['a raw path smuggled in', { suggestedName: 'a.pdf', data: PDF, path: '/etc/passwd' }],
    ['no request at all', undefined],
  ])('rejects %s without opening the dialog', async (_label, request) => {
    await expect(save(request)).rejects.toThrow(/Arguments invalides/);
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });

  it('caps payloads at MAX_FILE_BYTES by default', async () => {
    setUp({ maxFileBytes: undefined });
    // Zero-filled and never touched: costs address space, not memory.
    const tooBig = new Uint8Array(MAX_FILE_BYTES + 1);
    await expect(save({ suggestedName: 'a.pdf', data: tooBig })).rejects.toThrow(/512 Mo/);
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('openFiles', () => {
  const open = (request: unknown) => ipc.invoke(IPC_CHANNELS.openFiles, fromApp(), request);

  function givenFiles(files: Record<string, Uint8Array | string>): string[] {
    return Object.entries(files).map(([name, content]) => {
      const path = join(workDir, name);
      writeFileSync(path, content);
      return path;
    });
  }

  it('returns the name and bytes of each chosen file', async () => {
    const paths = givenFiles({ 'balance âgée.csv': 'a;b\n1;2\n', 'vide.xlsx': '' });
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths });
    const filters = [{ name: 'Balances', extensions: ['csv', 'xlsx'] }];

    const files = await open({ multiple: true, filters });

    expect(files).toEqual([
      { name: 'balance âgée.csv', data: new TextEncoder().encode('a;b\n1;2\n') },
      { name: 'vide.xlsx', data: new Uint8Array(0) },
    ]);
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters, properties: ['openFile', 'multiSelections'] }),
    );
  });

  it('asks for a single file unless told otherwise', async () => {
    dialogs.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(open({})).resolves.toEqual([]);
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile'] }),
    );
  });

  it('refuses a file larger than the cap', async () => {
    const paths = givenFiles({ 'énorme.xlsx': new Uint8Array(SMALL_LIMIT + 1) });
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths });
    await expect(open({})).rejects.toThrow(/« énorme\.xlsx » dépasse la taille maximale/);
  });

  it('refuses files that exceed the cap together', async () => {
    const paths = givenFiles({ 'a.csv': new Uint8Array(40), 'b.csv': new Uint8Array(40) });
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths });
    await expect(open({ multiple: true })).rejects.toThrow(/ensemble/);
  });

  it('refuses a directory', async () => {
    mkdirSync(join(workDir, 'dossier'));
    dialogs.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(workDir, 'dossier')],
    });
    await expect(open({})).rejects.toThrow(/n'est pas un fichier/);
  });

  it.each([
    ['multiple not a boolean', { multiple: 'yes' }],
    ['bad filters', { filters: [{ name: 'X' }] }],
    [
      'too many filters',
      { filters: Array.from({ length: 21 }, () => ({ name: 'X', extensions: ['x'] })) },
    ],
    ['a default path smuggled in', { defaultPath: '/etc' }],
    ['a string request', 'tout'],
  ])('rejects %s', async (_label, request) => {
    await expect(open(request)).rejects.toThrow(/Arguments invalides/);
    expect(dialogs.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('printPdf', () => {
  const print = (data: unknown) => ipc.invoke(IPC_CHANNELS.printPdf, fromApp(), data);

  it('hands PDF bytes to the printer', async () => {
    await print(PDF);
    expect(printPdf).toHaveBeenCalledWith(PDF);
  });

  it.each([
    ['HTML bytes', new TextEncoder().encode('<html><script>alert(1)</script>')],
    ['empty bytes', new Uint8Array(0)],
    ['a plain array', [...PDF]],
    ['a PDF over the cap', new Uint8Array([...PDF, ...new Uint8Array(SMALL_LIMIT)])],
  ])('rejects %s', async (_label, data) => {
    await expect(print(data)).rejects.toThrow(/Arguments invalides/);
    expect(printPdf).not.toHaveBeenCalled();
  });
});

describe('openEmailDraft', () => {
  const openDraft = (request: unknown) =>
    ipc.invoke(IPC_CHANNELS.openEmailDraft, fromApp(), request);

  it('writes the draft into its own folder and opens it', async () => {
    await expect(openDraft({ fileName: 'Relance : Dupont.eml', data: EML })).resolves.toEqual({
      opened: true,
    });
    const path = join(workDir, 'temp', 'Recouvra', 'brouillons', 'Relance - Dupont.eml');
    expect(new Uint8Array(readFileSync(path))).toEqual(EML);
    expect(openPath).toHaveBeenCalledWith(path);
  });

  it.each([
    ['a path', { fileName: '../x.eml', data: EML }],
    ['a Windows path', { fileName: '..\\x.eml', data: EML }],
    ['another extension', { fileName: 'a.pdf', data: EML }],
    ['a name over 200 characters', { fileName: `${'a'.repeat(197)}.eml`, data: EML }],
    ['a control character', { fileName: 'a\u0000.eml', data: EML }],
    ['data as an array of numbers', { fileName: 'a.eml', data: [...EML] }],
    ['data as a string', { fileName: 'a.eml', data: 'From: x' }],
    ['bytes that are not a message', { fileName: 'a.eml', data: PDF }],
    ['empty bytes', { fileName: 'a.eml', data: new Uint8Array(0) }],
    [
      'a draft over the cap',
      { fileName: 'a.eml', data: new Uint8Array([...EML, ...new Uint8Array(SMALL_LIMIT)]) },
    ],
    ['a folder smuggled in', { fileName: 'a.eml', data: EML, directory: '/etc' }],
    ['no request at all', undefined],
  ])('rejects %s without writing or opening anything', async (_label, request) => {
    await expect(openDraft(request)).rejects.toThrow(/Arguments invalides/);
    expect(openPath).not.toHaveBeenCalled();
    expect(readdirSync(workDir)).toEqual([]);
  });
});

describe('session token', () => {
  const tokenFile = () => join(workDir, 'session-equipe.bin');
  const write = (token: unknown) => ipc.invoke(IPC_CHANNELS.writeSessionToken, fromApp(), token);
  const read = () => ipc.invoke(IPC_CHANNELS.readSessionToken, fromApp());

  it('keeps the token encrypted by the keychain, reads it back, and forgets it', async () => {
    await expect(write('jeton.abc-123')).resolves.toEqual({ stored: true });
    expect(readFileSync(tokenFile()).toString()).not.toContain('jeton.abc-123');
    await expect(read()).resolves.toBe('jeton.abc-123');
    await expect(write(null)).resolves.toEqual({ stored: true });
    expect(readdirSync(workDir)).toEqual([]);
    await expect(read()).resolves.toBeNull();
  });

  it.each([
    ['no keychain at all', { available: false, backend: 'unknown' }],
    ['Linux without a secret service', { available: true, backend: 'basic_text' }],
  ])('writes nothing and says why with %s', async (_label, state) => {
    keychain = state;
    const result = await write('jeton.abc-123');
    expect(result).toMatchObject({ stored: false, reason: expect.stringMatching(/trousseau/) });
    expect(readdirSync(workDir)).toEqual([]);
    await expect(read()).resolves.toBeNull();
  });

  it('reads a damaged or foreign file as signed out', async () => {
    writeFileSync(tokenFile(), 'pas chiffré');
    await expect(read()).resolves.toBeNull();
  });

  it.each([
    ['an empty token', ''],
    ['a token with a space', 'jeton abc'],
    ['a header smuggled in', 'jeton\r\nX-Evil: 1'],
    ['a huge token', 'a'.repeat(5000)],
    ['a number', 42],
    ['no argument', undefined],
  ])('rejects %s without writing', async (_label, token) => {
    await expect(write(token)).rejects.toThrow(/Arguments invalides/);
    expect(readdirSync(workDir)).toEqual([]);
  });
});
