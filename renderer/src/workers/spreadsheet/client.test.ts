import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableTeamMode } from '../../../../tests/unit/sync/syncTestDb';
import { useFreshDb } from '../../../../tests/unit/testDb';
import { acceptEarlyImports } from '../../data/sync/earlyImports';
import { isoDate } from '../../domain/dates';
import { SPARE_RESTART_DELAY_MS } from '../spareWorker';
import {
  createImportSession,
  type ImportWorkerHandle,
  keepImportWorkerReady,
  SENT_BEFORE_FAILURE,
  type WorkerClientOptions,
} from './client';
import { createImportHandler } from './handleRequest';
import { parseSpreadsheet } from './parseSpreadsheet';
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
  private readonly handle = createImportHandler((data) => {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
  });

  constructor(private readonly behaviour: 'run' | 'hang' | 'crash') {}

  postMessage(message: ImportWorkerRequest): void {
    if (this.behaviour === 'hang') return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === 'crash') {
        this.onerror?.({ message: 'Out of memory', preventDefault: () => {} } as ErrorEvent);
        return;
      }
      void this.handle(message);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

/** The old one-shot call shape, on a fresh session. */
function parseFileInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: object,
  onProgress: ((phase: string) => void) | undefined,
  signal: AbortSignal | undefined,
  clientOptions: WorkerClientOptions,
) {
  return createImportSession(clientOptions).parse(bytes, fileName, options, onProgress, signal);
}

describe('import session: parse', () => {
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
    expect(result.ok && result.preview.presetId).toBe('sage100-balance-agee');
    expect(result.ok && result.preview.summary.items).toBe(36);
    expect(result.ok && result.preview.sampleItems.length).toBe(12);
    expect(result.sheets.map((s) => s.name)).toEqual(['Balance âgée']);
    expect(phases).toContain('reading');
    expect(phases).toContain('rows');
    // Kept alive: it holds the parsed balance until the user confirms or cancels.
    expect(worker.terminated).toBe(false);
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
        'L’analyse de « lent.xlsx » a dépassé la limite de 2 minutes et a été arrêtée. Le fichier est peut-être trop volumineux : exportez seulement les postes ouverts, ou enregistrez-le au format .xlsx, puis réessayez.',
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
        'L’analyse de « enorme.xlsx » s’est interrompue (Out of memory)',
      ),
    });
  });
});

describe('import handler', () => {
  it('posts progress, then exactly one result', async () => {
    const posted: ImportWorkerResponse[] = [];
    const bytes = fixture('odoo_balance_agee_2026-10-31.xlsx');
    await createImportHandler((r) => {
      posted.push(r);
    })({
      type: 'parse',
      bytes: bytes.buffer,
      fileName: 'odoo.xlsx',
      options: { asOfDate: isoDate('2026-10-31') },
    });
    const last = posted[posted.length - 1];
    expect(posted.slice(0, -1).every((r) => r.type === 'progress')).toBe(true);
    expect(last?.type).toBe('result');
    expect(last?.type === 'result' && last.preview.layout).toBe('buckets');
    expect(last?.type === 'result' && 'items' in last.preview).toBe(false);
  });

  it('reads a file handed over as a Blob, as from the file input, like its bytes', async () => {
    const name = 'sage100_balance_agee_2026-10-31.xlsx';
    const bytes = fixture(name);
    const answer = async (file: Uint8Array | Blob) => {
      const posted: ImportWorkerResponse[] = [];
      await createImportHandler((r) => {
        posted.push(r);
      })({ type: 'parse', bytes: file, fileName: name, options: {} });
      const last = posted[posted.length - 1];
      if (last?.type !== 'result') throw new Error(JSON.stringify(last));
      return last;
    };
    const fromBlob = await answer(new Blob([bytes]));
    expect(fromBlob.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(fromBlob.preview.summary).toEqual((await answer(bytes)).preview.summary);
    expect(fromBlob.preview.summary.items).toBe(36);
  });
});

describe('import session: commit', () => {
  const db = useFreshDb();

  it('writes the parsed balance from the worker and frees it', async () => {
    const worker = new FakeWorker('run');
    const session = createImportSession({ createWorker: () => worker });
    const name = 'sage100_balance_agee_2026-10-31.xlsx';
    const parsed = await session.parse(fixture(name), name);
    if (!parsed.ok) throw new Error(parsed.message);
    // The worker digests the file's bytes: the SHA-256 that recognises it next time.
    const bytes = readFileSync(
      new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url),
    );
    expect(parsed.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const importId = await session.commit({ sha256: 'abc', partialFile: false, by: 'test' });
    expect((await db().imports.get(importId))?.counts.items).toBe(36);
    expect(await db().invoices.count()).toBe(36);
    expect(worker.terminated).toBe(true);
  });

  it('reads the claim of the parsed balance: what fell due before its date, less the credits', async () => {
    const session = createImportSession({ createWorker: () => new FakeWorker('run') });
    const name = 'sage100_balance_agee_2026-10-31.xlsx';
    const parsed = await session.parse(fixture(name), name);
    if (!parsed.ok) throw new Error(parsed.message);
    const direct = parseSpreadsheet(fixture(name), name, {}, () => {});
    if (!direct.ok) throw new Error(direct.message);
    const { items } = direct.balance;
    const overdue = items.filter((i) => i.openCents > 0 && i.dueDate < '2026-10-31');
    const owing = new Set(overdue.map((i) => i.accountNo));
    const claim = await session.claim();
    expect(claim).toMatchObject({
      asOf: '2026-10-31',
      failedDebtors: 0,
      debtors: owing.size,
      principalCents: overdue.reduce((sum, i) => sum + i.openCents, 0),
      // A debtor owed nothing keeps its credits: they reduce no one else's claim.
      creditsCents: items
        .filter((i) => i.openCents < 0 && owing.has(i.accountNo))
        .reduce((sum, i) => sum + i.openCents, 0),
    });
    expect(claim?.interestCents).toBeGreaterThan(0);
    expect(claim?.totalDueCents).toBe(
      (claim?.principalCents ?? 0) +
        (claim?.interestCents ?? 0) +
        (claim?.indemnitiesCents ?? 0) +
        (claim?.creditsCents ?? 0),
    );
    expect(await db().invoices.count()).toBe(0);
  });

  it('gives up the claim when the user imports before it arrives, and imports', async () => {
    const worker = new FakeWorker('run');
    const session = createImportSession({ createWorker: () => worker });
    const name = 'sage100_balance_agee_2026-10-31.xlsx';
    expect((await session.parse(fixture(name), name)).ok).toBe(true);
    const claim = session.claim();
    const importId = await session.commit({ sha256: 'abc', partialFile: false, by: 'test' });
    expect(await claim).toBeNull();
    expect((await db().imports.get(importId))?.counts.items).toBe(36);
  });

  it('in team mode, hands the import to the sync engine of its ledger before the commit ends', async () => {
    await enableTeamMode(db());
    const seen: string[] = [];
    const stop = acceptEarlyImports(db().name, {
      sendEarly: (bulk) => seen.push(`sent ${bulk.tx}`),
      forgetEarly: (tx) => seen.push(`forgot ${tx}`),
    });
    try {
      const session = createImportSession({ createWorker: () => new FakeWorker('run') });
      const name = 'sage100_balance_agee_2026-10-31.xlsx';
      expect((await session.parse(fixture(name), name)).ok).toBe(true);
      const importId = await session.commit({ sha256: 'abc', partialFile: false, by: 'test' });
      expect(seen).toEqual([`sent import-${importId}`]);
    } finally {
      stop();
    }
  });

  it('withdraws the import handed over when its commit fails, or its worker stops', async () => {
    const seen: string[] = [];
    const stop = acceptEarlyImports('grand-livre', {
      sendEarly: (bulk) => seen.push(`sent ${bulk.tx}`),
      forgetEarly: (tx) => seen.push(`forgot ${tx}`),
    });
    const bulk = { tx: 'import-1', firstSeq: 1, lastSeq: 3, texts: [], tables: [] };
    /** Answers the parse; on commit, hands an import over, then fails as `end` says. */
    const scripted = (end: 'commit-failed' | 'crash'): ImportWorkerHandle => {
      const worker: ImportWorkerHandle = {
        onmessage: null,
        onerror: null,
        postMessage: (message) => {
          const post = (data: ImportWorkerResponse) =>
            worker.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
          setTimeout(() => {
            if (message.type === 'parse') {
              post({ type: 'result', sha256: 'x', preview: {} as never, sheets: [] });
              return;
            }
            post({ type: 'bulk-issued', databaseName: 'grand-livre', bulk });
            if (end === 'crash') {
              worker.onerror?.({
                message: 'Out of memory',
                preventDefault: () => {},
              } as ErrorEvent);
            } else
              post({ type: 'commit-failed', message: 'Rien n’a été modifié dans le registre.' });
          }, 0);
        },
        terminate: () => {},
      };
      return worker;
    };
    try {
      for (const end of ['commit-failed', 'crash'] as const) {
        const session = createImportSession({ createWorker: () => scripted(end) });
        expect((await session.parse(new Uint8Array(1), 'balance.xlsx')).ok).toBe(true);
        await expect(
          session.commit({ sha256: 'x', partialFile: false, by: 'test' }),
        ).rejects.toThrow(SENT_BEFORE_FAILURE);
      }
      expect(seen).toEqual([
        'sent import-1',
        'forgot import-1',
        'sent import-1',
        'forgot import-1',
      ]);
    } finally {
      stop();
    }
  });

  it('refuses to commit when nothing was parsed', async () => {
    const session = createImportSession({ createWorker: () => new FakeWorker('run') });
    await expect(session.commit({ sha256: 'x', partialFile: false, by: 'test' })).rejects.toThrow(
      'Aucun fichier analysé',
    );
  });
});

describe('import session: a worker kept ready', () => {
  /** The Web Worker as the window sees it: made by `new Worker`, running the real handler. */
  class ReadyWorker extends FakeWorker {
    static made: ReadyWorker[] = [];
    constructor() {
      super('run');
      ReadyWorker.made.push(this);
    }
  }

  it('parses in the worker started before the file was chosen, and starts the next after', async () => {
    vi.stubGlobal('Worker', ReadyWorker);
    ReadyWorker.made = [];
    try {
      const release = keepImportWorkerReady();
      expect(ReadyWorker.made).toHaveLength(1);
      const [ready] = ReadyWorker.made;
      const session = createImportSession();
      const result = await session.parse(
        fixture('sage100_balance_agee_2026-10-31.xlsx'),
        'sage100_balance_agee_2026-10-31.xlsx',
      );
      expect(result.ok).toBe(true);
      // No worker made when the file came: the one kept ready holds the parsed balance.
      expect(ReadyWorker.made).toHaveLength(1);
      expect(ready?.terminated).toBe(false);

      vi.useFakeTimers();
      session.dispose();
      expect(ready?.terminated).toBe(true);
      // The next one waits until this file's work is drawn.
      expect(ReadyWorker.made).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      expect(ReadyWorker.made).toHaveLength(2);
      release();
      expect(ReadyWorker.made[1]?.terminated).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
