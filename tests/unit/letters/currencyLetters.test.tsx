/**
 * Letters and décomptes in the invoice's currency: a mise en demeure for pounds sterling rendered
 * to PDF and read back (amounts « 12 000,00 £ », interest in pounds, the €40 indemnities in
 * euros beside the total, never added to it), and a claim mixing currencies refused in French.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { formatMoney } from '../../../renderer/src/domain/currency';
import { isoDate } from '../../../renderer/src/domain/dates';
import { buildLetter, defaultItemSelection } from '../../../renderer/src/domain/letters';
import type { Invoice } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { renderLetterPdf } from '../../../renderer/src/pdf/letters';
import { testPolicy } from '../claimPolicy';
import { extractPdfText, plainSpaces, registerTestFonts } from '../pdf/pdfSupport';
import { LETTER_DATE, letterInput, templateById } from './letterFixtures';

function item(number: string, currency: string, amount: number, due: string): Invoice {
  return {
    id: `id-${number}`,
    debtorId: 'debtor-uk',
    number,
    kind: 'invoice',
    issueDate: isoDate('2026-06-15'),
    dueDate: isoDate(due),
    amountCents: cents(amount),
    openCents: cents(amount),
    currency,
    eurRate: currency === 'GBP' ? 1.165 : undefined,
    status: 'open',
  };
}

const GBP_ITEMS = [
  item('INV-26-0311', 'GBP', 1_200_000, '2026-07-15'),
  item('INV-26-0402', 'GBP', 450_075, '2026-10-01'),
];
const gbp = (amount: number) => plainSpaces(formatMoney(cents(amount), 'GBP'));

describe('a mise en demeure in pounds sterling', () => {
  let text = '';
  let totals: { totalDueCents: number; interestDueCents: number; indemnitiesCents: number };

  beforeAll(async () => {
    registerTestFonts();
    const input = letterInput('mise-en-demeure', { items: GBP_ITEMS, letters: [] });
    const claim = computeClaim({ ...input, asOf: LETTER_DATE });
    if (!claim.ok) throw new Error(claim.errors.join('\n'));
    totals = claim.claim.decompte.totals;
    expect(claim.claim.decompte.currency).toBe('GBP');
    const built = buildLetter(input);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expect(built.letter.amounts).toMatchObject({ currency: 'GBP', indemnitiesCents: 8000 });
    const pdf = await renderLetterPdf(built.letter);
    if (process.env.WRITE_PDF) (await import('node:fs')).writeFileSync(process.env.WRITE_PDF, pdf);
    text = plainSpaces((await extractPdfText(pdf)).text);
  }, 60_000);

  it('prints every amount of the invoices and the décompte in pounds', () => {
    expect(text).toContain('12 000,00 £');
    expect(text).toContain('4 500,75 £');
    expect(text).toContain(gbp(totals.interestDueCents));
    expect(text).toContain(`Total dû en GBP au 23/11/2026 ${gbp(totals.totalDueCents)}`);
    // Principal and interest only: the indemnities are not in the pounds total.
    expect(totals.totalDueCents).toBe(1_200_000 + 450_075 + totals.interestDueCents);
    expect(text).not.toContain('12 000,00 €');
  });

  it('keeps the €40 indemnities in euros, stated beside the total, never added to it', () => {
    expect(text).toContain('Indemnités forfaitaires (2 × 40,00 €), dues en euros en sus 80,00 €');
    // The body's « total dû » names both amounts.
    expect(text).toContain(`${gbp(totals.totalDueCents)} et 80,00 €`);
  });
});

describe('a claim mixing currencies', () => {
  it('is refused with a French sentence: one letter or décompte per currency', () => {
    const input = letterInput('mise-en-demeure', {
      items: [...GBP_ITEMS, item('FA-26-0101', 'EUR', 1_250_000, '2026-09-02')],
      letters: [],
    });
    const expected =
      'Les pièces retenues sont en plusieurs devises (EUR, GBP) : un courrier ou un décompte n’additionne jamais des montants de devises différentes. Sélectionnez les pièces d’une seule devise et faites un courrier ou un décompte par devise.';
    expect(computeClaim({ ...input, asOf: LETTER_DATE, policy: testPolicy() })).toEqual({
      ok: false,
      errors: [expected],
    });
    expect(buildLetter(input)).toEqual({ ok: false, errors: [expected] });
  });
});

describe('the default selection of a letter', () => {
  it('keeps one currency: that of the oldest invoice due', () => {
    const euro = item('FA-26-0101', 'EUR', 1_250_000, '2026-09-02');
    const numbers = (items: Invoice[]) => items.map((i) => i.number);
    const template = templateById('mise-en-demeure');
    expect(numbers(defaultItemSelection([euro, ...GBP_ITEMS], template, LETTER_DATE))).toEqual([
      'INV-26-0311',
      'INV-26-0402',
    ]);
    const olderEuro = { ...euro, dueDate: isoDate('2026-05-02') };
    expect(numbers(defaultItemSelection([olderEuro, ...GBP_ITEMS], template, LETTER_DATE))).toEqual(
      ['FA-26-0101'],
    );
  });
});
