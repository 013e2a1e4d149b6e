import { describe, expect, it, vi } from 'vitest';
import { useFreshDb } from '../../../../tests/unit/testDb';
import { bankRepo } from '../../data/repositories/bank';
import { generateDemoPortfolio } from '../../demo/generator';
import type { BankCreditRecord, CreditMatch } from '../../domain/bank';
import { isoDate } from '../../domain/dates';
import { cents } from '../../domain/money';
import { SPARE_RESTART_DELAY_MS } from '../spareWorker';
import { type BankWorkerHandle, keepBankWorkerReady, runBankJob } from './client';
import { handleBankRequest, MATCH_CHUNK } from './handleRequest';
import type { BankWorkerRequest, BankWorkerResponse } from './protocol';

/** Stands in for the Web Worker: runs the real handler, keeping what it posts. */
class FakeWorker implements BankWorkerHandle {
  onmessage: ((event: MessageEvent<BankWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: BankWorkerResponse[] = [];

  postMessage(message: BankWorkerRequest): void {
    setTimeout(() => {
      void handleBankRequest(message, (data) => {
        this.posted.push(data);
        this.onmessage?.({ data } as MessageEvent<BankWorkerResponse>);
      });
    }, 0);
  }

  terminate(): void {}
}

function credit(n: number): BankCreditRecord {
  return {
    id: `FR76|B${String(n).padStart(5, '0')}`,
    importId: 'imp',
    status: 'unmatched',
    accountId: 'FR76',
    bankReference: `B${String(n).padStart(5, '0')}`,
    bookingDate: isoDate('2026-11-24'),
    amountCents: cents(1000 + n),
    currency: 'EUR',
    references: [],
    remittance: 'VIREMENT',
    origin: `écriture ${n + 1}`,
  };
}

describe('bank worker client', () => {
  const db = useFreshDb();

  it('hands over every match, in order, although the worker posts them in chunks', async () => {
    const count = 2 * MATCH_CHUNK + 7;
    await db().bankCredits.bulkAdd(Array.from({ length: count }, (_, n) => credit(n)));
    const worker = new FakeWorker();
    const answer = await runBankJob(
      { type: 'match', toleranceCents: cents(500) },
      { createWorker: () => worker },
    );
    expect(answer.type).toBe('matched');
    const matches = (answer as { matches: CreditMatch[] }).matches;
    expect(matches.map((m) => m.creditKey)).toEqual(
      Array.from({ length: count }, (_, n) => credit(n).id),
    );
    const chunks = worker.posted.filter((r) => r.type === 'match-chunk');
    expect(chunks.map((c) => c.matches.length)).toEqual([MATCH_CHUNK, MATCH_CHUNK]);
    const last = worker.posted.at(-1);
    expect(last?.type === 'matched' && last.matches.length).toBe(7);
  });

  it('narrows the proposals sent in chunks: one open invoice is not proposed to two credits', async () => {
    // One invoice open for an amount two credits carry, one in the first chunk and one in the
    // job's answer: each was proposed the invoice alone, the first keeps it.
    const { debtors, invoices } = generateDemoPortfolio({
      seed: 5,
      debtors: 5,
      items: 30,
      asOfDate: isoDate('2026-11-23'),
    });
    const target = invoices.find((i) => i.kind === 'invoice' && i.status === 'open');
    if (!target) throw new Error('no open invoice');
    const amount = cents(987_654);
    await db().debtors.bulkPut(debtors);
    await db().invoices.bulkPut(
      invoices.map((i) => (i.id === target.id ? { ...i, openCents: amount } : i)),
    );
    const count = MATCH_CHUNK + 2;
    const twice = new Set([0, MATCH_CHUNK + 1]);
    await db().bankCredits.bulkAdd(
      Array.from({ length: count }, (_, n) => ({
        ...credit(n),
        ...(twice.has(n) ? { amountCents: amount } : {}),
      })),
    );
    const worker = new FakeWorker();
    const answer = await runBankJob(
      { type: 'match', toleranceCents: cents(500) },
      { createWorker: () => worker },
    );
    if (answer.type !== 'matched') throw new Error(JSON.stringify(answer));
    const proposing = (matches: readonly CreditMatch[]) =>
      matches
        .filter((m) => m.candidates.some((c) => c.allocations.some((a) => a.itemId === target.id)))
        .map((m) => m.creditKey);
    const sent = worker.posted.flatMap((r) =>
      r.type === 'match-chunk' || r.type === 'matched' ? r.matches : [],
    );
    expect(proposing(sent)).toEqual([credit(0).id, credit(MATCH_CHUNK + 1).id]);
    expect(proposing(answer.matches)).toEqual([credit(0).id]);
    expect(answer.matches).toHaveLength(count);
  });

  it('an import that matches hands over the credits waiting, sent before matching, with their matches', async () => {
    // Two credits waiting from an earlier statement, then a statement of MATCH_CHUNK + 3 credits;
    // a ledger where one invoice is open for exactly the first credit's amount.
    await db().bankCredits.bulkAdd([credit(90_000), credit(90_001)]);
    const { debtors, invoices } = generateDemoPortfolio({
      seed: 3,
      debtors: 5,
      items: 30,
      asOfDate: isoDate('2026-11-23'),
    });
    const paid = invoices.findIndex((i) => i.kind === 'invoice' && i.status === 'open');
    await db().debtors.bulkPut(debtors);
    await db().invoices.bulkPut(
      invoices.map((i, n) => (n === paid ? { ...i, openCents: credit(90_000).amountCents } : i)),
    );
    const count = MATCH_CHUNK + 3;
    const worker = new FakeWorker();
    const answer = await runBankJob(
      {
        type: 'import',
        bytes: new TextEncoder().encode(camtStatement(count)),
        fileName: 'releve.xml',
        match: { toleranceCents: cents(500) },
      },
      { createWorker: () => worker },
    );
    if (answer.type !== 'imported') throw new Error(JSON.stringify(answer));
    expect(answer.result.added).toBe(count);
    const waiting = answer.waiting ?? [];
    expect(waiting).toHaveLength(count + 2);
    expect(waiting.every((c) => c.status === 'unmatched')).toBe(true);
    expect(new Set(waiting.map((c) => c.id))).toEqual(
      new Set([
        credit(90_000).id,
        credit(90_001).id,
        ...Array.from({ length: count }, (_, n) => `FR7630004008230001234567819|R${n}`),
      ]),
    );
    // In the order the page's list reads them: read again, the page keeps the list it drew.
    expect(waiting.map((c) => c.id)).toEqual(
      (await bankRepo.credits('unmatched')).map((c) => c.id),
    );
    // The matches cover exactly the credits handed over, in the same order.
    expect(answer.matches?.map((m) => m.creditKey)).toEqual(waiting.map((c) => c.id));
    // With the names their best proposals show.
    const named = (answer.matches ?? []).flatMap((m) => m.candidates.slice(0, 1));
    expect(named.length).toBeGreaterThan(0);
    for (const best of named) {
      expect(answer.labels?.debtors.get(best.debtorId)?.name).toBeTruthy();
      for (const a of best.allocations) expect(answer.labels?.items.get(a.itemId)).toBeTruthy();
    }
    // The credits went first, in chunks, while the matching was still to come.
    const kinds = worker.posted.map((r) => r.type).filter((t) => t.endsWith('-chunk'));
    expect(kinds).toEqual(['waiting-chunk', 'match-chunk']);
    const storedIds = (await db().bankCreditBatches.toArray()).flatMap((b) =>
      b.credits.map((c) => c.id),
    );
    expect(storedIds).toHaveLength(count);
  });

  it('hands the tail of a large statement to the helper, and stores every credit in file order', async () => {
    const count = 4_600;
    const bytes = new TextEncoder().encode(camtStatement(count));
    expect(bytes.length).toBeGreaterThan(1_000_000);
    const answered: unknown[] = [];
    const helper = new FakeWorker();
    const answerOnPort = helper.postMessage.bind(helper);
    helper.postMessage = (message) => {
      if (message.type === 'read-tail') {
        const send = message.port.postMessage.bind(message.port);
        message.port.postMessage = (answer: unknown) => {
          answered.push(answer);
          send(answer);
        };
      }
      answerOnPort(message);
    };
    const answer = await runBankJob(
      { type: 'import', bytes, fileName: 'releve.xml', match: { toleranceCents: cents(500) } },
      { createWorker: () => new FakeWorker(), createHelper: () => helper },
    );
    if (answer.type !== 'imported') throw new Error(JSON.stringify(answer));
    expect(answer.result.added).toBe(count);
    // The helper read a tail of more than half the credits, and the job took its answer.
    expect(answered).toHaveLength(1);
    const tail = answered[0] as { ok: boolean; statement: { credits: unknown[] } };
    expect(tail.ok).toBe(true);
    expect(tail.statement.credits.length).toBeGreaterThan(count / 2);
    expect(tail.statement.credits.length).toBeLessThan(count);
    expect((await bankRepo.credits('unmatched')).map((c) => c.bankReference)).toEqual(
      Array.from({ length: count }, (_, n) => `R${n}`).sort(),
    );
  });

  it('reads the whole statement itself when its helper crashes', async () => {
    const count = 4_600;
    const bytes = new TextEncoder().encode(camtStatement(count));
    let port: MessagePort | undefined;
    const helper: BankWorkerHandle = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        if (message.type !== 'read-tail') return;
        port = message.port;
        // It takes the tail and dies without answering.
        port.onmessage = () =>
          setTimeout(() => helper.onerror?.({ message: 'crash' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    const answer = await runBankJob(
      { type: 'import', bytes, fileName: 'releve.xml' },
      { createWorker: () => new FakeWorker(), createHelper: () => helper },
    );
    port?.close();
    if (answer.type !== 'imported') throw new Error(JSON.stringify(answer));
    expect(answer.result.added).toBe(count);
    expect(port).toBeDefined();
  });
});

/** A CAMT.053 statement of `count` credits of 1,00 € and more, its balances consistent. */
function camtStatement(count: number): string {
  const euros = (value: number) => (value / 100).toFixed(2);
  const entries = Array.from(
    { length: count },
    (_, n) =>
      `<Ntry><Amt Ccy="EUR">${euros(100 + n)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-24</Dt></BookgDt><AcctSvcrRef>R${n}</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>VIREMENT ${n}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
  );
  const total = (count * (count - 1)) / 2 + count * 100;
  const balance = (code: string, amount: number) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${euros(amount)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-24</Dt></Dt></Bal>`;
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>T</MsgId></GrpHdr><Stmt><Id>T-1</Id><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct>${balance('OPBD', 0)}${balance('CLBD', total)}${entries.join('')}</Stmt></BkToCstmrStmt></Document>`;
}

/** Stands in for the browser's Worker: records what each instance is sent, answers a job. */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  onmessage: ((event: MessageEvent<BankWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: string[] = [];
  terminated = false;

  constructor() {
    RecordingWorker.made.push(this);
  }

  postMessage(message: BankWorkerRequest): void {
    this.sent.push(message.type);
    if (message.type === 'warm') return;
    const answer: BankWorkerResponse = {
      type: 'matched',
      matches: [],
      narrowed: [],
      labels: { debtors: new Map(), items: new Map() },
    };
    setTimeout(() => this.onmessage?.({ data: answer } as MessageEvent<BankWorkerResponse>), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A match job on fake timers: the recording worker answers in a timer of its own. */
async function job() {
  const answer = runBankJob({ type: 'match', toleranceCents: cents(500) });
  await vi.advanceTimersByTimeAsync(0);
  return answer;
}

describe('a worker kept ready', () => {
  it('takes the next job warm, starts the next spare after it, and is let go when released', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    vi.useFakeTimers();
    RecordingWorker.made = [];
    try {
      const release = keepBankWorkerReady();
      // The job's worker and an import's helper.
      expect(RecordingWorker.made).toHaveLength(2);
      const [ready, helper] = RecordingWorker.made;
      expect(ready?.sent).toEqual(['warm']);
      expect(helper?.sent).toEqual(['warm']);

      const answer = await job();
      expect(answer.type).toBe('matched');
      // The job ran in the worker already warm, which then ended.
      expect(ready?.sent).toEqual(['warm', 'match']);
      expect(ready?.terminated).toBe(true);
      // A match needs no helper: it stays ready.
      expect(helper?.terminated).toBe(false);
      // A new spare, warmed once the answer is drawn, waits for the next job.
      expect(RecordingWorker.made).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      expect(RecordingWorker.made).toHaveLength(3);
      const next = RecordingWorker.made[2];
      expect(next?.sent).toEqual(['warm']);

      release();
      expect(next?.terminated).toBe(true);
      expect(helper?.terminated).toBe(true);
      await job();
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      // Nobody keeps one any more: a job gets its own worker and leaves no spare behind.
      expect(RecordingWorker.made).toHaveLength(4);
      expect(RecordingWorker.made[3]?.sent).toEqual(['match']);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('starts no spare after a job when the page is left before the spare was due', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    vi.useFakeTimers();
    RecordingWorker.made = [];
    try {
      const release = keepBankWorkerReady();
      await job();
      release();
      await vi.advanceTimersByTimeAsync(SPARE_RESTART_DELAY_MS);
      expect(RecordingWorker.made).toHaveLength(2);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
