/**
 * The ledger a worker kept ready indexes before its job: the same proposals as a ledger read by
 * the job, and never an index older than the last write to the ledger.
 */
import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../../../../tests/unit/testDb';
import { bankRepo } from '../../data/repositories/bank';
import { generateDemoPortfolio } from '../../demo/generator';
import { type MatchCredit, matchCredits, matchCreditsOn } from '../../domain/bank';
import { isoDate } from '../../domain/dates';
import type { Invoice } from '../../domain/model';
import { cents, ZERO_CENTS } from '../../domain/money';
import { prepareLedger, takePreparedIndex } from './preparedLedger';

const options = { toleranceCents: cents(500) };

describe('a ledger prepared while the worker waits', () => {
  const db = useFreshDb();

  async function seed() {
    const { debtors, invoices } = generateDemoPortfolio({
      seed: 5,
      debtors: 40,
      items: 400,
      asOfDate: isoDate('2026-11-23'),
    });
    await db().debtors.bulkPut(debtors);
    await db().invoices.bulkPut(invoices);
    const open = invoices.filter((i) => i.status === 'open' && i.kind === 'invoice');
    const credits: MatchCredit[] = open.slice(0, 60).map((invoice, n) => ({
      key: `c${n}`,
      amountCents: invoice.openCents,
      currency: invoice.currency,
      payerName: debtors.find((d) => d.id === invoice.debtorId)?.name,
      references: [],
      remittance: n % 2 === 0 ? `VIR FACT ${invoice.number}` : 'VIREMENT',
    }));
    return { open, credits };
  }

  it('proposes what the ledger read by the job proposes, and is taken once', async () => {
    const { credits } = await seed();
    prepareLedger();
    const prepared = takePreparedIndex();
    expect(takePreparedIndex()).toBeUndefined();
    const index = await prepared;
    if (!index) throw new Error('Aucun index préparé');
    const { items, debtors } = await bankRepo.matchLedger();
    const matches = matchCreditsOn(index, credits, options);
    expect(matches.filter((m) => m.candidates.length > 0).length).toBeGreaterThan(30);
    expect(matches).toEqual(matchCredits(credits, items, debtors, options));
  });

  it('is taken only by a job on the ledger it indexed', async () => {
    await seed();
    prepareLedger();
    expect(takePreparedIndex(`${db().name}-autre`)).toBeUndefined();
    // Taken once, even by the wrong job: the worker has one job.
    expect(takePreparedIndex()).toBeUndefined();
    prepareLedger(db());
    expect(takePreparedIndex(db().name)).toBeDefined();
  });

  it('is dropped by a write to the ledger after it was read', async () => {
    const { open } = await seed();
    prepareLedger();
    await takePreparedIndex();
    prepareLedger();
    const paid = open[0] as Invoice;
    await db().invoices.update(paid.id, { openCents: ZERO_CENTS, status: 'paid' });
    expect(takePreparedIndex()).toBeUndefined();
  });

  it('survives a write elsewhere than the ledger (a statement stored)', async () => {
    await seed();
    prepareLedger();
    await db().bankImports.add({
      id: 'imp',
      fileName: 'releve.xml',
      sha256: 'x',
      format: 'camt.053',
      importedAt: '2026-11-24T08:00:00.000Z',
      by: 'Julie Martin',
      accounts: [],
      counts: { credits: 0, duplicates: 0, debits: 0 },
    });
    expect(takePreparedIndex()).toBeDefined();
  });
});
