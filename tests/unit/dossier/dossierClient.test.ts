/**
 * The export client with its worker run in-process: one request per export, one progress stream,
 * the same file as the in-process assembly, a refused piece reported by name, and cancel.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assembleDossier } from '../../../renderer/src/pdf/dossier';
import {
  DossierExportError,
  DossierExporter,
  type ExportProgress,
} from '../../../renderer/src/workers/dossier/client';
import { createDossierHandler } from '../../../renderer/src/workers/dossier/handleRequest';
import type { DossierWorkerHandle } from '../../../renderer/src/workers/dossier/lane';
import type { DossierWorkerResponse } from '../../../renderer/src/workers/dossier/protocol';
import { testUnicodeFonts } from '../pdf/pdfSupport';
import { fixture, fixtureDossier } from './dossierFixtures';

interface FakeWorker extends DossierWorkerHandle {
  terminated: boolean;
}

/** A worker in this thread: messages are cloned (as postMessage does) and answered async. */
function fakeWorker(log: string[]): FakeWorker {
  const handle: FakeWorker = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(message, transfer) {
      log.push(message.kind);
      void handler(structuredClone(message, { transfer }));
    },
    terminate() {
      handle.terminated = true;
    },
  };
  const handler = createDossierHandler((response: DossierWorkerResponse, transfer) => {
    // Cloned now, as postMessage does: what is transferred is gone from the worker at once.
    const data = structuredClone(response, { transfer });
    queueMicrotask(() => {
      if (!handle.terminated) handle.onmessage?.({ data } as MessageEvent);
    });
  }, testUnicodeFonts);
  return handle;
}

/** An exporter on in-process workers, counting the workers it started and logging requests. */
function countingExporter() {
  const log: string[] = [];
  let created = 0;
  const exporter = new DossierExporter(() => {
    created += 1;
    return fakeWorker(log);
  });
  return { exporter, log, created: () => created };
}

describe('dossier export client', () => {
  it('assembles in the worker and gives the same file as the in-process assembly', async () => {
    const log: string[] = [];
    const exporter = new DossierExporter(() => fakeWorker(log));
    const { plan, files } = fixtureDossier();
    const progress: ExportProgress[] = [];
    const dossier = await exporter.pdf(plan, files, { onProgress: (p) => progress.push(p) });
    const alone = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    expect(Buffer.from(dossier.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    // Fingerprinted in the worker: the export logs this, without hashing 30 MB in the window.
    expect(await dossier.sha256).toBe(createHash('sha256').update(alone.bytes).digest('hex'));
    expect(log).toEqual(['pdf']);
    expect(progress[0]).toEqual({ step: 'Lecture des pièces', done: 1, total: 18 });
    expect(progress.map((p) => p.step)).toContain('Assemblage');
    expect(progress.at(-1)).toEqual({ step: 'Enregistrement', done: 18, total: 18 });
    expect(progress.map((p) => p.done)).toEqual(
      [...progress.map((p) => p.done)].sort((a, b) => a - b),
    );
    // The caller keeps its bytes: copies were handed over.
    expect(files[0]?.byteLength).toBeGreaterThan(0);
  }, 120_000);

  it('hands the files over without a copy when the caller gives them up', async () => {
    const exporter = new DossierExporter(() => fakeWorker([]));
    const { plan, files } = fixtureDossier();
    const own = files.map((file) => file.slice());
    const dossier = await exporter.pdf(plan, own, { transferFiles: true });
    const alone = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    expect(Buffer.from(dossier.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    // Transferred, not copied: the caller's arrays are detached.
    expect(own.every((file) => file.byteLength === 0)).toBe(true);
  }, 120_000);

  it('keeps its worker from one export to the next', async () => {
    const { exporter, log, created } = countingExporter();
    const { plan, files } = fixtureDossier();
    await exporter.pdf(plan, files);
    const zip = await exporter.zip(plan, files);
    expect(zip.names).toContain('Bordereau de pièces.pdf');
    expect(log).toEqual(['pdf', 'zip']);
    expect(created()).toBe(1);
  }, 120_000);

  it('readies its worker ahead of the first export, which then waits for it', async () => {
    const { exporter, log, created } = countingExporter();
    const { plan, files } = fixtureDossier();
    exporter.prepare(plan);
    exporter.prepare(plan);
    const dossier = await exporter.pdf(plan, files);
    expect(dossier.pageCount).toBeGreaterThan(12);
    expect(log).toEqual(['prepare', 'pdf']);
    expect(created()).toBe(1);
  }, 120_000);

  it('cancels an export waiting behind the preparation of a worker that does not answer', async () => {
    const silent: DossierWorkerHandle & { terminated: boolean } = {
      onmessage: null,
      onerror: null,
      terminated: false,
      postMessage() {},
      terminate() {
        silent.terminated = true;
      },
    };
    const exporter = new DossierExporter(() => silent);
    const { plan, files } = fixtureDossier();
    exporter.prepare(plan);
    // The preparation sent and waiting for its answer, as when the user clicks meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const abort = new AbortController();
    const running = exporter.pdf(plan, files, { signal: abort.signal });
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(silent.terminated).toBe(true);
  });

  it('lets go of a worker whose preparation failed: the next export starts another', async () => {
    const log: string[] = [];
    let created = 0;
    const exporter = new DossierExporter(() => {
      created += 1;
      if (created > 1) return fakeWorker(log);
      const broken: DossierWorkerHandle = {
        onmessage: null,
        onerror: null,
        postMessage() {
          queueMicrotask(() =>
            broken.onerror?.({ message: 'module introuvable', preventDefault() {} } as ErrorEvent),
          );
        },
        terminate() {},
      };
      return broken;
    });
    const { plan, files } = fixtureDossier();
    exporter.prepare(plan);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const dossier = await exporter.pdf(plan, files);
    expect(dossier.pageCount).toBeGreaterThan(12);
    expect(created).toBe(2);
  }, 120_000);

  it('never fails to prepare where no worker can start', () => {
    const exporter = new DossierExporter(() => {
      throw new ReferenceError('Worker is not defined');
    });
    expect(() => exporter.prepare()).not.toThrow();
  });

  it('stops with every unreadable piece named', async () => {
    const exporter = new DossierExporter(() => fakeWorker([]));
    const { plan, files } = fixtureDossier();
    files[0] = fixture('bad/protege.pdf');
    const error = await exporter.pdf(plan, files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierExportError);
    expect((error as DossierExportError).reasons).toEqual([
      expect.stringMatching(
        /^Pièce n° 1 \(Contrat de fourniture du 12\/01\/2025\) : « contrat-fourniture\.pdf » est un PDF protégé/,
      ),
    ]);
  }, 60_000);

  it('gives the file before its fingerprint, and never leaves a fingerprint waiting on a stopped worker', async () => {
    const { plan, files } = fixtureDossier();
    const alone = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    // A worker that sends the file and is stopped before the fingerprint comes.
    const handle: DossierWorkerHandle = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        queueMicrotask(() =>
          handle.onmessage?.({
            data: { kind: 'assembled', jobId: message.jobId, dossier: alone },
          } as MessageEvent),
        );
      },
      terminate() {},
    };
    const exporter = new DossierExporter(() => handle);
    const dossier = await exporter.pdf(plan, files);
    expect(dossier.pageCount).toBe(alone.pageCount);
    exporter.terminate();
    await expect(dossier.sha256).rejects.toBeInstanceOf(DossierExportError);
  }, 60_000);

  it('cancels at once, terminating the worker, and starts a fresh one next time', async () => {
    const workers: FakeWorker[] = [];
    const exporter = new DossierExporter(() => {
      const worker = fakeWorker([]);
      workers.push(worker);
      return worker;
    });
    const { plan, files } = fixtureDossier();
    const abort = new AbortController();
    const running = exporter.pdf(plan, files, { signal: abort.signal });
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.map((w) => w.terminated)).toEqual([true]);
    const dossier = await exporter.pdf(plan, files);
    expect(dossier.pageCount).toBeGreaterThan(12);
    expect(workers).toHaveLength(2);
  }, 120_000);
});
