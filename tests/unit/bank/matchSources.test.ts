/**
 * What the match job reads, from the queue summary rather than the rows: every open invoice
 * once, as its row holds it (currency included), closed items, credit notes and settled rows left
 * out; every debtor with its name and the payer IBANs learned, kept up to date by the writes.
 */
import { describe, expect, it } from 'vitest';
import { bankRepo } from '../../../renderer/src/data/repositories/bank';
import { generateDemoPortfolio } from '../../../renderer/src/demo/generator';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { Invoice } from '../../../renderer/src/domain/model';
import { ZERO_CENTS } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

const byId = <T extends { id: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const matchFields = (i: Pick<Invoice, keyof MatchItem>): MatchItem => ({
  id: i.id,
  debtorId: i.debtorId,
  number: i.number,
  dueDate: i.dueDate,
  openCents: i.openCents,
  currency: i.currency,
});
type MatchItem = Pick<Invoice, 'id' | 'debtorId' | 'number' | 'dueDate' | 'openCents' | 'currency'>;

describe('bank match sources', () => {
  const db = useFreshDb();
  const ledger = () =>
    generateDemoPortfolio({ seed: 3, debtors: 10, items: 60, asOfDate: isoDate('2026-11-23') });

  it.each([0, 1, 5, 37, 60])('reads every open invoice once (%i rows)', async (count) => {
    const { debtors, invoices } = ledger();
    // One item in dollars: matched only by a credit in dollars.
    const rows = invoices.slice(0, count).map((i, n) => (n === 2 ? { ...i, currency: 'USD' } : i));
    await db().debtors.bulkPut(debtors);
    await db().invoices.bulkPut(rows);
    const { items } = await bankRepo.matchSources();
    const open = rows.filter((i) => i.status === 'open' && i.kind === 'invoice' && i.openCents > 0);
    expect(byId(items.map(matchFields))).toEqual(byId(open.map(matchFields)));
  });

  it('follows a payment and a learned IBAN written after the rows', async () => {
    const { debtors, invoices } = ledger();
    await db().debtors.bulkPut(debtors);
    await db().invoices.bulkPut(invoices);
    const paid = invoices.find((i) => i.status === 'open' && i.kind === 'invoice') as Invoice;
    await db().invoices.update(paid.id, { openCents: ZERO_CENTS, status: 'paid' });
    const debtor = debtors[0]?.id as string;
    await db().debtors.update(debtor, { payerIbans: ['FR7630004000031234567890143'] });

    const sources = await bankRepo.matchSources();
    expect(sources.items.some((i) => i.id === paid.id)).toBe(false);
    expect(sources.debtors).toHaveLength(debtors.length);
    expect(sources.debtors.find((d) => d.id === debtor)).toEqual({
      id: debtor,
      name: debtors[0]?.name,
      accountNo: debtors[0]?.accountNo,
      ibans: ['FR7630004000031234567890143'],
    });
  });
});
