import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ImportWorkerHandle, parseFileInWorker } from './client';
import { handleImportRequest } from './handleRequest';
import type { ImportWorkerRequest, ImportWorkerResponse } from './protocol';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url)),
  );

/** Stands in for the Web Worker: runs the real handler a tick later, or stays silent. */
class FakeWorker implements ImportWorkerHandle {
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  constructor(private readonly behaviour: 'run' | 'hang' | 'crash') {}

  postMessage(message: ImportWorkerRequest): void {
    if (this.behaviour === 'hang') return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === 'crash') {
        this.onerror?.({ message: 'Out of memory', preventDefault: () => {} } as ErrorEvent);
        return;
      }
      handleImportRequest(message, (data) => {
        if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('parseFileInWorker', () => {
  it('reports progress, then resolves with the balance and the sheet list', async () => {
    const worker = new FakeWorker('run');
    const phases: string[] = [];
    const result = await parseFileInWorker(
      fixture('sage100_balance_agee_2026-10-31.xlsx'),
      'sage100_balance_agee_2026-10-31.xlsx',
      {},
      (phase) => phases.push(phase),
      undefined,
      { createWorker: () => worker },
    );
    expect(result.ok && result.balance.presetId).toBe('sage100-balance-agee');
    expect(result.sheets.map((s) => s.name)).toEqual(['Balance âgée']);
    expect(phases).toContain('reading');
    expect(phases).toContain('rows');
    expect(worker.terminated).toBe(true);
  });

  it('resolves with the French message of an unreadable file', async () => {
    const result = await parseFileInWorker(
      fixture('bad/pdf-renamed.xlsx'),
      'pdf-renamed.xlsx',
      {},
      undefined,
      undefined,
      {
        createWorker: () => new FakeWorker('run'),
      },
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('est un PDF') });
  });

  it('stops the worker at the time limit with a French message', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker('hang');
    const pending = parseFileInWorker(new Uint8Array([1]), 'lent.xlsx', {}, undefined, undefined, {
      createWorker: () => worker,
      timeLimitMs: 120_000,
    });
    vi.advanceTimersByTime(120_000);
    await expect(pending).resolves.toEqual({
      ok: false,
      sheets: [],
      message:
        "L'analyse de « lent.xlsx » a dépassé la limite de 2 minutes et a été arrêtée. Le fichier est peut-être trop volumineux : exportez seulement les postes ouverts, ou enregistrez-le au format .xlsx, puis réessayez.",
    });
    expect(worker.terminated).toBe(true);
  });

  it('is cancelled by its AbortSignal, which terminates the worker', async () => {
    const worker = new FakeWorker('hang');
    const controller = new AbortController();
    const pending = parseFileInWorker(
      new Uint8Array([1]),
      'a.xlsx',
      {},
      undefined,
      controller.signal,
      {
        createWorker: () => worker,
      },
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('turns a crashed worker into a French message', async () => {
    const result = await parseFileInWorker(
      new Uint8Array([1]),
      'enorme.xlsx',
      {},
      undefined,
      undefined,
      {
        createWorker: () => new FakeWorker('crash'),
      },
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        "L'analyse de « enorme.xlsx » s'est interrompue (Out of memory)",
      ),
    });
  });
});

describe('handleImportRequest', () => {
  it('posts progress, then exactly one result', () => {
    const posted: ImportWorkerResponse[] = [];
    const bytes = fixture('odoo_balance_agee_2026-10-31.xlsx');
    handleImportRequest(
      {
        type: 'parse',
        bytes: bytes.buffer,
        fileName: 'odoo.xlsx',
        options: { asOfDate: '2026-10-31' },
      },
      (r) => posted.push(r),
    );
    const last = posted[posted.length - 1];
    expect(posted.slice(0, -1).every((r) => r.type === 'progress')).toBe(true);
    expect(last?.type).toBe('result');
    expect(last?.type === 'result' && last.balance.layout).toBe('buckets');
  });
});
