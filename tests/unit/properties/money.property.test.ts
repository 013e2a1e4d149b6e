import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents, formatAmount, formatEuros, parseAmount } from '../../../renderer/src/domain/money';

/** Up to ± 10 milliards d'euros: far beyond any receivable, well within exact doubles. */
const anyCents = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

describe('money — parse(format(x)) = x', () => {
  it('reads back every amount formatEuros writes', () => {
    fc.assert(
      fc.property(anyCents, (value) => {
        expect(parseAmount(formatEuros(cents(value)))).toEqual({ ok: true, cents: value });
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads back every amount formatAmount writes (no currency sign)', () => {
    fc.assert(
      fc.property(anyCents, (value) => {
        expect(parseAmount(formatAmount(cents(value)))).toEqual({ ok: true, cents: value });
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads amounts around the thousands and cents boundaries', () => {
    const edges = fc.constantFrom(0, 1, 99, 100, 101, 99_999, 100_000, 100_001, 123_456_789);
    fc.assert(
      fc.property(edges, fc.boolean(), (value, negative) => {
        const signed = negative ? 0 - value : value;
        expect(parseAmount(formatEuros(cents(signed)))).toEqual({ ok: true, cents: signed });
      }),
    );
  });
});
