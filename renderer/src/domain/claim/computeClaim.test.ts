/**
 * The claim with figures computed by hand (L441-10: 13,15 % in 2025 S1, 12,15 % from 2025 S2;
 * taux légal « autres cas » 2,62 % in 2026 S1; days / 365; each line rounded half-up).
 */
import { describe, expect, it } from 'vitest';
import { sentLetter, testPolicy } from '../../../../tests/unit/claimPolicy';
import { isoDate } from '../dates';
import type { Invoice, Payment } from '../model';
import { cents } from '../money';
import { type ClaimInput, computeClaim } from './computeClaim';

function invoice(id: string, dueDate: string, amount: number, open = amount): Invoice {
  return {
    id,
    debtorId: 'd',
    number: id,
    kind: amount < 0 ? 'credit-note' : 'invoice',
    dueDate: isoDate(dueDate),
    amountCents: cents(amount),
    openCents: cents(open),
    currency: 'EUR',
    status: 'open',
  };
}

function payment(invoiceId: string, date: string, amount: number, extra: Partial<Payment> = {}) {
  return {
    id: `${invoiceId}-${date}`,
    debtorId: 'd',
    invoiceId,
    date: isoDate(date),
    cents: cents(amount),
    source: 'manual',
    recordedAt: `${date}T10:00:00Z`,
    ...extra,
  } satisfies Payment;
}

function claim(input: Partial<ClaimInput> & Pick<ClaimInput, 'items' | 'asOf'>) {
  const result = computeClaim({
    debtor: {},
    payments: [],
    letters: [],
    policy: testPolicy(),
    ...input,
  });
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.claim;
}

describe('computeClaim', () => {
  it('splits a period across two semesters, one line per rate', () => {
    const c = claim({ items: [invoice('F1', '2025-06-15', 100_000)], asOf: isoDate('2025-07-15') });
    // 1 000 × 13,15 % × 15 / 365 = 5,404 ; 1 000 × 12,15 % × 15 / 365 = 4,993
    expect(
      c.decompte.invoices[0]?.lines.map((l) => [l.from, l.to, l.days, l.interestCents]),
    ).toEqual([
      ['2025-06-16', '2025-06-30', 15, 540],
      ['2025-07-01', '2025-07-15', 15, 499],
    ]);
    expect(c.decompte.totals).toMatchObject({ interestDueCents: 1_039, indemnitiesCents: 4_000 });
  });

  it('runs interest on the full principal until a dated payment, imputed to interest first', () => {
    const c = claim({
      items: [invoice('F1', '2026-01-31', 80_200, 30_301)],
      payments: [payment('F1', '2026-03-01', 49_899)],
      asOf: isoDate('2026-03-31'),
    });
    const [f1] = c.decompte.invoices;
    // 802,00 × 12,15 % × 29 / 365 = 7,742 ; then (802,00 − 491,25) × 12,15 % × 30 / 365 = 3,103
    expect(f1?.lines.map((l) => [l.baseCents, l.days, l.interestCents])).toEqual([
      [80_200, 29, 774],
      [31_075, 30, 310],
    ]);
    expect(f1?.payments).toEqual([
      {
        date: '2026-03-01',
        cents: 49_899,
        toInterestCents: 774,
        toPrincipalCents: 49_125,
        excessCents: 0,
      },
    ]);
    expect(c.decompte.totals).toMatchObject({
      principalCents: 80_200,
      paymentsCents: 49_899,
      outstandingPrincipalCents: 31_075,
      interestDueCents: 310,
      totalDueCents: 31_075 + 310 + 4_000,
    });
  });

  it('takes two partial payments in date order', () => {
    const c = claim({
      items: [invoice('F1', '2026-01-31', 80_200, 20_301)],
      payments: [payment('F1', '2026-03-15', 10_000), payment('F1', '2026-03-01', 49_899)],
      asOf: isoDate('2026-03-31'),
    });
    // 310,75 × 12,15 % × 14 / 365 = 1,448 ; 100,00 − 1,45 = 98,55 to principal -> 212,20
    // 212,20 × 12,15 % × 16 / 365 = 1,130
    expect(
      c.decompte.invoices[0]?.lines.map((l) => [l.baseCents, l.days, l.interestCents]),
    ).toEqual([
      [80_200, 29, 774],
      [31_075, 14, 145],
      [21_220, 16, 113],
    ]);
    expect(c.decompte.totals.totalDueCents).toBe(21_220 + 113 + 4_000);
  });

  it('deducts an open credit note from the total', () => {
    const c = claim({
      items: [invoice('F1', '2026-01-31', 100_000), invoice('AV1', '2026-02-10', -20_000)],
      asOf: isoDate('2026-03-31'),
    });
    // 1 000 × 12,15 % × 59 / 365 = 19,640
    expect(c.decompte.totals).toMatchObject({
      interestDueCents: 1_964,
      creditsCents: -20_000,
      totalDueCents: 100_000 + 1_964 + 4_000 - 20_000,
    });
  });

  it('counts what was paid without a recorded date at the due date: no interest on it', () => {
    const c = claim({
      items: [invoice('F1', '2026-01-31', 100_000, 60_000)],
      asOf: isoDate('2026-03-31'),
    });
    const [f1] = c.decompte.invoices;
    expect(f1?.payments[0]).toMatchObject({ date: '2026-01-31', cents: 40_000, dateUnknown: true });
    // 600 × 12,15 % × 59 / 365 = 11,784
    expect(f1?.lines.map((l) => [l.baseCents, l.interestCents])).toEqual([[60_000, 1_178]]);
    expect(c.decompte.totals.outstandingPrincipalCents).toBe(60_000);
  });

  it('keeps « au plus tard » on a payment an import found', () => {
    const c = claim({
      items: [invoice('F1', '2026-01-31', 100_000, 60_000)],
      payments: [payment('F1', '2026-02-28', 40_000, { source: 'import', dateIsLatest: true })],
      asOf: isoDate('2026-03-31'),
    });
    expect(c.decompte.invoices[0]?.payments).toEqual([
      expect.objectContaining({ date: '2026-02-28', cents: 40_000, dateIsLatest: true }),
    ]);
  });

  it('against a consumer, runs the taux légal from the mise en demeure, without indemnity', () => {
    const items = [invoice('F1', '2025-02-01', 100_000)];
    const consumer = { isConsumer: true };
    const before = claim({ debtor: consumer, items, asOf: isoDate('2026-03-31') });
    expect(before.decompte.totals).toMatchObject({ interestDueCents: 0, indemnitiesCents: 0 });
    const after = claim({
      debtor: consumer,
      items,
      letters: [sentLetter('mise-en-demeure', '2026-01-15')],
      asOf: isoDate('2026-03-31'),
    });
    // 16/01 -> 31/03 = 75 days: 1 000 × 2,62 % × 75 / 365 = 5,383
    expect(after.decompte.totals).toMatchObject({ interestDueCents: 538, indemnitiesCents: 0 });
    expect(after.decompte.conventions.at(-1)).toContain('C. civ. 1231-6');
  });

  it('states the reminders sent before its date and the notice with its deadline', () => {
    const letters = [
      sentLetter('relance-1', '2026-02-10', { sendMethod: 'email' }),
      sentLetter('mise-en-demeure', '2026-03-01', { deadlineDays: 15, trackingNumber: '1A 9' }),
      sentLetter('releve-de-compte', '2026-03-02'),
      sentLetter('relance-2', '2026-04-02'),
    ];
    const items = [invoice('F1', '2026-01-31', 100_000)];
    const running = claim({ items, letters, asOf: isoDate('2026-03-16') });
    expect(running.reminders.map((r) => r.templateId)).toEqual(['relance-1', 'mise-en-demeure']);
    expect(running.notice).toMatchObject({
      date: '2026-03-01',
      deadline: '2026-03-16',
      deadlinePassed: false,
      trackingNumber: '1A 9',
    });
    expect(claim({ items, letters, asOf: isoDate('2026-03-17') }).notice?.deadlinePassed).toBe(
      true,
    );
    expect(claim({ items, letters, asOf: isoDate('2026-03-01') }).notice?.deadlinePassed).toBe(
      false,
    );
    expect(claim({ items, letters, asOf: isoDate('2026-02-28') }).notice).toBeUndefined();
  });

  it('refuses a claim it cannot compute, saying why', () => {
    const result = computeClaim({
      debtor: {},
      items: [invoice('F1', '2027-06-30', 100_000)],
      payments: [],
      letters: [],
      asOf: isoDate('2027-12-31'),
      policy: testPolicy(),
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join(' ')).toMatch(/Aucun taux connu/);
  });
});
