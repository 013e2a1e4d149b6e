import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { IPC_CHANNELS, looksLikeEmail, MAX_EMAIL_DRAFT_BYTES } from '../../../contracts';
import { draftFileName, type EmailDraftDeps, registerEmailDraftHandler } from './email-draft';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const EML = new TextEncoder().encode(
  'From: "Créancier" <recouvrement@example.fr>\r\nTo: <client@example.fr>\r\n\r\nBonjour\r\n',
);
const trusted = {} as IpcMainInvokeEvent;
const untrusted = {} as IpcMainInvokeEvent;

let workDir: string;
let folder: string;
let openPath: Mock<EmailDraftDeps['openPath']>;
let handler: Listener;

function setUp(overrides: Partial<EmailDraftDeps> = {}): void {
  const handlers = new Map<string, Listener>();
  registerEmailDraftHandler(
    { handle: (channel, listener) => void handlers.set(channel, listener as Listener) },
    {
      isTrustedSender: (event) => event === trusted,
      emailDraftDirectory: folder,
      openPath,
      maxDraftBytes: 1024,
      ...overrides,
    },
  );
  const registered = handlers.get(IPC_CHANNELS.openEmailDraft);
  if (!registered) throw new Error('handler not registered');
  handler = registered;
}

const openDraft = (request: unknown, event = trusted) => Promise.resolve(handler(event, request));

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'recouvra-email-draft-'));
  folder = join(workDir, 'temp', 'Recouvra', 'brouillons');
  openPath = vi.fn<EmailDraftDeps['openPath']>().mockResolvedValue('');
  setUp();
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('openEmailDraft', () => {
  it('writes exactly the bytes into the drafts folder under a sanitised name, then opens it', async () => {
    const result = await openDraft({ fileName: 'Relance : Dupont – 2026-11-23.eml', data: EML });
    expect(result).toEqual({ opened: true });
    const path = join(folder, 'Relance - Dupont – 2026-11-23.eml');
    expect(readdirSync(folder)).toEqual(['Relance - Dupont – 2026-11-23.eml']);
    expect(new Uint8Array(readFileSync(path))).toEqual(EML);
    expect(openPath).toHaveBeenCalledExactlyOnceWith(path);
  });

  it('never overwrites an earlier draft (it may still be open in the mail client)', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Relance.eml'), 'ancien');
    await openDraft({ fileName: 'Relance.eml', data: EML });
    expect(readFileSync(join(folder, 'Relance.eml'), 'utf8')).toBe('ancien');
    expect(new Uint8Array(readFileSync(join(folder, 'Relance (2).eml')))).toEqual(EML);
    expect(openPath).toHaveBeenCalledWith(join(folder, 'Relance (2).eml'));
  });

  it('reports in French when no application opens the draft', async () => {
    openPath.mockResolvedValue('Failed to open path');
    const result = await openDraft({ fileName: 'Relance.eml', data: EML });
    expect(result).toEqual({
      opened: false,
      reason: expect.stringMatching(/^Aucune messagerie n'a pu ouvrir le brouillon/),
    });
    expect((result as { reason: string }).reason).toContain(folder);
    // The draft stays where the message says it is.
    expect(readdirSync(folder)).toEqual(['Relance.eml']);
  });

  it('refuses an untrusted sender without writing or opening anything', async () => {
    await expect(openDraft({ fileName: 'Relance.eml', data: EML }, untrusted)).rejects.toThrow(
      /Appel refusé/,
    );
    expect(openPath).not.toHaveBeenCalled();
    expect(readdirSync(workDir)).toEqual([]);
  });

  it.each([
    ['a relative path', { fileName: '../x.eml', data: EML }],
    ['an absolute path', { fileName: '/tmp/x.eml', data: EML }],
    ['a Windows path', { fileName: 'C:\\x.eml', data: EML }],
    ['a PDF name', { fileName: 'a.pdf', data: EML }],
    ['an executable dressed up', { fileName: 'a.eml.exe', data: EML }],
    ['no name', { fileName: '', data: EML }],
    ['a name over 200 characters', { fileName: `${'a'.repeat(197)}.eml`, data: EML }],
    ['data as an array of numbers', { fileName: 'a.eml', data: [...EML] }],
    ['data as an ArrayBuffer', { fileName: 'a.eml', data: EML.buffer }],
    ['data as a string', { fileName: 'a.eml', data: 'From: x\r\n' }],
    ['HTML bytes', { fileName: 'a.eml', data: new TextEncoder().encode('<html>\r\n') }],
    ['a PDF', { fileName: 'a.eml', data: new TextEncoder().encode('%PDF-1.7\n') }],
    [
      'too many bytes',
      { fileName: 'a.eml', data: new Uint8Array([...EML, ...new Uint8Array(1024)]) },
    ],
    ['a folder smuggled in', { fileName: 'a.eml', data: EML, path: '/etc' }],
  ])('rejects %s', async (_label, request) => {
    await expect(openDraft(request)).rejects.toThrow(/Arguments invalides/);
    expect(openPath).not.toHaveBeenCalled();
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('accepts a 200-character name', async () => {
    await expect(openDraft({ fileName: `${'a'.repeat(196)}.eml`, data: EML })).resolves.toEqual({
      opened: true,
    });
  });

  it('caps drafts at 25 Mo', async () => {
    setUp({ maxDraftBytes: MAX_EMAIL_DRAFT_BYTES });
    const tooBig = new Uint8Array(MAX_EMAIL_DRAFT_BYTES + 1);
    tooBig.set(EML);
    await expect(openDraft({ fileName: 'a.eml', data: tooBig })).rejects.toThrow(/25 Mo/);
    expect(openPath).not.toHaveBeenCalled();
  });
});

describe('draftFileName', () => {
  it.each([
    ['Relance.eml', 'Relance.eml'],
    ['Relance : « Dupont ».EML', 'Relance - « Dupont ».eml'],
    ['.eml', 'brouillon.eml'],
    ['..eml', 'brouillon.eml'],
    ['.cache.eml', 'cache.eml'],
    ['CON.eml', '_CON.eml'],
    ['lpt1.eml', '_lpt1.eml'],
    ['a?b*.eml', 'a-b-.eml'],
  ])('%j → %j', (requested, expected) => {
    expect(draftFileName(requested)).toBe(expected);
  });
});

describe('looksLikeEmail', () => {
  it.each([
    ['From: a\r\n', true],
    ['X-Unsent: 1\n', true],
    ['From a\r\n', false],
    [': a\r\n', false],
    ['\r\nFrom: a', false],
    ['From: a sans fin de ligne', false],
    ['Fr om: a\r\n', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeEmail(new TextEncoder().encode(text))).toBe(expected);
  });
});
