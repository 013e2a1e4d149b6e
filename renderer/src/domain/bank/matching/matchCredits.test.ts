/** The matching rules, each alone, then ties, tolerance and several items. */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates';
import { cents } from '../../money';
import { matchCredits } from './matchCredits';
import { nameKey, numberKeysIn } from './normalize';
import type { MatchCredit, MatchDebtor, OpenItem } from './types';

const IBAN_ALPHA = 'FR7630004008230001234567819';

const debtors: MatchDebtor[] = [
  { id: 'alpha', name: 'Alpha Industrie SARL', ibans: [IBAN_ALPHA] },
  { id: 'cafe', name: 'Café des Arts', ibans: [] },
  { id: 'delta', name: 'Delta Logistique SA', ibans: [] },
];

function item(
  id: string,
  debtorId: string,
  number: string,
  dueDate: string,
  openCents: number,
): OpenItem {
  return {
    id,
    debtorId,
    number,
    dueDate: isoDate(dueDate),
    openCents: cents(openCents),
    currency: 'EUR',
  };
}

const items: OpenItem[] = [
  item('a1', 'alpha', 'FA2026-0001', '2026-09-29', 2_069_190),
  item('a2', 'alpha', 'FA2026-0002', '2026-09-05', 1_059_666),
  item('a3', 'alpha', 'FA2026-0003', '2026-08-26', 686_877),
  item('c1', 'cafe', 'FA2026-0006', '2026-10-18', 2_054_367),
  item('c2', 'cafe', 'FA2026-0011', '2026-10-30', 50_000),
  item('d1', 'delta', 'FA2026-0010', '2026-08-03', 373_843),
  item('d2', 'delta', 'FA2026-0012', '2026-09-03', 120_000),
  item('d3', 'delta', 'FA2026-0013', '2026-10-03', 80_000),
];

let n = 0;
function credit(amountCents: number, extra: Partial<MatchCredit> = {}): MatchCredit {
  n += 1;
  return {
    key: `k${n}`,
    amountCents: cents(amountCents),
    currency: 'EUR',
    references: [],
    remittance: '',
    ...extra,
  };
}

const options = { toleranceCents: cents(500) };
const best = (c: MatchCredit, pool = items) =>
  matchCredits([c], pool, debtors, options)[0]?.candidates[0];

describe('normalisation', () => {
  it.each([
    ['VIR SEPA FACT FA2026-0001', ['2026', '0001', '20260001']],
    ['ACOMPTE FACTURE FA 2026 0003', ['2026', '0003', '20260003']],
    ['REGLEMENT F-2026-0006', ['2026', '0006', '20260006']],
  ])('reads the numbers of « %s »', (text, keys) => {
    expect([...numberKeysIn(text)].sort()).toEqual([...keys].sort());
  });

  it('keeps two numbers written side by side apart', () => {
    const keys = numberKeysIn('2026 0001 2026 0002');
    expect(keys.has('20260001')).toBe(true);
    expect(keys.has('20260002')).toBe(true);
  });

  it.each([
    ["Forges de l'Aube SARL", 'FORGES AUBE'],
    ['CAFÉ DES ARTS', 'CAFE ARTS'],
    ['Garage Müller & Fils', 'GARAGE MULLER'],
  ])('reduces « %s » to its significant words', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('matchCredits: each rule alone', () => {
  it('invoice number in the remittance and exact amount: the surest match', () => {
    expect(best(credit(2_069_190, { remittance: 'VIR SEPA FACT FA2026-0001' }))).toEqual({
      debtorId: 'alpha',
      allocations: [{ itemId: 'a1', cents: 2_069_190 }],
      unallocatedCents: 0,
      reasons: ['invoice-number', 'exact-amount'],
      confidence: 0.99,
    });
  });

  it('a number written with another prefix and dashes still matches', () => {
    expect(best(credit(2_054_367, { remittance: 'REGLEMENT F-2026-0006' }))?.allocations).toEqual([
      { itemId: 'c1', cents: 2_054_367 },
    ]);
  });

  it('a structured reference counts like the remittance text', () => {
    expect(best(credit(686_877, { references: ['FA2026-0003'] }))?.reasons).toContain(
      'invoice-number',
    );
  });

  it('a partial payment of a referenced invoice is proposed as partial', () => {
    expect(best(credit(343_438, { remittance: 'ACOMPTE FACTURE FA 2026 0003' }))).toMatchObject({
      allocations: [{ itemId: 'a3', cents: 343_438 }],
      reasons: ['invoice-number', 'partial'],
      confidence: 0.85,
    });
  });

  it('the IBAN learned from earlier matches and the exact amount of one item', () => {
    expect(best(credit(1_059_666, { payerIban: IBAN_ALPHA }))).toMatchObject({
      debtorId: 'alpha',
      allocations: [{ itemId: 'a2', cents: 1_059_666 }],
      reasons: ['iban', 'exact-amount'],
      confidence: 0.95,
    });
  });

  it("the payer's name and the exact amount, without any reference", () => {
    expect(
      best(credit(373_843, { payerName: 'DELTA LOGISTIQUE', remittance: 'VIREMENT' })),
    ).toMatchObject({
      debtorId: 'delta',
      allocations: [{ itemId: 'd1', cents: 373_843 }],
      reasons: ['name', 'exact-amount'],
      confidence: 0.9,
    });
  });

  it('the amount of the debtor’s oldest items together', () => {
    expect(best(credit(373_843 + 120_000, { payerName: 'Delta Logistique' }))).toMatchObject({
      allocations: [
        { itemId: 'd1', cents: 373_843 },
        { itemId: 'd2', cents: 120_000 },
      ],
      reasons: ['name', 'amount-set'],
    });
  });

  it('the amount of a set of items that are not the oldest', () => {
    expect(best(credit(373_843 + 80_000, { payerName: 'Delta Logistique' }))?.allocations).toEqual([
      { itemId: 'd1', cents: 373_843 },
      { itemId: 'd3', cents: 80_000 },
    ]);
  });

  it('two invoice numbers in one payment: both items, exact sum', () => {
    expect(
      best(credit(2_069_190 + 1_059_666, { remittance: 'VIR SEPA FACT FA2026-0001 FA2026-0002' })),
    ).toMatchObject({
      allocations: [
        { itemId: 'a1', cents: 2_069_190 },
        { itemId: 'a2', cents: 1_059_666 },
      ],
      reasons: ['invoice-number', 'amount-set'],
      confidence: 0.99,
    });
  });

  it('only the amount, unique in the ledger: a weak proposal', () => {
    expect(best(credit(2_054_367))).toMatchObject({ debtorId: 'cafe', confidence: 0.5 });
  });

  it('nothing plausible: no candidate', () => {
    expect(
      matchCredits([credit(48_250, { remittance: 'REMISE CHEQUES 2' })], items, debtors, options)[0]
        ?.candidates,
    ).toEqual([]);
  });
});

describe('matchCredits: ties, tolerance, third parties and double allocation', () => {
  it('within the tolerance of a referenced invoice (bank fees kept by the payer’s bank)', () => {
    expect(best(credit(2_069_190 - 350, { remittance: 'FA2026-0001' }))).toMatchObject({
      reasons: ['invoice-number', 'tolerance'],
      confidence: 0.92,
    });
  });

  it('within the tolerance of one item of a debtor found by name', () => {
    expect(best(credit(50_000 - 200, { payerName: 'CAFE DES ARTS' }))).toMatchObject({
      allocations: [{ itemId: 'c2', cents: 49_800 }],
      reasons: ['name', 'tolerance'],
    });
  });

  it('a third party paying a referenced invoice: proposed, a little less sure', () => {
    const proposal = best(
      credit(2_054_367, {
        payerName: 'Alpha Industrie',
        remittance: 'POUR LE COMPTE DE CAFE DES ARTS FA2026-0006',
      }),
    );
    expect(proposal).toMatchObject({ debtorId: 'cafe', confidence: 0.95 });
  });

  it('two items of the same amount for the same debtor: the oldest, less sure', () => {
    const twins = [...items, item('d4', 'delta', 'FA2026-0014', '2026-07-01', 120_000)];
    expect(best(credit(120_000, { payerName: 'Delta Logistique' }), twins)).toMatchObject({
      allocations: [{ itemId: 'd4', cents: 120_000 }],
      confidence: 0.75,
    });
  });

  it('two credits for the same invoice: the surer one gets it', () => {
    const [byNumber, byAmount] = matchCredits(
      [credit(2_054_367, { remittance: 'FA2026-0006' }), credit(2_054_367)],
      items,
      debtors,
      options,
    );
    expect(byNumber?.candidates[0]?.allocations).toEqual([{ itemId: 'c1', cents: 2_054_367 }]);
    expect(byAmount?.candidates).toEqual([]);
  });

  it('matches a payer owing in two currencies against the items in the credit’s own', () => {
    const owedInDollars = { ...item('d9', 'delta', 'US-2026-0001', '2026-07-01', 99_999) };
    const pool = [...items, { ...owedInDollars, currency: 'USD' }];
    // The dollar item of exactly the amount is not proposed for a credit in euros…
    expect(best(credit(99_999, { payerName: 'Delta Logistique' }), pool)?.reasons).toEqual([
      'name',
      'partial',
    ]);
    // …and the euro items are matched as when the debtor owed in euros only.
    expect(best(credit(120_000, { payerName: 'Delta Logistique' }), pool)).toMatchObject({
      debtorId: 'delta',
      allocations: [{ itemId: 'd2', cents: 120_000 }],
      reasons: ['name', 'exact-amount'],
    });
  });

  it('ignores items in another currency', () => {
    const usd = [item('u1', 'cafe', 'FA2026-0099', '2026-10-01', 77_777)].map((i) => ({
      ...i,
      currency: 'USD',
    }));
    expect(
      matchCredits([credit(77_777, { remittance: 'FA2026-0099' })], usd, debtors, options)[0]
        ?.candidates,
    ).toEqual([]);
  });
});
