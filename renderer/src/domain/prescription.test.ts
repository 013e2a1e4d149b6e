import { describe, expect, it } from 'vitest';
import type { ActivityDetails } from './activityDetails';
import { isoDate } from './dates';
import type { Activity } from './model';
import { cents } from './money';
import {
  type InterruptionEvent,
  interruptionsFrom,
  prescriptionLevel,
  prescriptionOf,
} from './prescription';

const item = { id: 'F-1', dueDate: isoDate('2021-03-15') };

describe('prescriptionOf', () => {
  it.each<[string, boolean, InterruptionEvent[], string | null]>([
    ['5 years between merchants, from the due date', false, [], '2026-03-15'],
    ['2 years against a consumer', true, [], '2023-03-15'],
    [
      'restarted in full by a written acknowledgement',
      false,
      [{ date: isoDate('2024-06-01'), cause: 'acknowledgement' }],
      '2029-06-01',
    ],
    [
      'restarted by a partial payment on the item',
      false,
      [{ date: isoDate('2022-01-10'), cause: 'partial-payment', invoiceIds: ['F-1'] }],
      '2027-01-10',
    ],
    [
      'not by a payment on another item',
      false,
      [{ date: isoDate('2022-01-10'), cause: 'partial-payment', invoiceIds: ['F-2'] }],
      '2026-03-15',
    ],
    [
      'restarted by a payment plan, consumer: 2 more years',
      true,
      [{ date: isoDate('2022-09-30'), cause: 'payment-plan' }],
      '2024-09-30',
    ],
    [
      'the latest interruption wins',
      false,
      [
        { date: isoDate('2022-01-10'), cause: 'payment-plan' },
        { date: isoDate('2023-05-02'), cause: 'acknowledgement' },
      ],
      '2028-05-02',
    ],
    [
      'an event before the due date changes nothing',
      false,
      [{ date: isoDate('2021-01-01'), cause: 'acknowledgement' }],
      '2026-03-15',
    ],
    [
      'held while a court claim is pending',
      false,
      [{ date: isoDate('2025-01-20'), cause: 'court-claim' }],
      null,
    ],
    [
      'restarted by an enforcement act',
      false,
      [{ date: isoDate('2025-02-01'), cause: 'enforcement' }],
      '2030-02-01',
    ],
  ])('%s', (_name, isConsumer, events, lastDay) => {
    expect(prescriptionOf(item, { isConsumer }, events).lastDay).toBe(lastDay);
  });

  it('ends on 28 February when the period starts on 29 February', () => {
    expect(prescriptionOf({ id: 'F', dueDate: isoDate('2024-02-29') }, {}, []).lastDay).toBe(
      '2029-02-28',
    );
  });
});

describe('prescriptionLevel', () => {
  const p = prescriptionOf(item, {}, []);
  it.each([
    ['2025-12-14', 'ok'],
    ['2025-12-15', 'soon'],
    ['2026-03-15', 'soon'],
    ['2026-03-16', 'prescribed'],
  ])('on %s: %s (90 days ahead)', (today, level) => {
    expect(prescriptionLevel(p, isoDate(today))).toBe(level);
  });
});

describe('interruptionsFrom the timeline', () => {
  const activity = (details: ActivityDetails, invoiceIds?: string[]): Activity => ({
    id: details.kind,
    debtorId: 'd1',
    type: 'note',
    at: '2026-04-02T10:00:00.000Z',
    by: 'Camille',
    text: '',
    details,
    ...(invoiceIds ? { invoiceIds } : {}),
  });
  it.each<[string, Activity, InterruptionEvent | null]>([
    [
      'acknowledgement',
      activity({ kind: 'acknowledgement', date: isoDate('2026-04-01') }),
      { date: isoDate('2026-04-01'), cause: 'acknowledgement' },
    ],
    [
      'partial payment',
      activity({ kind: 'payment-entry', date: isoDate('2026-03-30'), receivedCents: cents(5000) }, [
        'F-1',
      ]),
      { date: isoDate('2026-03-30'), cause: 'partial-payment', invoiceIds: ['F-1'] },
    ],
    [
      'payment check with nothing received',
      activity({ kind: 'payment-entry', date: isoDate('2026-03-30'), receivedCents: cents(0) }),
      null,
    ],
    [
      'plan agreed',
      activity({ kind: 'promise-made', promiseId: 'p', promiseKind: 'plan' }, ['F-1']),
      { date: isoDate('2026-04-02'), cause: 'payment-plan', invoiceIds: ['F-1'] },
    ],
    [
      'simple promise by phone: not counted',
      activity({ kind: 'promise-made', promiseId: 'p', promiseKind: 'promise' }),
      null,
    ],
    [
      'injonction de payer filed',
      activity({
        kind: 'stage-change',
        caseId: 'c',
        to: 'procedure',
        procedure: 'injonction-de-payer',
        date: isoDate('2026-03-01'),
      }),
      { date: isoDate('2026-03-01'), cause: 'court-claim' },
    ],
    [
      'mise en demeure: does not interrupt',
      activity({
        kind: 'stage-change',
        caseId: 'c',
        to: 'mise-en-demeure',
        procedure: 'amiable',
        date: isoDate('2026-03-01'),
      }),
      null,
    ],
  ])('%s', (_name, a, expected) => {
    expect(interruptionsFrom([a])).toEqual(expected ? [expected] : []);
  });
});
