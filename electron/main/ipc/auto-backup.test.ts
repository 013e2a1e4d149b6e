import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../contracts';
import {
  type AutoBackupDeps,
  autoBackupFileName,
  isAutoBackupFileName,
  registerAutoBackupHandler,
} from './auto-backup';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const trusted = {} as IpcMainInvokeEvent;
const untrusted = {} as IpcMainInvokeEvent;

let workDir: string;
let folder: string;
let clock: Date;
let handler: Listener;

function setUp(overrides: Partial<AutoBackupDeps> = {}): void {
  const handlers = new Map<string, Listener>();
  registerAutoBackupHandler(
    { handle: (channel, listener) => void handlers.set(channel, listener as Listener) },
    {
      isTrustedSender: (event) => event === trusted,
      autoBackupDirectory: folder,
      maxFileBytes: 1024,
      now: () => clock,
      ...overrides,
    },
  );
  const registered = handlers.get(IPC_CHANNELS.writeAutoBackup);
  if (!registered) throw new Error('handler not registered');
  handler = registered;
}

const write = (request: unknown, event = trusted) => Promise.resolve(handler(event, request));

/** Advances the fake clock by `seconds` and writes one backup. */
async function writeAt(seconds: number, keepLast = 3) {
  clock = new Date(clock.getTime() + seconds * 1000);
  return write({ data: ZIP, reason: 'avant-import', keepLast });
}

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'recouvra-autobackup-'));
  folder = join(workDir, 'userData', 'Sauvegardes automatiques');
  clock = new Date(2026, 10, 23, 14, 5, 9, 123);
  setUp();
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('autoBackupFileName', () => {
  it('names the file after the local time and the reason', () => {
    expect(autoBackupFileName(clock, 'avant-import')).toBe(
      'Recouvra – sauvegarde auto 2026-11-23 14.05.09.123 (avant import).zip',
    );
    expect(autoBackupFileName(clock, 'avant-restauration')).toMatch(/\(avant restauration\)\.zip$/);
  });

  it.each([
    ['Recouvra – sauvegarde auto 2026-11-23 14.05.09.123 (avant import).zip', true],
    ['Recouvra – sauvegarde 2026-11-23.zip', false],
    ['mes notes.txt', false],
    ['Recouvra – sauvegarde auto 2026-11-23 14.05.09.123 (avant import).zip.partiel', false],
  ])('recognises %j as an automatic backup: %s', (name, expected) => {
    expect(isAutoBackupFileName(name)).toBe(expected);
  });
});

describe('writeAutoBackup', () => {
  it('writes the bytes into the user-data folder under a name it chose', async () => {
    const result = await writeAt(0);
    const fileName = 'Recouvra – sauvegarde auto 2026-11-23 14.05.09.123 (avant import).zip';
    expect(result).toEqual({ saved: true, fileName, removedOldBackups: 0 });
    expect(new Uint8Array(readFileSync(join(folder, fileName)))).toEqual(ZIP);
    expect(readdirSync(folder)).toEqual([fileName]);
  });

  it('keeps only the last N automatic backups, and never touches other files', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'mes notes.txt'), 'à garder');
    writeFileSync(join(folder, 'Recouvra – sauvegarde 2026-01-01.zip'), 'manuelle');
    for (let i = 0; i < 5; i++) await writeAt(61);
    const result = await writeAt(61, 2);
    expect(result).toMatchObject({ saved: true, removedOldBackups: 2 });
    const left = readdirSync(folder).sort();
    expect(left).toEqual([
      'Recouvra – sauvegarde 2026-01-01.zip',
      'Recouvra – sauvegarde auto 2026-11-23 14.10.14.123 (avant import).zip',
      'Recouvra – sauvegarde auto 2026-11-23 14.11.15.123 (avant import).zip',
      'mes notes.txt',
    ]);
  });

  it('refuses an untrusted sender without writing anything', async () => {
    await expect(
      write({ data: ZIP, reason: 'avant-import', keepLast: 3 }, untrusted),
    ).rejects.toThrow(/Appel refusé/);
    expect(() => readdirSync(folder)).toThrow();
  });

  it.each([
    ['a renderer path', { data: ZIP, reason: 'avant-import', keepLast: 3, path: '/etc/x' }],
    ['a file name', { data: ZIP, reason: 'avant-import', keepLast: 3, fileName: 'x.zip' }],
    ['a free-text reason', { data: ZIP, reason: '../../x', keepLast: 3 }],
    [
      'bytes that are not a zip',
      { data: new Uint8Array([1, 2, 3, 4]), reason: 'avant-import', keepLast: 3 },
    ],
    [
      'too many bytes',
      {
        data: new Uint8Array([0x50, 0x4b, 3, 4, ...new Uint8Array(1024)]),
        reason: 'avant-import',
        keepLast: 3,
      },
    ],
    ['keepLast 0', { data: ZIP, reason: 'avant-import', keepLast: 0 }],
    ['keepLast 101', { data: ZIP, reason: 'avant-import', keepLast: 101 }],
    ['keepLast 2.5', { data: ZIP, reason: 'avant-import', keepLast: 2.5 }],
    ['an array of numbers', { data: [...ZIP], reason: 'avant-import', keepLast: 3 }],
  ])('rejects %s', async (_label, request) => {
    await expect(write(request)).rejects.toThrow(/Arguments invalides/);
    expect(() => readdirSync(folder)).toThrow();
  });
});
