/**
 * The export client with its workers run in-process: the layouts spread over several workers,
 * the copy meanwhile, one progress stream, the same file as the one-thread assembly, and a
 * refused piece reported by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDossier } from '../../../renderer/src/pdf/dossier';
import {
  DossierExportError,
  DossierExporter,
  type ExportProgress,
} from '../../../renderer/src/workers/dossier/client';
import { createDossierHandler } from '../../../renderer/src/workers/dossier/handleRequest';
import type { DossierWorkerHandle } from '../../../renderer/src/workers/dossier/lane';
import type { DossierWorkerResponse } from '../../../renderer/src/workers/dossier/protocol';
import { registerTestFonts } from '../pdf/pdfSupport';
import { fixture, fixtureDossier } from './dossierFixtures';

/** A worker in this thread: messages are cloned (as postMessage does) and answered async. */
function fakeWorker(log: string[]): DossierWorkerHandle {
  const handle: DossierWorkerHandle = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(message.kind === 'render' ? `render:${message.section.id}` : message.kind);
      void handler(structuredClone(message));
    },
    terminate() {},
  };
  const handler = createDossierHandler((response: DossierWorkerResponse) => {
    queueMicrotask(() => handle.onmessage?.({ data: structuredClone(response) } as MessageEvent));
  }, registerTestFonts);
  return handle;
}

beforeAll(() => registerTestFonts());

describe('dossier export client', () => {
  it('spreads the work and gives the same file as the one-thread assembly', async () => {
    const log: string[] = [];
    const exporter = new DossierExporter(() => fakeWorker(log), 3);
    const { plan, files } = fixtureDossier();
    const progress: ExportProgress[] = [];
    const dossier = await exporter.pdf(plan, files, { onProgress: (p) => progress.push(p) });
    const alone = await assembleDossier(plan, files);
    expect(Buffer.from(dossier.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    expect(log).toEqual([
      'render:decompte',
      'prepare',
      'render:requete',
      'render:bordereau',
      'render:cover',
      'finish',
    ]);
    expect(progress.at(-1)).toEqual({ step: 'Enregistrement', done: 18, total: 18 });
    expect(progress.map((p) => p.done)).toEqual(
      [...progress.map((p) => p.done)].sort((a, b) => a - b),
    );
    // The caller keeps its bytes: copies were handed over.
    expect(files[0]?.byteLength).toBeGreaterThan(0);
  }, 120_000);

  it('stops with every unreadable piece named', async () => {
    const exporter = new DossierExporter(() => fakeWorker([]), 1);
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

  it('cancels at once', async () => {
    const exporter = new DossierExporter(() => fakeWorker([]), 1);
    const { plan, files } = fixtureDossier();
    const abort = new AbortController();
    const running = exporter.pdf(plan, files, { signal: abort.signal });
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});
