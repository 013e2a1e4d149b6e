/**
 * Interest over a period equals the sum over any split of it, within one cent per split: each
 * piece is rounded half-up once, so splitting may move the total by rounding only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../renderer/src/domain/dates';
import { decompteLines } from '../../../renderer/src/domain/decompte';
import { computeDecompte, lineInterest } from '../../../renderer/src/domain/interest';
import { defaultInterestSettings } from '../../../renderer/src/domain/interestSettings';
import { cents } from '../../../renderer/src/domain/money';
import { buildRateBook } from '../../../renderer/src/domain/rates';

const base = fc.integer({ min: 0, max: 10_000_000_00 });
const principal = fc.integer({ min: 1, max: 10_000_000_00 });
const milliPercent = fc.integer({ min: 0, max: 30_000 });
const yearDays = fc.constantFrom(365, 366);
/** A period of 1 to 2 000 days cut into 1 to 12 consecutive pieces. */
const split = fc
  .array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 })
  .filter((parts) => parts.reduce((a, b) => a + b, 0) <= 2_000);

describe('interest — split invariance', () => {
  it('lineInterest over a period ≈ the sum over its pieces (± 1 cent per split)', () => {
    fc.assert(
      fc.property(base, milliPercent, yearDays, split, (b, rate, year, parts) => {
        const days = parts.reduce((a, c) => a + c, 0);
        const whole = lineInterest(cents(b), rate, days, year);
        const pieces = parts.reduce((sum, d) => sum + lineInterest(cents(b), rate, d, year), 0);
        expect(Math.abs(whole - pieces)).toBeLessThanOrEqual(parts.length - 1);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a décompte split by rate periods stays within one cent per line of the exact interest', () => {
    const rates = buildRateBook();
    const settings = defaultInterestSettings();
    const dueDate = fc
      .date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2025-06-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      // A principal of at least one cent: a zero base has no interest lines at all.
      fc.property(principal, dueDate, fc.integer({ min: 1, max: 1_500 }), (owed, due, late) => {
        const asOf = new Date(Date.parse(`${due}T12:00:00Z`) + late * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const result = computeDecompte({
          invoices: [
            { invoiceId: 'f', number: 'F-1', dueDate: isoDate(due), principalCents: cents(owed) },
          ],
          asOf: isoDate(asOf),
          settings,
          rates,
        });
        if (!result.ok) return;
        const lines = decompteLines(result.decompte);
        expect(lines.reduce((sum, line) => sum + line.days, 0)).toBe(late);
        // Exact interest in units of 1 / (100 000 × yearDays) cents, summed line by line.
        const exact = lines.reduce(
          (sum, l) => sum + (l.baseCents * l.milliPercent * l.days) / (100_000 * l.yearDays),
          0,
        );
        const total = result.decompte.totals.interestCents;
        expect(Math.abs(total - exact)).toBeLessThanOrEqual(0.5 * lines.length + 1e-6);
      }),
      { numRuns: 300 },
    );
  });
});
