import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import type { PaymentPromise } from './model';
import { cents } from './money';
import { evaluatePromise, type PromiseState } from './promiseStatus';

const plan: PaymentPromise = {
  id: 'p',
  debtorId: 'd1',
  kind: 'plan',
  invoiceIds: ['F-1', 'F-2'],
  createdAt: '2026-10-01T09:00:00.000Z',
  installments: [
    { date: isoDate('2026-10-15'), cents: cents(30_000), status: 'pending' },
    { date: isoDate('2026-11-15'), cents: cents(30_000), status: 'pending' },
    { date: isoDate('2026-12-15'), cents: cents(40_000), status: 'pending' },
  ],
  status: 'active',
  startOpenCents: cents(100_000),
};

describe('evaluatePromise (grace 3 days)', () => {
  it.each<[string, number, string, string, PromiseState, string]>([
    ['nothing due yet', 100_000, '2026-10-10', '2026-10-10', 'active', 'pending,pending,pending'],
    ['first instalment paid', 70_000, '2026-10-20', '2026-10-20', 'active', 'paid,pending,pending'],
    [
      'within the grace period',
      100_000,
      '2026-10-18',
      '2026-10-18',
      'active',
      'pending,pending,pending',
    ],
    [
      'deadline passed, no balance since: to verify',
      100_000,
      '2026-10-19',
      '2026-10-12',
      'to-verify',
      'to-verify,pending,pending',
    ],
    [
      'deadline passed, a balance after it shows it unpaid: broken',
      100_000,
      '2026-10-25',
      '2026-10-19',
      'broken',
      'missed,pending,pending',
    ],
    [
      'partly paid is not paid',
      80_000,
      '2026-10-25',
      '2026-10-25',
      'broken',
      'missed,pending,pending',
    ],
    [
      'second instalment missed',
      70_000,
      '2026-11-30',
      '2026-11-30',
      'broken',
      'paid,missed,pending',
    ],
    ['all paid: kept', 0, '2026-12-01', '2026-12-01', 'kept', 'paid,paid,paid'],
    ['paid ahead counts', 40_000, '2026-11-20', '2026-11-20', 'active', 'paid,paid,pending'],
  ])('%s', (_name, openCents, today, evidenceDate, state, installments) => {
    const result = evaluatePromise(plan, {
      openCents: cents(openCents),
      today: isoDate(today),
      evidenceDate: isoDate(evidenceDate),
      graceDays: 3,
    });
    expect(result.state).toBe(state);
    expect(result.installments.map((i) => i.state).join(',')).toBe(installments);
  });

  it('keeps a recorded decision', () => {
    const cancelled = evaluatePromise(
      { ...plan, status: 'cancelled' },
      {
        openCents: cents(100_000),
        today: isoDate('2026-12-30'),
        evidenceDate: isoDate('2026-12-30'),
        graceDays: 3,
      },
    );
    expect(cancelled.state).toBe('cancelled');
  });

  it('measures payments against the whole promise when the start amount is unknown', () => {
    const { startOpenCents: _unknown, ...older } = plan;
    const result = evaluatePromise(older, {
      openCents: cents(70_000),
      today: isoDate('2026-10-20'),
      evidenceDate: isoDate('2026-10-20'),
      graceDays: 3,
    });
    expect(result.paidCents).toBe(30_000);
  });
});
