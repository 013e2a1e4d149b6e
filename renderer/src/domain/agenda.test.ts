import { describe, expect, it } from 'vitest';
import {
  type AgendaPromise,
  agendaEntries,
  callbackKey,
  cashForecast,
  type ForecastPeriod,
  pendingCallbacks,
} from './agenda';
import { isoDate } from './dates';
import type { Activity, PaymentPromise } from './model';
import { cents } from './money';
import type { PromiseState } from './promiseStatus';

const TODAY = isoDate('2026-11-23');

function activity(id: string, at: string, extra: Partial<Activity>): Activity {
  return { id, debtorId: 'd', type: 'note', at, by: 'Camille', text: id, ...extra };
}

const reminder = (id: string, at: string, date: string) =>
  activity(id, at, { details: { kind: 'reminder', date: isoDate(date) } });
const call = (id: string, at: string, callBackOn?: string) =>
  activity(id, at, {
    type: 'call',
    details: {
      kind: 'call',
      outcome: callBackOn ? 'rappel' : 'promesse',
      ...(callBackOn ? { callBackOn: isoDate(callBackOn) } : {}),
    },
  });
const decision = (id: string, at: string, key: string, until?: string) =>
  activity(id, at, {
    type: 'action',
    details: {
      kind: 'queue-decision',
      actionKey: key,
      decision: until ? { kind: 'snoozed', until: isoDate(until) } : { kind: 'done' },
    },
  });

describe('pending callbacks', () => {
  it.each<[string, Activity[], { id: string; date: string }[]]>([
    [
      'a note with a reminder',
      [reminder('n', '2026-11-20T09:00:00Z', '2026-11-23')],
      [{ id: 'n', date: '2026-11-23' }],
    ],
    [
      'a call back promised on a call',
      [call('c', '2026-11-20T09:00:00Z', '2026-11-25')],
      [{ id: 'c', date: '2026-11-25' }],
    ],
    [
      'settled by a later call on or after its day',
      [reminder('n', '2026-11-20T09:00:00Z', '2026-11-23'), call('c2', '2026-11-23T10:00:00Z')],
      [],
    ],
    [
      'not settled by a call before its day',
      [reminder('n', '2026-11-20T09:00:00Z', '2026-11-25'), call('c2', '2026-11-23T10:00:00Z')],
      [{ id: 'n', date: '2026-11-25' }],
    ],
    [
      'marked done in the queue',
      [
        reminder('n', '2026-11-20T09:00:00Z', '2026-11-23'),
        decision('x', '2026-11-23T10:00:00Z', callbackKey('d', 'n')),
      ],
      [],
    ],
    [
      'snoozed in the queue',
      [
        reminder('n', '2026-11-20T09:00:00Z', '2026-11-23'),
        decision('x', '2026-11-23T10:00:00Z', callbackKey('d', 'n'), '2026-11-30'),
      ],
      [{ id: 'n', date: '2026-11-30' }],
    ],
    [
      'done then undone',
      [
        reminder('n', '2026-11-20T09:00:00Z', '2026-11-23'),
        decision('x', '2026-11-23T10:00:00Z', callbackKey('d', 'n')),
        activity('u', '2026-11-23T10:00:05Z', { details: { kind: 'undo', activityIds: ['x'] } }),
      ],
      [{ id: 'n', date: '2026-11-23' }],
    ],
    ['a note without a reminder', [activity('n', '2026-11-20T09:00:00Z', {})], []],
  ])('%s', (_, activities, expected) => {
    expect(
      pendingCallbacks('d', activities).map((c) => ({ id: c.activityId, date: c.date })),
    ).toEqual(expected);
  });
});

function promise(
  id: string,
  kind: 'promise' | 'plan',
  state: PromiseState,
  installments: [string, number][],
): AgendaPromise {
  const rows = installments.map(([date, euros]) => ({
    date: isoDate(date),
    cents: cents(euros * 100),
    state: 'pending' as const,
  }));
  const p: PaymentPromise = {
    id,
    debtorId: `d-${id}`,
    kind,
    invoiceIds: [],
    createdAt: '2026-11-01T00:00:00Z',
    installments: rows.map((r) => ({ date: r.date, cents: r.cents, status: 'pending' })),
    status: 'active',
  };
  return { debtorName: `Société ${id}`, promise: p, state, installments: rows };
}

describe('agenda entries', () => {
  it('lists promises, instalments and callbacks of the period by day, callbacks first', () => {
    const entries = agendaEntries(
      {
        promises: [
          promise('a', 'promise', 'active', [['2026-11-24', 1000]]),
          promise('b', 'plan', 'active', [
            ['2026-11-24', 500],
            ['2026-12-24', 500],
          ]),
          promise('c', 'promise', 'cancelled', [['2026-11-24', 99]]),
        ],
        callbacks: [
          {
            debtorId: 'z',
            debtorName: 'Zèbre',
            activityId: 'n',
            date: isoDate('2026-11-24'),
            source: 'note',
            text: 'Rappeler mardi',
            key: 'k',
          },
        ],
      },
      TODAY,
      isoDate('2026-11-30'),
    );
    expect(entries.map((e) => [e.date, e.kind, e.debtorName, e.cents ?? null, e.text])).toEqual([
      ['2026-11-24', 'reminder', 'Zèbre', null, 'Rappeler mardi'],
      ['2026-11-24', 'promise', 'Société a', 100000, 'Paiement promis'],
      ['2026-11-24', 'instalment', 'Société b', 50000, 'Échéance 1/2 de l’échéancier'],
    ]);
  });
});

describe('cash forecast', () => {
  const promises = [
    promise('a', 'promise', 'active', [['2026-11-24', 1000]]),
    promise('b', 'plan', 'active', [
      ['2026-11-20', 300],
      ['2026-11-30', 300],
      ['2026-12-31', 300],
    ]),
    // Broken: what fell before today stays expected (the shortfall); nothing after.
    promise('c', 'promise', 'broken', [
      ['2026-11-18', 200],
      ['2026-11-26', 200],
    ]),
    promise('d', 'promise', 'cancelled', [['2026-11-24', 5000]]),
  ];
  const payments = [
    { date: isoDate('2026-11-20'), cents: cents(30000) },
    { date: isoDate('2026-11-23'), cents: cents(12345) },
    { date: isoDate('2026-10-31'), cents: cents(777) },
  ];
  it.each<[ForecastPeriod, string, string, [string, string, number, number][]]>([
    [
      'day',
      '2026-11-23',
      '2026-11-25',
      [
        ['2026-11-23', '2026-11-23', 0, 12345],
        ['2026-11-24', '2026-11-24', 100000, 0],
        ['2026-11-25', '2026-11-25', 0, 0],
      ],
    ],
    [
      'week',
      '2026-11-18',
      '2026-12-06',
      [
        ['2026-11-16', '2026-11-22', 50000, 30000],
        ['2026-11-23', '2026-11-29', 100000, 12345],
        ['2026-11-30', '2026-12-06', 30000, 0],
      ],
    ],
    [
      'month',
      '2026-10-15',
      '2026-12-15',
      [
        ['2026-10-01', '2026-10-31', 0, 777],
        ['2026-11-01', '2026-11-30', 180000, 42345],
        ['2026-12-01', '2026-12-31', 30000, 0],
      ],
    ],
  ])('by %s from %s to %s', (period, from, to, expected) => {
    const buckets = cashForecast(
      { promises, payments, today: TODAY },
      period,
      isoDate(from),
      isoDate(to),
    );
    expect(buckets.map((b) => [b.start, b.end, b.expectedCents, b.collectedCents])).toEqual(
      expected,
    );
  });
  it('is empty when no day is asked', () => {
    expect(
      cashForecast({ promises, payments, today: TODAY }, 'day', TODAY, isoDate('2026-11-22')),
    ).toEqual([]);
  });
});
