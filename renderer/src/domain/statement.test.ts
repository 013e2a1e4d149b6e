import { describe, expect, it } from 'vitest';
import { testPolicy } from '../../../tests/unit/claimPolicy';
import { computeClaim } from './claim';
import { isoDate } from './dates';
import { openItemLines } from './debtorFile';
import type { Debtor, Invoice } from './model';
import { cents } from './money';
import { buildStatement, statementClaimItems, statementContact } from './statement';

const debtor: Debtor = {
  id: 'd1',
  accountNo: '41100001',
  name: 'Transports Girard SAS',
  addressLines: [],
  contacts: [
    { id: 'c1', name: 'Paul Martin', role: 'daf' },
    { id: 'c2', name: 'Anne Roux', role: 'comptabilite-fournisseurs' },
  ],
  tags: [],
  status: 'active',
};

const item = (
  number: string,
  dueDate: string,
  openCents: number,
  over: Partial<Invoice> = {},
): Invoice => ({
  id: number,
  debtorId: 'd1',
  number,
  kind: openCents < 0 ? 'credit-note' : 'invoice',
  dueDate: isoDate(dueDate),
  amountCents: cents(openCents),
  openCents: cents(openCents),
  currency: 'EUR',
  status: 'open',
  ...over,
});

describe('relevé de compte', () => {
  it('states every open item with the balance, the overdue and the not yet due', () => {
    const items = [
      item('FA-1', '2026-09-30', 120_000),
      item('AV-1', '2026-11-10', -20_000),
      item('FA-2', '2026-12-31', 50_000),
      item('FA-0', '2026-01-31', 99_999, { status: 'paid', openCents: cents(0) }),
      item('FA-3', '2026-10-15', 30_000, { status: 'disputed' }),
    ];
    const lines = openItemLines(items, isoDate('2026-11-23'), [30, 60, 90, 180], [], []);
    const claimed = computeClaim({
      debtor,
      items: statementClaimItems(items, isoDate('2026-11-24')),
      payments: [],
      letters: [],
      asOf: isoDate('2026-11-24'),
      policy: testPolicy(),
    });
    if (!claimed.ok) throw new Error(claimed.errors.join(' '));
    const statement = buildStatement({
      debtor,
      lines,
      asOfDate: isoDate('2026-11-23'),
      date: isoDate('2026-11-24'),
      boundaries: [30, 60, 90, 180],
      claim: claimed.claim,
    });
    // Claimed: the overdue undisputed invoice, the credit deducted; listed only: FA-2, FA-3.
    expect(statement.claim.decompte.invoices.map((i) => i.number)).toEqual(['FA-1']);
    expect(statement.claim.decompte.totals.creditsCents).toBe(-20_000);
    expect(statement.lines.map((l) => l.number)).toEqual(['FA-1', 'FA-3', 'AV-1', 'FA-2']);
    expect(statement.balanceCents).toBe(180_000);
    expect(statement.notDueCents).toBe(50_000);
    expect(statement.overdueCents).toBe(130_000);
    expect(statement.buckets.d31_60).toBe(150_000);
    expect(statement.lines.find((l) => l.number === 'FA-3')?.disputed).toBe(true);
    expect(statement.contact?.name).toBe('Anne Roux');
  });

  it('addresses nobody in particular when there is no contact', () => {
    expect(statementContact([])).toBeUndefined();
  });
});
