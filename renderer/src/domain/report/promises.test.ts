import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import type { Installment, PaymentPromise } from '../model';
import { cents } from '../money';
import { type PromiseCheckInput, promiseKeptRate } from './promises';

const inst = (
  date: string,
  amount: number,
  status: Installment['status'] = 'pending',
): Installment => ({
  date: isoDate(date),
  cents: cents(amount),
  status,
});

const check = (
  id: string,
  debtorId: string,
  installments: Installment[],
  openCents: number,
  options: { status?: PaymentPromise['status']; startOpenCents?: number; evidence?: string } = {},
): PromiseCheckInput => ({
  promise: {
    id,
    debtorId,
    kind: installments.length > 1 ? 'plan' : 'promise',
    invoiceIds: [],
    createdAt: '2026-10-01T09:00:00.000Z',
    installments,
    status: options.status ?? 'active',
    ...(options.startOpenCents !== undefined
      ? { startOpenCents: cents(options.startOpenCents) }
      : {}),
  },
  openCents: cents(openCents),
  evidenceDate: isoDate(options.evidence ?? '2026-11-30'),
});

const november = {
  from: isoDate('2026-11-01'),
  to: isoDate('2026-11-30'),
  today: isoDate('2026-12-04'),
  graceDays: 3,
};

describe('promise-kept rate', () => {
  it.each([
    {
      name: 'a promise paid in full is kept',
      checks: [check('p1', 'd1', [inst('2026-11-10', 1_000_00)], 0)],
      expected: {
        due: 1,
        kept: 1,
        missed: 0,
        unknown: 0,
        keptCents: 1_000_00,
        missedCents: 0,
        rate: 1,
      },
    },
    {
      name: 'an unpaid promise whose deadline the month-end balance passed is missed',
      checks: [check('p1', 'd1', [inst('2026-11-10', 1_000_00)], 1_000_00)],
      expected: {
        due: 1,
        kept: 0,
        missed: 1,
        unknown: 0,
        keptCents: 0,
        missedCents: 1_000_00,
        rate: 0,
      },
    },
    {
      name: 'an unpaid promise with no balance since its deadline is to be checked, not missed',
      checks: [check('p1', 'd1', [inst('2026-11-28', 1_000_00)], 1_000_00)],
      expected: {
        due: 1,
        kept: 0,
        missed: 0,
        unknown: 1,
        keptCents: 0,
        missedCents: 0,
        rate: null,
      },
    },
    {
      name: 'a plan: two instalments paid of three, the third in December is not counted',
      checks: [
        check(
          'p1',
          'd1',
          [inst('2026-11-05', 500_00), inst('2026-11-20', 500_00), inst('2026-12-05', 500_00)],
          500_00,
        ),
      ],
      expected: {
        due: 2,
        kept: 2,
        missed: 0,
        unknown: 0,
        keptCents: 1_000_00,
        missedCents: 0,
        rate: 1,
      },
    },
    {
      name: 'three promises: one kept, one missed, one cancelled (left out)',
      checks: [
        check('p1', 'd1', [inst('2026-11-05', 300_00)], 0),
        check('p2', 'd2', [inst('2026-11-06', 700_00, 'missed')], 700_00, { status: 'broken' }),
        check('p3', 'd3', [inst('2026-11-07', 900_00)], 900_00, { status: 'cancelled' }),
      ],
      expected: {
        due: 2,
        kept: 1,
        missed: 1,
        unknown: 0,
        keptCents: 300_00,
        missedCents: 700_00,
        rate: 0.5,
      },
    },
    {
      name: 'a broken plan: the instalments after the break are no longer expected',
      checks: [
        check(
          'p1',
          'd1',
          [inst('2026-10-15', 400_00, 'missed'), inst('2026-11-15', 400_00)],
          800_00,
          {
            status: 'broken',
          },
        ),
      ],
      expected: {
        due: 0,
        kept: 0,
        missed: 0,
        unknown: 0,
        keptCents: 0,
        missedCents: 0,
        rate: null,
      },
    },
    {
      name: 'paid measured against the open amount when the promise was made',
      checks: [
        check('p1', 'd1', [inst('2026-11-10', 600_00)], 1_400_00, { startOpenCents: 2_000_00 }),
      ],
      expected: {
        due: 1,
        kept: 1,
        missed: 0,
        unknown: 0,
        keptCents: 600_00,
        missedCents: 0,
        rate: 1,
      },
    },
  ])('$name', ({ checks, expected }) => {
    const { total } = promiseKeptRate({ ...november, checks });
    expect({
      due: total.due,
      kept: total.kept,
      missed: total.missed,
      unknown: total.unknown,
      keptCents: total.keptCents,
      missedCents: total.missedCents,
      rate: total.rate,
    }).toEqual(expected);
  });

  it('tallies per controller', () => {
    const owners = new Map([
      ['d1', 'Julie'],
      ['d2', 'Julie'],
      ['d3', 'Marc'],
    ]);
    const { byController, total } = promiseKeptRate({
      ...november,
      checks: [
        check('p1', 'd1', [inst('2026-11-05', 300_00)], 0),
        check('p2', 'd2', [inst('2026-11-06', 700_00)], 700_00),
        check('p3', 'd3', [inst('2026-11-07', 900_00)], 0),
      ],
      ownerOf: (id) => owners.get(id),
    });
    expect(byController.get('Julie')).toMatchObject({ kept: 1, missed: 1, rate: 0.5 });
    expect(byController.get('Marc')).toMatchObject({ kept: 1, missed: 0, rate: 1 });
    expect(total).toMatchObject({ due: 3, kept: 2, missed: 1, dueCents: 1_900_00 });
    expect(total.rate).toBeCloseTo(2 / 3, 12);
  });
});
