/**
 * The backup is zipped in a Web Worker (workers/backupZip), not on the main thread. Node has no
 * Web Worker, so the worker is stood in by an object that does what the browser does: a
 * structured clone of the message with its buffers transferred, then the worker's own handler
 * (and, in the last test, the worker entry module itself). The zip must be byte for byte the one
 * made in place, and restore to the same database.
 */
import { resolveObjectURL } from 'node:buffer';
import { strFromU8, unzipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backupDownloadLink,
  createBackup,
  readBackup,
  restoreBackup,
  writeAutomaticBackup,
} from '../../../renderer/src/data/backup';
import type { AutoBackupRequest } from '../../../renderer/src/platform/bridge';
import {
  type BackupZipWorkerHandle,
  createWorkerBackup,
  createWorkerBackupLink,
  createWorkerZipper,
} from '../../../renderer/src/workers/backupZip/client';
import { handleBackupZipRequest } from '../../../renderer/src/workers/backupZip/handleRequest';
import type {
  BackupZipRequest,
  BackupZipResponse,
} from '../../../renderer/src/workers/backupZip/protocol';
import { handleWholeBackupRequest } from '../../../renderer/src/workers/backupZip/wholeBackup';
import { useFreshDb } from '../testDb';
import { dumpDatabase, seedLedgerWithEvidence, wipeDatabase } from './ledgerWithEvidence';

const NOW = new Date('2026-11-23T14:05:09.000Z');

/** A worker stand-in: the message crosses as in a browser (cloned, buffers moved), answered later. */
class ClonedWorker implements BackupZipWorkerHandle {
  static terminated = 0;
  static transferred: ArrayBuffer[] = [];
  onmessage: ((event: MessageEvent<BackupZipResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(private readonly answer = handleBackupZipRequest) {}
  postMessage(message: BackupZipRequest, transfer: Transferable[]): void {
    ClonedWorker.transferred.push(...(transfer as ArrayBuffer[]));
    const received = structuredClone(message, { transfer });
    setTimeout(() => {
      const response = structuredClone(this.answer(received));
      this.onmessage?.({ data: response } as MessageEvent<BackupZipResponse>);
    });
  }
  terminate(): void {
    ClonedWorker.terminated += 1;
  }
}

afterEach(() => {
  ClonedWorker.terminated = 0;
  ClonedWorker.transferred = [];
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('backup zipped off the main thread', () => {
  const db = useFreshDb();

  it('gives the same bytes as the zip made in place, and restores the same database', async () => {
    const demo = await seedLedgerWithEvidence({ debtors: 40, items: 400 });
    const before = await dumpDatabase(db());

    const inPlace = await createBackup({ appVersion: '0.1.0', now: NOW });
    const inWorker = await createBackup({
      appVersion: '0.1.0',
      now: NOW,
      zip: createWorkerZipper(() => new ClonedWorker()),
    });
    expect(inWorker.bytes.byteLength).toBeGreaterThan(10_000);
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(inPlace.bytes))).toBe(true);
    // The files were handed over (moved, not copied), and the worker ended once it answered.
    expect(ClonedWorker.transferred.length).toBeGreaterThan(10);
    expect(ClonedWorker.transferred.every((buffer) => buffer.byteLength === 0)).toBe(true);
    expect(ClonedWorker.terminated).toBe(1);

    await wipeDatabase(db());
    const read = await readBackup(inWorker.bytes);
    if (!read.ok) throw new Error(read.reason);
    const restored = await restoreBackup(read.backup, { by: 'utilisateur' });
    expect(restored).toMatchObject({ ok: true, rowCounts: { debtors: 40, blobs: demo.pdfs + 3 } });
    const after = await dumpDatabase(db());
    expect(after.debtors).toStrictEqual(before.debtors);
    expect(after.blobs).toStrictEqual(before.blobs);
    expect(after.invoices).toStrictEqual(before.invoices);
  });

  it('hands the automatic backup made in the worker to the desktop app', async () => {
    await seedLedgerWithEvidence({ debtors: 5, items: 20 });
    const written: AutoBackupRequest[] = [];
    await writeAutomaticBackup(
      'avant-import',
      {
        appInfo: async () => ({
          name: 'Recouvra',
          version: '0.1.0',
          runtime: 'electron',
          platform: 'linux',
        }),
        writeAutoBackup: async (request) => {
          written.push(request);
          return { saved: true, fileName: 'auto.zip', removedOldBackups: 0 };
        },
      },
      { zip: createWorkerZipper(() => new ClonedWorker()) },
    );
    expect(ClonedWorker.terminated).toBe(1);
    const read = await readBackup(written[0]?.data ?? new Uint8Array());
    expect(read.ok && read.backup.tables.debtors).toHaveLength(5);
  });

  /**
   * The worker stand-in for a whole backup: the request crosses as a structured clone, the real
   * handler opens the database by its name (fake-indexeddb is shared within the process) and
   * answers later.
   */
  function wholeBackupWorker() {
    const requests: BackupZipRequest[] = [];
    const state = { terminated: 0 };
    const create = () => {
      const worker: BackupZipWorkerHandle = {
        onmessage: null,
        onerror: null,
        postMessage(message) {
          requests.push(structuredClone(message));
          if (message.kind !== 'backup') throw new Error('whole backup expected');
          void handleWholeBackupRequest(structuredClone(message)).then((response) =>
            worker.onmessage?.({
              data: structuredClone(response),
            } as MessageEvent<BackupZipResponse>),
          );
        },
        terminate: () => {
          state.terminated += 1;
        },
      };
      return worker;
    };
    return { create, requests, state };
  }

  it('makes the whole backup in the worker, from its own connection, byte for byte the same', async () => {
    await seedLedgerWithEvidence({ debtors: 20, items: 150 });
    const inPlace = await createBackup({ appVersion: '0.1.0', now: NOW });
    const worker = wholeBackupWorker();
    const zip = Object.assign(
      createWorkerZipper(() => new ClonedWorker()),
      { wholeBackup: createWorkerBackup(worker.create) },
    );
    const inWorker = await createBackup({ appVersion: '0.1.0', now: NOW, zip });
    // Nothing was zipped by the window's zipper: the whole job went to the worker.
    expect(ClonedWorker.transferred).toHaveLength(0);
    expect(worker.requests).toEqual([
      {
        kind: 'backup',
        databaseName: db().name,
        appVersion: '0.1.0',
        now: NOW.getTime(),
        deliver: 'bytes',
      },
    ]);
    expect(worker.state.terminated).toBe(1);
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(inPlace.bytes))).toBe(true);
  });

  it('for the browser, keeps the backup in the worker and gives a link to it while it lives', async () => {
    await seedLedgerWithEvidence({ debtors: 20, items: 150 });
    const inPlace = await createBackup({ appVersion: '0.1.0', now: NOW });
    const worker = wholeBackupWorker();
    const zip = Object.assign(
      createWorkerZipper(() => new ClonedWorker()),
      { downloadLink: createWorkerBackupLink(worker.create, 50) },
    );
    const link = backupDownloadLink({ appVersion: '0.1.0', now: NOW, zip });
    if (!link) throw new Error('no link maker');
    const url = await link();
    expect(worker.requests.map((r) => r.kind === 'backup' && r.deliver)).toEqual(['link']);
    // The worker still lives: the browser downloads from its URL after the click.
    expect(worker.state.terminated).toBe(0);
    const file = resolveObjectURL(url);
    if (!file) throw new Error(`no Blob behind ${url}`);
    expect(file.type).toBe('application/zip');
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(inPlace.bytes))).toBe(true);
    await vi.waitFor(() => expect(worker.state.terminated).toBe(1), { timeout: 2000 });
    // Without a worker (in place), there is no link: the bytes are saved as they are.
    expect(backupDownloadLink({ appVersion: '0.1.0', now: NOW })).toBeNull();
  });

  it('fails in French when the worker fails or stops, and ends it', async () => {
    const failing = createWorkerZipper(
      () => new ClonedWorker(() => ({ kind: 'failed', message: 'mémoire insuffisante' })),
    );
    await expect(failing({ 'a.txt': new Uint8Array([1]) }, { mtime: NOW })).rejects.toThrow(
      'La compression de la sauvegarde a échoué : mémoire insuffisante',
    );
    expect(ClonedWorker.terminated).toBe(1);

    const crashing = createWorkerZipper(() => {
      const worker = new ClonedWorker();
      worker.postMessage = () => {
        setTimeout(() => worker.onerror?.({ message: 'script introuvable' } as ErrorEvent));
      };
      return worker;
    });
    await expect(crashing({ 'a.txt': new Uint8Array([1]) }, { mtime: NOW })).rejects.toThrow(
      'La compression de la sauvegarde a échoué : script introuvable',
    );
    expect(ClonedWorker.terminated).toBe(2);
  });

  it('the worker entry answers a request with the zip, its buffer transferred back', async () => {
    const posted: { message: BackupZipResponse; transfer: Transferable[] }[] = [];
    const scope = {
      onmessage: null as ((event: { data: BackupZipRequest }) => void) | null,
      postMessage: (message: BackupZipResponse, transfer: Transferable[] = []) =>
        posted.push({ message, transfer }),
    };
    vi.stubGlobal('self', scope);
    await import('../../../renderer/src/workers/backupZipWorker');
    const files: Zippable = { 'manifest.json': [new TextEncoder().encode('{}'), { level: 6 }] };
    scope.onmessage?.({ data: { kind: 'zip', files, mtime: NOW.getTime() } });

    const [answer] = posted;
    if (answer?.message.kind !== 'zipped') throw new Error('no zip');
    expect(answer.transfer).toEqual([answer.message.bytes.buffer]);
    expect(strFromU8(unzipSync(answer.message.bytes)['manifest.json'] ?? new Uint8Array())).toBe(
      '{}',
    );
  });
});
