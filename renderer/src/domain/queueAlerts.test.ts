import { describe, expect, it } from 'vitest';
import type { ActivityDetails } from './activityDetails';
import { isoDate } from './dates';
import type { Activity, Invoice, PaymentPromise } from './model';
import { cents } from './money';
import { evaluatePromise } from './promiseStatus';
import { prescriptionAlerts, promiseAlerts } from './queueAlerts';

const TODAY = isoDate('2026-11-23');

const promise: PaymentPromise = {
  id: 'p',
  debtorId: 'd1',
  kind: 'promise',
  invoiceIds: ['F-1'],
  createdAt: '2026-11-01T09:00:00.000Z',
  installments: [{ date: isoDate('2026-11-10'), cents: cents(1000), status: 'pending' }],
  status: 'active',
};

function activity(at: string, details: ActivityDetails): Activity {
  return {
    id: at,
    debtorId: 'd1',
    type: 'promise',
    at: `${at}T10:00:00.000Z`,
    by: 'x',
    text: '',
    details,
  };
}

function alertsFor(evidenceDate: string, activities: Activity[] = []) {
  const evaluation = evaluatePromise(promise, {
    openCents: cents(1000),
    evidenceDate: isoDate(evidenceDate),
    today: TODAY,
    graceDays: 3,
  });
  return promiseAlerts(
    [{ debtor: { id: 'd1', name: 'Société' }, promises: [{ promise, evaluation }], activities }],
    TODAY,
  );
}

describe('promiseAlerts', () => {
  it.each<[string, string, Activity[], string]>([
    ['no balance since the date: to verify', '2026-11-05', [], 'to-verify'],
    ['a balance after it shows it unpaid: broken', '2026-11-20', [], 'broken'],
    [
      'the status line written when it broke does not hide the alert',
      '2026-11-20',
      [activity('2026-11-20', { kind: 'promise-status', promiseId: 'p', status: 'broken' })],
      'broken',
    ],
    [
      'a call since handles it',
      '2026-11-20',
      [activity('2026-11-21', { kind: 'call', outcome: 'refus' })],
      '',
    ],
  ])('%s', (_name, evidence, activities, expected) => {
    expect(
      alertsFor(evidence, activities)
        .map((a) => a.kind)
        .join(),
    ).toBe(expected);
  });
});

describe('prescriptionAlerts (90 days ahead)', () => {
  const item = (id: string, dueDate: string): Invoice => ({
    id,
    debtorId: 'd1',
    number: id,
    kind: 'invoice',
    dueDate: isoDate(dueDate),
    amountCents: cents(100),
    openCents: cents(100),
    currency: 'EUR',
    status: 'open',
  });
  it('warns for items whose last day is near or past, nearest first', () => {
    const alerts = prescriptionAlerts(
      [
        {
          debtor: { id: 'd1', name: 'Société', isConsumer: false },
          items: [item('A', '2021-12-20'), item('B', '2021-02-01'), item('C', '2022-06-01')],
          interruptions: [],
        },
      ],
      TODAY,
    );
    expect(alerts.map((a) => `${a.item.number}:${a.daysLeft}`)).toEqual(['B:-295', 'A:27']);
  });
});
