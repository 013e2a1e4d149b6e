/**
 * Hand-computed décomptes. Each figure below was worked out with pencil and paper:
 * interest = base × rate × days / 365 (or 366), rounded half-up per line.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import type { Decompte } from './decompte';
import { type ClaimInvoice, computeDecompte, lineInterest } from './interest';
import { defaultInterestSettings, type InterestSettings } from './interestSettings';
import { cents } from './money';
import { buildRateBook } from './rates';

const rates = buildRateBook();

function settings(overrides: Partial<InterestSettings> = {}): InterestSettings {
  return { ...defaultInterestSettings(), ...overrides };
}

function invoice(overrides: Partial<ClaimInvoice> & Pick<ClaimInvoice, 'dueDate'>): ClaimInvoice {
  return { invoiceId: 'f1', number: 'F-1023', principalCents: cents(100_000), ...overrides };
}

function decompte(
  invoices: ClaimInvoice[],
  asOf: string,
  options: Partial<InterestSettings> = {},
): Decompte {
  const result = computeDecompte({
    invoices,
    asOf: isoDate(asOf),
    settings: settings(options),
    rates,
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.decompte;
}

/** [from, to, days, rate ‰‰, base, interest] for compact tables. */
function lineTuples(d: Decompte) {
  return d.invoices.flatMap((i) =>
    i.lines.map((l) => [l.from, l.to, l.days, l.milliPercent, l.baseCents, l.interestCents]),
  );
}

describe('computeDecompte — L441-10 lines', () => {
  it.each([
    {
      title: 'due 15/03, computed on 16/03: one day (13,15 %)',
      inv: invoice({ dueDate: isoDate('2025-03-15') }),
      asOf: '2025-03-16',
      // 1 000,00 × 13,15 % × 1 / 365 = 0,3603 -> 0,36
      lines: [['2025-03-16', '2025-03-16', 1, 13_150, 100_000, 36]],
    },
    {
      title: 'a period spanning two semesters is split at 1 July',
      inv: invoice({ dueDate: isoDate('2025-05-31'), principalCents: cents(1_000_000) }),
      asOf: '2025-07-31',
      // 10 000 × 13,15 % × 30/365 = 108,082 -> 108,08 ; 10 000 × 12,15 % × 31/365 = 103,192 -> 103,19
      lines: [
        ['2025-06-01', '2025-06-30', 30, 13_150, 1_000_000, 10_808],
        ['2025-07-01', '2025-07-31', 31, 12_150, 1_000_000, 10_319],
      ],
    },
    {
      title: 'leap year, days/365 by default',
      inv: invoice({ dueDate: isoDate('2024-02-15'), principalCents: cents(500_000) }),
      asOf: '2024-03-31',
      // 16/02 -> 31/03/2024 = 14 + 31 = 45 days ; 5 000 × 14,5 % × 45/365 = 89,384 -> 89,38
      lines: [['2024-02-16', '2024-03-31', 45, 14_500, 500_000, 8_938]],
    },
    {
      title: 'leap year, days/366 when the setting asks for it',
      inv: invoice({ dueDate: isoDate('2024-02-15'), principalCents: cents(500_000) }),
      asOf: '2024-03-31',
      options: { dayCount: 'actual/actual' as const },
      // 5 000 × 14,5 % × 45/366 = 89,139 -> 89,14
      lines: [['2024-02-16', '2024-03-31', 45, 14_500, 500_000, 8_914]],
    },
    {
      title: 'across new year with days/366: 365 days in 2023, 366 in 2024',
      inv: invoice({ dueDate: isoDate('2023-12-15'), principalCents: cents(200_000) }),
      asOf: '2024-01-15',
      options: { dayCount: 'actual/actual' as const },
      // 2 000 × 14 % × 16/365 = 12,274 -> 12,27 ; 2 000 × 14,5 % × 15/366 = 11,885 -> 11,89
      lines: [
        ['2023-12-16', '2023-12-31', 16, 14_000, 200_000, 1_227],
        ['2024-01-01', '2024-01-15', 15, 14_500, 200_000, 1_189],
      ],
    },
    {
      title: 'taux légal (tous les autres cas)',
      inv: invoice({ dueDate: isoDate('2025-06-30') }),
      asOf: '2025-07-30',
      options: { basis: { kind: 'taux-legal' as const, creditor: 'autres' as const } },
      // 1 000 × 2,76 % × 30/365 = 2,268 -> 2,27
      lines: [['2025-07-01', '2025-07-30', 30, 2_760, 100_000, 227]],
    },
    {
      title: 'contractual rate at the floor is accepted and not split by semester',
      inv: invoice({ dueDate: isoDate('2024-03-31') }),
      asOf: '2024-05-31',
      options: { basis: { kind: 'contractual' as const, ratePercent: 15.21 } },
      // 3 × 5,07 % = 15,21 % ; 1 000 × 15,21 % × 61/365 = 25,420 -> 25,42
      lines: [['2024-04-01', '2024-05-31', 61, 15_210, 100_000, 2_542]],
    },
  ])('$title', ({ inv, asOf, options, lines }) => {
    expect(lineTuples(decompte([inv], asOf, options))).toEqual(lines);
  });
});

describe('computeDecompte — totals, payments and indemnities', () => {
  it('zero-day case: computed on the due date, nothing accrues and no indemnity is due', () => {
    const d = decompte([invoice({ dueDate: isoDate('2025-03-15') })], '2025-03-15');
    expect(d.invoices[0]?.lines).toEqual([]);
    expect(d.totals).toMatchObject({
      interestCents: 0,
      indemnitiesCents: 0,
      totalDueCents: 100_000,
    });
  });

  it('two semesters: total = principal + sum of rounded lines + 40 €', () => {
    const d = decompte(
      [invoice({ dueDate: isoDate('2025-05-31'), principalCents: cents(1_000_000) })],
      '2025-07-31',
    );
    expect(d.totals).toMatchObject({
      principalCents: 1_000_000,
      interestCents: 21_127,
      indemnitiesCents: 4_000,
      totalDueCents: 1_025_127,
    });
  });

  it('partial payment: imputed to interest first, the base drops from the next day', () => {
    const inv = invoice({
      dueDate: isoDate('2025-01-31'),
      principalCents: cents(1_000_000),
      payments: [{ date: isoDate('2025-03-02'), cents: cents(400_000) }],
    });
    const d = decompte([inv], '2025-03-31');
    // 01/02 -> 02/03 = 30 days: 10 000 × 13,15 % × 30/365 = 108,08. The 4 000 € pay 108,08 of
    // interest and 3 891,92 of principal: base 6 108,08 from 03/03 for 29 days = 63,82.
    expect(lineTuples(d)).toEqual([
      ['2025-02-01', '2025-03-02', 30, 13_150, 1_000_000, 10_808],
      ['2025-03-03', '2025-03-31', 29, 13_150, 610_808, 6_382],
    ]);
    expect(d.invoices[0]?.payments[0]).toMatchObject({
      toInterestCents: 10_808,
      toPrincipalCents: 389_192,
    });
    expect(d.totals).toMatchObject({
      paymentsCents: 400_000,
      outstandingPrincipalCents: 610_808,
      interestCents: 17_190,
      interestDueCents: 6_382,
      indemnitiesCents: 4_000,
      totalDueCents: 621_190,
    });
  });

  it.each([
    // Paid in full on 30/10 against the principal: 30 days of interest stay due, plus 40 €.
    [
      'principal-first' as const,
      [['2025-10-01', '2025-10-30', 30, 12_150, 300_000, 2_996]],
      0,
      6_996,
    ],
    // The same 3 000 € imputed to interest first leave 29,96 of principal, which keeps accruing.
    [
      'interest-first' as const,
      [
        ['2025-10-01', '2025-10-30', 30, 12_150, 300_000, 2_996],
        ['2025-10-31', '2025-11-23', 24, 12_150, 2_996, 24],
      ],
      2_996,
      7_020,
    ],
  ])(
    'paid principal keeps interest and indemnity claimable (%s)',
    (imputation, lines, principal, total) => {
      const inv = invoice({
        dueDate: isoDate('2025-09-30'),
        principalCents: cents(300_000),
        payments: [{ date: isoDate('2025-10-30'), cents: cents(300_000) }],
      });
      const d = decompte([inv], '2025-11-23', { imputation });
      expect(lineTuples(d)).toEqual(lines);
      expect(d.totals.outstandingPrincipalCents).toBe(principal);
      expect(d.totals.indemnitiesCents).toBe(4_000);
      expect(d.totals.totalDueCents).toBe(total);
    },
  );

  it('40 € per late invoice, none for an invoice not yet due', () => {
    const d = decompte(
      [
        invoice({ invoiceId: 'a', number: 'A', dueDate: isoDate('2025-09-01') }),
        invoice({ invoiceId: 'b', number: 'B', dueDate: isoDate('2025-10-01') }),
        invoice({ invoiceId: 'c', number: 'C', dueDate: isoDate('2025-12-31') }),
      ],
      '2025-11-23',
    );
    expect(d.invoices.map((i) => i.indemnityCents)).toEqual([4_000, 4_000, 0]);
    expect(d.totals.indemnitiesCents).toBe(8_000);
  });

  it('credit notes reduce the total, not the interest base', () => {
    const result = computeDecompte({
      invoices: [invoice({ dueDate: isoDate('2025-03-15') })],
      credits: [{ id: 'av', number: 'AV-12', label: 'Avoir', cents: cents(-20_000) }],
      asOf: isoDate('2025-03-16'),
      settings: settings(),
      rates,
    });
    expect(result.ok && result.decompte.totals).toMatchObject({
      creditsCents: -20_000,
      totalDueCents: 100_000 + 36 + 4_000 - 20_000,
    });
  });

  it('can be recomputed at any date: later dates only add days', () => {
    const inv = invoice({ dueDate: isoDate('2025-05-31'), principalCents: cents(1_000_000) });
    const early = decompte([inv], '2025-06-30').totals.interestCents;
    const late = decompte([inv], '2025-07-31').totals.interestCents;
    expect(early).toBe(10_808);
    expect(late).toBe(21_127);
  });
});

describe('computeDecompte — contractual rate below its legal floor', () => {
  it.each([
    {
      title: 'one semester: 5 % is raised to 3 × 5,07 % = 15,21 %',
      inv: invoice({ dueDate: isoDate('2024-03-31') }),
      asOf: '2024-05-31',
      ratePercent: 5,
      // 1 000 × 15,21 % × 61/365 = 25,419 -> 25,42
      lines: [['2024-04-01', '2024-05-31', 61, 15_210, 100_000, 2_542]],
      interest: 2_542,
      note:
        'Le taux contractuel de 5,00 % étant inférieur au minimum légal de 15,21 % (3 × 5,07 %) ' +
        'pour le 1ᵉʳ semestre 2024, ce minimum est appliqué (C. com. L441-10).',
    },
    {
      title: 'across two semesters: the floor where 10 % is below it, 10 % where it is not',
      inv: invoice({ dueDate: isoDate('2025-05-31') }),
      asOf: '2025-07-31',
      ratePercent: 10,
      // 2025 S1: 3 × 3,71 % = 11,13 % > 10 % -> 1 000 × 11,13 % × 30/365 = 9,148 -> 9,15
      // 2025 S2: 3 × 2,76 % = 8,28 % < 10 % -> 1 000 × 10 % × 31/365 = 8,493 -> 8,49
      lines: [
        ['2025-06-01', '2025-06-30', 30, 11_130, 100_000, 915],
        ['2025-07-01', '2025-07-31', 31, 10_000, 100_000, 849],
      ],
      interest: 1_764,
      note:
        'Le taux contractuel de 10,00 % étant inférieur au minimum légal de 11,13 % (3 × 3,71 %) ' +
        'pour le 1ᵉʳ semestre 2025, ce minimum est appliqué (C. com. L441-10).',
    },
    {
      title: 'across two semesters with two different floors',
      inv: invoice({ dueDate: isoDate('2024-12-15'), principalCents: cents(1_000_000) }),
      asOf: '2025-01-14',
      ratePercent: 5,
      // 2024 S2: 3 × 4,92 % = 14,76 % -> 10 000 × 14,76 % × 16/365 = 64,701 -> 64,70
      // 2025 S1: 3 × 3,71 % = 11,13 % -> 10 000 × 11,13 % × 14/365 = 42,690 -> 42,69
      lines: [
        ['2024-12-16', '2024-12-31', 16, 14_760, 1_000_000, 6_470],
        ['2025-01-01', '2025-01-14', 14, 11_130, 1_000_000, 4_269],
      ],
      interest: 10_739,
      note:
        'Le taux contractuel de 5,00 % étant inférieur au minimum légal (3 × le taux de ' +
        'l’intérêt légal) pour les semestres suivants, ce minimum est appliqué (C. com. L441-10) : ' +
        '2ᵉ semestre 2024, 14,76 % (3 × 4,92 %) ; 1ᵉʳ semestre 2025, 11,13 % (3 × 3,71 %).',
    },
  ])('$title', ({ inv, asOf, ratePercent, lines, interest, note }) => {
    const d = decompte([inv], asOf, { basis: { kind: 'contractual', ratePercent } });
    expect(lineTuples(d)).toEqual(lines);
    expect(d.totals.interestCents).toBe(interest);
    expect(d.conventions.map((c) => c.replaceAll('\u00a0', ' '))).toContain(note);
    expect(d.unconfirmedRates).toEqual([]);
  });

  it('says nothing when the contractual rate is at or above the floor', () => {
    const d = decompte([invoice({ dueDate: isoDate('2024-03-31') })], '2024-05-31', {
      basis: { kind: 'contractual', ratePercent: 15.21 },
    });
    expect(d.floors).toEqual([]);
    expect(d.conventions.join(' ')).not.toContain('minimum légal');
  });

  it('a floor made of a provisional taux légal is an unconfirmed rate', () => {
    const d = decompte([invoice({ dueDate: isoDate('2026-06-30') })], '2026-07-31', {
      basis: { kind: 'contractual', ratePercent: 5 },
    });
    // 3 × 2,62 % (provisional 2026 S2) = 7,86 % ; 1 000 × 7,86 % × 31/365 = 6,676 -> 6,68
    expect(lineTuples(d)).toEqual([['2026-07-01', '2026-07-31', 31, 7_860, 100_000, 668]]);
    expect(d.unconfirmedRates).toEqual([
      { table: 'taux-legal-autres', semester: '2026-S2', milliPercent: 2_620 },
    ]);
  });

  it('a contractual rate above a provisional floor stays confirmed (it claims no more than the contract)', () => {
    const d = decompte([invoice({ dueDate: isoDate('2026-06-30') })], '2026-07-31', {
      basis: { kind: 'contractual', ratePercent: 8 },
    });
    // 1 000 × 8 % × 31/365 = 6,795 -> 6,79
    expect(lineTuples(d)).toEqual([['2026-07-01', '2026-07-31', 31, 8_000, 100_000, 679]]);
    expect(d.unconfirmedRates).toEqual([]);
  });

  it('a semester without taux légal is still an error: its floor cannot be known', () => {
    const result = computeDecompte({
      invoices: [invoice({ dueDate: isoDate('2026-12-15') })],
      asOf: isoDate('2027-01-10'),
      settings: settings({ basis: { kind: 'contractual', ratePercent: 12 } }),
      rates,
    });
    expect(result.ok ? '' : result.errors.join(' ')).toMatch(/plancher.*1ᵉʳ semestre 2027/);
  });
});

describe('computeDecompte — missing and unconfirmed rates', () => {
  it('names the missing semester and where to add it', () => {
    const result = computeDecompte({
      invoices: [invoice({ dueDate: isoDate('2026-12-15') })],
      asOf: isoDate('2027-01-10'),
      settings: settings(),
      rates,
    });
    expect(result.ok ? '' : result.errors[0]).toMatch(/1ᵉʳ semestre 2027.*Paramètres › Taux/);
  });

  it.each([
    {
      title: 'L441-10, 2026 S2 (provisional)',
      basis: { kind: 'l441-10' as const },
      dueDate: '2026-06-15',
      expected: [{ table: 'l441-10', semester: '2026-S2', milliPercent: 12_150 }],
    },
    {
      title: 'taux légal (tous les autres cas), 2026 S2 (provisional)',
      basis: { kind: 'taux-legal' as const, creditor: 'autres' as const },
      dueDate: '2026-06-15',
      expected: [{ table: 'taux-legal-autres', semester: '2026-S2', milliPercent: 2_620 }],
    },
    {
      title: 'taux légal (particulier), 2026 S2 (provisional)',
      basis: { kind: 'taux-legal' as const, creditor: 'particulier' as const },
      dueDate: '2026-06-15',
      expected: [{ table: 'taux-legal-particulier', semester: '2026-S2', milliPercent: 6_670 }],
    },
    {
      title: 'L441-10 within 2026 S1 (confirmed)',
      basis: { kind: 'l441-10' as const },
      dueDate: '2026-01-15',
      asOf: '2026-06-30',
      expected: [],
    },
    {
      title: 'taux légal over 2022 S2 and 2023 S1 (2022 not checked against its arrêté yet)',
      basis: { kind: 'taux-legal' as const, creditor: 'autres' as const },
      dueDate: '2022-12-15',
      asOf: '2023-01-31',
      expected: [{ table: 'taux-legal-autres', semester: '2022-S2', milliPercent: 770 }],
    },
  ])('$title', ({ basis, dueDate, asOf, expected }) => {
    const d = decompte(
      [
        invoice({ dueDate: isoDate(dueDate) }),
        invoice({
          invoiceId: 'f2',
          number: 'F-1024',
          dueDate: isoDate(dueDate),
          principalCents: cents(50_000),
        }),
      ],
      asOf ?? '2026-07-31',
      { basis },
    );
    // Two invoices over the same semester: listed once.
    expect(d.unconfirmedRates).toEqual(expected);
  });

  it('no longer lists a rate once the user confirmed it, and uses the confirmed value', () => {
    const inv = invoice({ dueDate: isoDate('2026-07-31') });
    expect(decompte([inv], '2026-08-31').unconfirmedRates).toHaveLength(1);
    const confirmed = buildRateBook(undefined, [
      {
        table: 'l441-10',
        semester: '2026-S2',
        ratePercent: 12.4,
        verified: true,
        source: 'BCE',
        reference: 'Décision du Conseil des gouverneurs de la BCE du 04/06/2026',
      },
    ]);
    const result = computeDecompte({
      invoices: [inv],
      asOf: isoDate('2026-08-31'),
      settings: settings(),
      rates: confirmed,
    });
    expect(result.ok && result.decompte.unconfirmedRates).toEqual([]);
    // 1 000 × 12,4 % × 31/365 = 10,532 -> 10,53
    expect(result.ok && result.decompte.totals.interestCents).toBe(1_053);
  });
});

describe('lineInterest rounding', () => {
  it.each([
    // 18,25 × 10 % × 1/365 = exactly 0,5 cent -> 1 cent (half-up)
    [1_825, 10_000, 1, 365, 1],
    [1_824, 10_000, 1, 365, 0],
    // 10 M€ × 14,5 % × 3 650 days: exact on integers beyond 2^53
    [1_000_000_000, 14_500, 3_650, 365, 1_450_000_000],
  ])('%i cents × %i m%% × %i / %i = %i', (base, rate, days, year, expected) => {
    expect(lineInterest(cents(base), rate, days, year)).toBe(expected);
  });
});
