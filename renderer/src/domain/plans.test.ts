import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import { cents } from './money';
import { type PlannedPayment, plannedPayment, planProblems } from './plans';

const TODAY = isoDate('2026-11-23');

describe('planProblems', () => {
  it.each<[string, 'promise' | 'plan', PlannedPayment[], number, number]>([
    [
      'a dated promise',
      'promise',
      [{ date: isoDate('2026-12-01'), cents: cents(50_000) }],
      80_000,
      0,
    ],
    [
      'a plan that adds up',
      'plan',
      [
        { date: isoDate('2026-12-01'), cents: cents(40_000) },
        { date: isoDate('2027-01-01'), cents: cents(40_000) },
      ],
      80_000,
      0,
    ],
    [
      'a plan short of the debt',
      'plan',
      [{ date: isoDate('2026-12-01'), cents: cents(40_000) }],
      80_000,
      1,
    ],
    [
      'a date in the past',
      'promise',
      [{ date: isoDate('2026-11-01'), cents: cents(100) }],
      80_000,
      1,
    ],
    [
      'a promise above the debt',
      'promise',
      [{ date: isoDate('2026-12-01'), cents: cents(90_000) }],
      80_000,
      1,
    ],
    ['no date', 'promise', [], 80_000, 1],
    ['zero amount', 'promise', [{ date: isoDate('2026-12-01'), cents: cents(0) }], 80_000, 1],
  ])('%s', (_name, kind, payments, debt, count) => {
    expect(planProblems(kind, payments, cents(debt), TODAY)).toHaveLength(count);
  });

  it('says why in French', () => {
    expect(
      planProblems('plan', [{ date: '2026-12-01', cents: cents(40_000) }], cents(80_000), TODAY)[0],
    ).toMatch(/^Les échéances totalisent 400,00\s€ pour une dette de 800,00\s€/);
  });
});

describe('plannedPayment', () => {
  it('turns an accepted draft into a dated payment, and refuses a date planProblems refuses', () => {
    expect(plannedPayment({ date: '2026-12-01', cents: cents(40_000) })).toEqual({
      date: '2026-12-01',
      cents: 40_000,
    });
    expect(() => plannedPayment({ date: '', cents: cents(40_000) })).toThrow(RangeError);
    expect(() => plannedPayment({ date: '2026-12-31T00:00', cents: cents(40_000) })).toThrow(
      RangeError,
    );
  });
});
