import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import { cents } from './money';
import { allocatePayment } from './payments';

const items = [
  { id: 'F-2', dueDate: isoDate('2026-10-15'), openCents: cents(30_000), kind: 'invoice' as const },
  { id: 'F-1', dueDate: isoDate('2026-09-15'), openCents: cents(50_000), kind: 'invoice' as const },
  {
    id: 'AV-1',
    dueDate: isoDate('2026-09-01'),
    openCents: cents(-10_000),
    kind: 'credit-note' as const,
  },
];

describe('allocatePayment', () => {
  it.each([
    [20_000, 'F-1:20000/30000', 0],
    [50_000, 'F-1:50000/0', 0],
    [60_000, 'F-1:50000/0 F-2:10000/20000', 0],
    [90_000, 'F-1:50000/0 F-2:30000/0', 10_000],
    [0, '', 0],
  ])('%i cents, oldest due date first', (received, expected, unapplied) => {
    const result = allocatePayment(items, cents(received));
    expect(
      result.allocations.map((a) => `${a.invoiceId}:${a.appliedCents}/${a.openCents}`).join(' '),
    ).toBe(expected);
    expect(result.unappliedCents).toBe(unapplied);
  });
});
