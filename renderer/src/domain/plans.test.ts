import { describe, expect, it } from 'vitest';
import { type PlannedPayment, planProblems } from './plans';

const TODAY = '2026-11-23';

describe('planProblems', () => {
  it.each<[string, 'promise' | 'plan', PlannedPayment[], number, number]>([
    ['a dated promise', 'promise', [{ date: '2026-12-01', cents: 50_000 }], 80_000, 0],
    [
      'a plan that adds up',
      'plan',
      [
        { date: '2026-12-01', cents: 40_000 },
        { date: '2027-01-01', cents: 40_000 },
      ],
      80_000,
      0,
    ],
    ['a plan short of the debt', 'plan', [{ date: '2026-12-01', cents: 40_000 }], 80_000, 1],
    ['a date in the past', 'promise', [{ date: '2026-11-01', cents: 100 }], 80_000, 1],
    ['a promise above the debt', 'promise', [{ date: '2026-12-01', cents: 90_000 }], 80_000, 1],
    ['no date', 'promise', [], 80_000, 1],
    ['zero amount', 'promise', [{ date: '2026-12-01', cents: 0 }], 80_000, 1],
  ])('%s', (_name, kind, payments, debt, count) => {
    expect(planProblems(kind, payments, debt, TODAY)).toHaveLength(count);
  });

  it('says why in French', () => {
    expect(planProblems('plan', [{ date: '2026-12-01', cents: 40_000 }], 80_000, TODAY)[0]).toMatch(
      /^Les échéances totalisent 400,00\s€ pour une dette de 800,00\s€/,
    );
  });
});
