/** The review screen's claim, with figures computed by hand (see domain/claim's table tests). */
import { describe, expect, it } from 'vitest';
import { sentLetter, testPolicy } from '../../../../tests/unit/claimPolicy';
import { isoDate } from '../dates';
import { cents } from '../money';
import { balanceClaim, type KnownDebtorFacts } from './balanceClaim';
import type { ParsedItem } from './types';

let row = 1;
function item(accountNo: string, number: string, dueDate: string, amount: number, open = amount) {
  row += 1;
  return {
    accountNo,
    number,
    kind: amount < 0 ? 'credit-note' : 'invoice',
    dueDate: isoDate(dueDate),
    amountCents: cents(amount),
    openCents: cents(open),
    currency: 'EUR',
    synthetic: false,
    sourceRow: row,
  } satisfies ParsedItem;
}

const asOf = isoDate('2026-03-31');

describe('balanceClaim', () => {
  it('sums the claim of what fell due, debtor by debtor, consumers from their mise en demeure', () => {
    const known = new Map<string, KnownDebtorFacts>([
      ['C002', { isConsumer: true, letters: [sentLetter('mise-en-demeure', '2026-01-15')] }],
    ]);
    const summary = balanceClaim({
      items: [
        // 1 000 × 12,15 % × 59 / 365 = 19,64 ; 40 € ; credit note −200 €
        item('C001', 'F1', '2026-01-31', 100_000),
        item('C001', 'AV1', '2026-02-10', -20_000),
        // consumer: 2,62 % from 16/01, 75 days = 5,38 ; no indemnity
        item('C002', 'F2', '2025-02-01', 100_000),
        // 400 € paid on an unknown day count at the due date: 600 × 12,15 % × 59 / 365 = 11,78
        item('C003', 'F3', '2026-01-31', 100_000, 60_000),
        // not due yet on the balance's date: not claimed
        item('C003', 'F4', '2026-04-30', 50_000),
        // nothing due: no claim at all
        item('C004', 'F5', '2026-05-31', 70_000),
      ],
      asOf,
      policy: testPolicy(),
      known,
    });
    expect(summary).toEqual({
      asOf,
      debtors: 3,
      principalCents: 260_000,
      interestCents: 1_964 + 538 + 1_178,
      indemnitiesCents: 8_000,
      creditsCents: -20_000,
      totalDueCents: 260_000 + 3_680 + 8_000 - 20_000,
      failedDebtors: 0,
    });
  });

  it('treats a debtor the ledger does not know as a professional', () => {
    const summary = balanceClaim({
      items: [item('C002', 'F2', '2025-02-01', 100_000)],
      asOf,
      policy: testPolicy(),
      known: new Map(),
    });
    expect(summary.indemnitiesCents).toBe(4_000);
    expect(summary.interestCents).toBeGreaterThan(10_000);
  });

  it('counts the debtors whose claim needs a rate the tables do not have', () => {
    const summary = balanceClaim({
      items: [item('C001', 'F1', '2026-01-31', 100_000), item('C009', 'F9', '1990-01-31', 5_000)],
      asOf,
      policy: testPolicy(),
      known: new Map(),
    });
    expect(summary.debtors).toBe(1);
    expect(summary.failedDebtors).toBe(1);
    expect(summary.firstError).toMatch(/taux/i);
  });
});
