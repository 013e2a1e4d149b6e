/**
 * A statement imported into a real ledger (October's balance from the import fixtures): stored
 * once, matched, confirmed — dated payments, balances lowered, the promise kept, the claim
 * deducting the payment on its day — and a match undone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankRepo, type MatchDecision } from '../../../renderer/src/data/repositories/bank';
import { promisesRepo } from '../../../renderer/src/data/repositories/promises';
import type { CreditMatch } from '../../../renderer/src/domain/bank';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';
import { sha256Hex } from '../../../renderer/src/shared/sha256';
import { handleBankRequest } from '../../../renderer/src/workers/bank/handleRequest';
import type { BankWorkerResponse } from '../../../renderer/src/workers/bank/protocol';
import { createImportHandler } from '../../../renderer/src/workers/spreadsheet/handleRequest';
import type { ImportWorkerResponse } from '../../../renderer/src/workers/spreadsheet/protocol';
import { testPolicy } from '../claimPolicy';
import { useFreshDb } from '../testDb';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

async function importBalance(name: string) {
  const posted: ImportWorkerResponse[] = [];
  const handle = createImportHandler((r) => posted.push(r));
  await handle({ type: 'parse', bytes: fixture(`import/${name}`), fileName: name, options: {} });
  await handle({ type: 'commit', meta: { sha256: name, partialFile: false, by: 'test' } });
  const last = posted.at(-1);
  if (last?.type !== 'committed') throw new Error(JSON.stringify(last));
}

async function bankJob(request: Parameters<typeof handleBankRequest>[0]) {
  const posted: BankWorkerResponse[] = [];
  await handleBankRequest(request, (r) => posted.push(r));
  const answer = posted.at(-1);
  if (!answer || answer.type === 'progress') throw new Error('pas de réponse');
  return answer;
}

const NOVEMBER = 'camt053_001.02_2026-11.xml';

async function importNovemberStatement() {
  return bankJob({
    type: 'import',
    bytes: fixture(`bank/${NOVEMBER}`),
    fileName: NOVEMBER,
    sha256: 'nov',
  });
}

async function matches(): Promise<CreditMatch[]> {
  const answer = await bankJob({ type: 'match', toleranceCents: cents(500) });
  if (answer.type !== 'matched') throw new Error(JSON.stringify(answer));
  return answer.matches;
}

/** The decision a user takes by confirming a match's best proposal. */
function bestDecision(match: CreditMatch): MatchDecision {
  const best = match.candidates[0];
  if (!best) throw new Error('pas de candidat');
  return {
    creditId: match.creditKey,
    debtorId: best.debtorId,
    allocations: best.allocations.map((a) => ({ invoiceId: a.itemId, cents: a.cents })),
    reasons: best.reasons,
  };
}

describe('bank statements in the ledger', () => {
  const db = useFreshDb();

  it('stores the credits once: importing the same statement again adds nothing', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    const first = await importNovemberStatement();
    expect(first).toMatchObject({ type: 'imported', format: 'camt.053' });
    expect(first.type === 'imported' && first.result).toMatchObject({
      added: 5,
      duplicates: 0,
      debits: 2,
    });
    const again = await importNovemberStatement();
    expect(again.type === 'imported' && again.result).toMatchObject({
      importId: null,
      added: 0,
      duplicates: 5,
    });
    expect(await bankRepo.credits('unmatched')).toHaveLength(5);
    // Stored as one batch: no record per credit until its status changes.
    expect(await db().bankCreditBatches.count()).toBe(1);
    expect(await db().bankCredits.count()).toBe(0);
    expect(await db().bankImports.count()).toBe(1);
  });

  it('keeps the SHA-256 of the file as imported, digested by the worker when the page gives none', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    const bytes = fixture(`bank/${NOVEMBER}`);
    const answer = await bankJob({ type: 'import', bytes, fileName: NOVEMBER });
    expect(answer).toMatchObject({ type: 'imported', result: { added: 5 } });
    const [record] = await db().bankImports.toArray();
    expect(record?.sha256).toBe(await sha256Hex(bytes));
    expect(record?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a credit ignored, put back or matched keeps its batch facts and is never imported twice', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    await importNovemberStatement();
    const [first, second, ...others] = await bankRepo.credits('unmatched');
    if (!first || !second) throw new Error('virements absents');
    await bankRepo.setIgnored(first, true);
    expect((await bankRepo.credits('ignored')).map((c) => c.id)).toEqual([first.id]);
    expect((await bankRepo.credits('unmatched')).map((c) => c.id)).toEqual(
      [second, ...others].map((c) => c.id),
    );
    await bankRepo.setIgnored(first, false);
    expect(await bankRepo.credits('ignored')).toEqual([]);
    expect((await bankRepo.credits('unmatched')).map((c) => c.id)).toContain(first.id);

    // A credit imported before batches existed: a record of its own, still waiting.
    const { batchId: _b, ...legacy } = second;
    await db().bankCredits.put({ ...legacy, id: 'FR76|ANCIEN', bankReference: 'ANCIEN' });
    const waiting = await bankRepo.credits('unmatched');
    expect(waiting.map((c) => c.id)).toContain('FR76|ANCIEN');
    expect(waiting.filter((c) => c.id === first.id)).toHaveLength(1);

    const again = await importNovemberStatement();
    expect(again.type === 'imported' && again.result).toMatchObject({ added: 0, duplicates: 5 });
  });

  it('the import job asked to match proposes for every credit waiting, as the match job does', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    const answer = await bankJob({
      type: 'import',
      bytes: fixture(`bank/${NOVEMBER}`),
      fileName: NOVEMBER,
      sha256: 'nov',
      match: { toleranceCents: cents(500) },
    });
    if (answer.type !== 'imported') throw new Error(JSON.stringify(answer));
    const waiting = await bankRepo.credits('unmatched');
    expect(answer.matches?.map((m) => m.creditKey).sort()).toEqual(waiting.map((c) => c.id).sort());
    expect(answer.matches).toEqual(await matches());
    expect(answer.matches?.some((m) => m.candidates.length > 0)).toBe(true);
  });

  it('refuses a malformed statement with its French message and writes nothing', async () => {
    const answer = await bankJob({
      type: 'import',
      bytes: fixture('bank/bad/camt053_tronque.xml'),
      fileName: 'camt053_tronque.xml',
      sha256: 'bad',
    });
    expect(answer).toMatchObject({ type: 'failed' });
    expect(answer.type === 'failed' && answer.message).toContain('« camt053_tronque.xml », ligne');
    expect(await db().bankCredits.count()).toBe(0);
    expect(await db().bankCreditBatches.count()).toBe(0);
  });

  it('confirmed matches become dated payments, keep the promise and date the claim', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    const invoices = await db().invoices.toArray();
    const fa1 = invoices.find((i) => i.number === 'FA2026-0001');
    const fa3 = invoices.find((i) => i.number === 'FA2026-0003');
    if (!fa1 || !fa3) throw new Error('factures absentes');
    const promise = await promisesRepo.create(
      {
        debtorId: fa1.debtorId,
        kind: 'promise',
        invoiceIds: [fa1.id],
        payments: [{ date: '2026-11-10', cents: fa1.openCents }],
      },
      isoDate('2026-11-02'),
    );
    await importNovemberStatement();
    const proposals = await matches();
    const sure = proposals.filter((m) => (m.candidates[0]?.confidence ?? 0) >= 0.85);
    const credits = new Map((await bankRepo.credits('unmatched')).map((c) => [c.id, c]));
    // FA2026-0001 in full, FA2026-0003 in part, FA2026-0006 by « F-… », FA2026-0010 by name.
    expect(
      sure
        .flatMap((m) => m.candidates[0]?.allocations ?? [])
        .map((a) => invoices.find((i) => i.id === a.itemId)?.number)
        .sort(),
    ).toEqual(['FA2026-0001', 'FA2026-0003', 'FA2026-0006', 'FA2026-0010']);
    // The cheque remittance matches nothing.
    const cheque = proposals.find((m) => credits.get(m.creditKey)?.remittance.includes('CHEQUES'));
    expect(cheque?.candidates).toEqual([]);

    const outcome = await bankRepo.confirm(sure.map(bestDecision));
    expect(outcome).toEqual({ confirmed: 4, errors: [] });

    const after = new Map((await db().invoices.toArray()).map((i) => [i.number, i]));
    expect(after.get('FA2026-0001')).toMatchObject({ openCents: 0, status: 'paid' });
    expect(after.get('FA2026-0003')?.openCents).toBe(fa3.openCents - 343_438);
    const payments = (await db().payments.toArray()).filter((p) => p.source === 'bank');
    expect(
      payments.map((p) => [after.get('FA2026-0001')?.id === p.invoiceId, p.date]),
    ).toContainEqual([true, '2026-11-05']);
    expect((await db().promises.get(promise.id))?.status).toBe('kept');
    // The IBAN is learned for the next statements.
    expect((await db().debtors.get(fa1.debtorId))?.payerIbans?.[0]).toMatch(/^FR76/);

    // The claim deducts the partial payment on its bank date.
    const alpha = await db().invoices.where('debtorId').equals(fa3.debtorId).toArray();
    const claim = computeClaim({
      debtor: {},
      items: alpha,
      payments: await db().payments.where('debtorId').equals(fa3.debtorId).toArray(),
      letters: [],
      asOf: isoDate('2026-11-30'),
      policy: testPolicy(),
    });
    if (!claim.ok) throw new Error(claim.errors.join(' '));
    const line = claim.claim.decompte.invoices.find((i) => i.number === 'FA2026-0003');
    expect(line?.payments.map((p) => [p.date, p.cents])).toContainEqual(['2026-11-05', 343_438]);

    // A second confirmation of the same credit is refused in French, nothing changes.
    const first = sure[0];
    const again = await bankRepo.confirm([
      {
        creditId: first?.creditKey ?? '',
        debtorId: first?.candidates[0]?.debtorId ?? '',
        allocations: [{ invoiceId: fa3.id, cents: cents(1) }],
        reasons: [],
      },
    ]);
    expect(again.confirmed).toBe(0);
    expect(again.errors[0]).toContain('a déjà été traité');
  });

  it('undoing a match removes its payments and reopens the invoice', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    await importNovemberStatement();
    const [top] = (await matches()).filter((m) => m.candidates[0]?.confidence === 0.99);
    const best = top?.candidates[0];
    if (!top || !best) throw new Error('pas de correspondance sûre');
    const before = await db().invoices.bulkGet(best.allocations.map((a) => a.itemId));
    await bankRepo.confirm([bestDecision(top)]);
    await bankRepo.undo(top.creditKey);
    expect(await db().invoices.bulkGet(best.allocations.map((a) => a.itemId))).toEqual(before);
    expect((await db().payments.toArray()).filter((p) => p.source === 'bank')).toEqual([]);
    expect((await db().bankCredits.get(top.creditKey))?.status).toBe('unmatched');
  });

  it('the next balance recognises what the bank settled; a lagging ERP does not reopen it', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    await importNovemberStatement();
    const sure = (await matches()).filter((m) => (m.candidates[0]?.confidence ?? 0) >= 0.85);
    await bankRepo.confirm(sure.map(bestDecision));
    const settledState = await db().invoices.toArray();

    // The ERP has not posted the payments yet: October's figures again.
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    const lagging = await db().imports.orderBy('importedAt').last();
    expect(lagging?.diff).toMatchObject({ awaitingLettrage: 4 });
    const byId = new Map((await db().invoices.toArray()).map((i) => [i.id, i]));
    for (const invoice of settledState.filter((i) => i.status === 'paid')) {
      expect(byId.get(invoice.id)).toMatchObject({ openCents: 0, status: 'paid' });
    }
    expect((await db().payments.toArray()).filter((p) => p.source === 'import')).toEqual([]);
  });

  it('November’s balance confirms the four items the statement settled', async () => {
    await importBalance('sage100_balance_agee_2026-10-31.xlsx');
    await importNovemberStatement();
    const sure = (await matches()).filter((m) => (m.candidates[0]?.confidence ?? 0) >= 0.85);
    await bankRepo.confirm(sure.map(bestDecision));
    await importBalance('sage100_balance_agee_2026-11-30.xlsx');
    const november = await db().imports.orderBy('importedAt').last();
    expect(november?.diff.settledByBank).toBe(4);
    // Settled by the bank, they are not « newly paid » by the import.
    expect(november?.diff.closedItems).toBe(1);
    const numbers = new Map((await db().invoices.toArray()).map((i) => [i.id, i.number]));
    const importPayments = (await db().payments.toArray()).filter((p) => p.source === 'import');
    expect(importPayments.map((p) => numbers.get(p.invoiceId))).not.toContain('FA2026-0001');
  });
});
