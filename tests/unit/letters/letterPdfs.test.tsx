/**
 * Every shipped template, rendered to PDF for a demo debtor, read back with pdf.js: the mentions,
 * the item numbers and the exact amounts must be in the printed text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { defaultCreditor } from '../../../renderer/src/domain/creditor';
import { formatDateFr } from '../../../renderer/src/domain/dates';
import {
  type LetterContent,
  TEMPLATE_IDS,
  type TemplateId,
} from '../../../renderer/src/domain/letters';
import { cents, formatEuros } from '../../../renderer/src/domain/money';
import { renderLetterPdf } from '../../../renderer/src/pdf/letters';
import { extractPdfText, plainSpaces, registerTestFonts } from '../pdf/pdfSupport';
import { CREDITOR, demoLetter, LETTER_DATE, letterInput } from './letterFixtures';

const euros = (amount: number) => plainSpaces(formatEuros(cents(amount)));

/** Rendered once per template for the whole file (rendering is the slow part). */
const texts = new Map<TemplateId, { letter: LetterContent; text: string; pages: number }>();

beforeAll(async () => {
  registerTestFonts();
  for (const id of TEMPLATE_IDS) {
    const letter = demoLetter(
      id,
      id === 'mise-en-demeure' ? { trackingNumber: '1A 123 456 7890 1' } : {},
    );
    const pdf = await extractPdfText(await renderLetterPdf(letter));
    texts.set(id, { letter, text: pdf.text, pages: pdf.pages.length });
  }
}, 120_000);

function printed(id: TemplateId) {
  const entry = texts.get(id);
  if (!entry) throw new Error(`Pas de rendu pour ${id}`);
  return entry;
}

/** The décompte the letter must show, computed straight from the engine. */
function expectedTotals(id: TemplateId) {
  const input = letterInput(id);
  const result = computeClaim({ ...input, asOf: LETTER_DATE });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.claim.decompte.totals;
}

describe.each(TEMPLATE_IDS)('%s', (id) => {
  it('carries the letterhead, the parties, the date, the subject and the legal mentions', () => {
    const { letter, text } = printed(id);
    expect(text).toContain('Fournitures Dupont SAS');
    expect(text).toContain(plainSpaces(letter.recipient.name));
    expect(text).toContain('Lyon, le 23 novembre 2026');
    expect(text).toContain(plainSpaces(`Objet : ${letter.subject}`));
    expect(text).toContain('RCS Lyon 732 829 320');
    expect(text).toContain('TVA intracommunautaire FR44732829320');
    expect(text).toContain('Claire Martin');
    expect(text).toContain(`Référence à rappeler : ${letter.paymentReference}`);
    expect(text).not.toMatch(/\{\{|\}\}/);
  });
});

describe('mise en demeure', () => {
  it('states every mention the law expects', () => {
    const { text } = printed('mise-en-demeure');
    expect(text).toContain('Objet : Mise en demeure de payer');
    expect(text).toContain('Lettre recommandée avec AR n° 1A 123 456 7890 1');
    expect(text).toContain(
      'Malgré nos relances du 20 octobre 2026 (courriel) et du 5 novembre 2026 (courrier simple)',
    );
    expect(text).toContain('(SIREN 732 829 320)');
    expect(text).toContain('nous vous mettons en demeure de nous régler la somme de');
    expect(text).toContain(
      'dans un délai de huit (8) jours à compter de la réception de ce courrier',
    );
    expect(text).toContain('IBAN : FR76 3000 6000 0112 3456 7890 189');
    expect(text).toContain('BIC : AGRIFRPPXXX');
    expect(text).toContain('nous saisirons sans autre avis la juridiction compétente');
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement de 40 €');
  });

  it('lists each invoice with its number, date, due date and amount TTC', () => {
    const { letter, text } = printed('mise-en-demeure');
    const invoices = letter.blocks.flatMap((b) => (b.kind === 'invoices' ? b.rows : []));
    expect(invoices.length).toBeGreaterThan(3);
    for (const row of invoices) {
      expect(text).toContain(
        `${row.number}${row.kind === 'invoice' ? '' : ' (avoir)'} ${formatDateFr(row.issueDate)} ${formatDateFr(row.dueDate)} ${euros(row.amountCents)}`,
      );
    }
  });

  it('prints the exact décompte totals of the interest engine', () => {
    const { text } = printed('mise-en-demeure');
    const totals = expectedTotals('mise-en-demeure');
    expect(totals.totalDueCents).toBe(
      totals.outstandingPrincipalCents +
        totals.interestDueCents +
        totals.indemnitiesCents +
        totals.creditsCents,
    );
    expect(text).toContain(`Principal restant dû ${euros(totals.outstandingPrincipalCents)}`);
    expect(text).toContain(`Intérêts de retard ${euros(totals.interestDueCents)}`);
    expect(text).toContain(
      `Indemnités forfaitaires (${totals.indemnitiesCents / 4000} × 40,00 €) ${euros(totals.indemnitiesCents)}`,
    );
    expect(text).toContain(`Total dû au 23/11/2026 ${euros(totals.totalDueCents)}`);
    expect(text).toContain(`la somme de ${euros(totals.totalDueCents)} dans un délai`);
  });

  it('numbers its pages when it runs over one sheet', () => {
    const { text, pages } = printed('mise-en-demeure');
    if (pages > 1) expect(text).toContain(`Page ${pages}/${pages}`);
  });
});

describe('other templates', () => {
  it('relance 1 asks courteously for the principal by the deadline', () => {
    const { text } = printed('relance-1');
    const totals = expectedTotals('relance-1');
    expect(text).toContain(
      `la somme de ${euros(totals.outstandingPrincipalCents + totals.creditsCents)} d’ici le 1ᵉʳ décembre 2026`,
    );
    expect(text).toContain('ne pas tenir compte de ce rappel');
  });

  it('relance 2 recalls the previous reminder and the penalties', () => {
    const { text } = printed('relance-2');
    const totals = expectedTotals('relance-2');
    expect(text).toContain('Malgré notre précédent rappel du 5 novembre 2026');
    expect(text).toContain(`${euros(totals.interestDueCents)} d’intérêts de retard`);
    expect(text).toContain(`${euros(totals.indemnitiesCents)} d’indemnités forfaitaires`);
  });

  it('dernier avis states the total and the legal action to follow', () => {
    const { text } = printed('dernier-avis');
    const totals = expectedTotals('dernier-avis');
    expect(text).toContain(`impayé de ${euros(totals.totalDueCents)}`);
    expect(text).toContain('au plus tard le 1ᵉʳ décembre 2026');
    expect(text).toContain('nous engagerons sans autre avis une procédure judiciaire');
  });

  it('relevé de compte lists every open item, due or not, with the balance', () => {
    const { letter, text } = printed('releve-de-compte');
    const block = letter.blocks.find((b) => b.kind === 'statement');
    if (block?.kind !== 'statement') throw new Error('pas de relevé');
    expect(block.rows.some((r) => r.dueDate >= LETTER_DATE)).toBe(true);
    for (const row of block.rows) expect(text).toContain(row.number);
    expect(text).toContain(`Solde du compte ${euros(block.balanceCents)}`);
    expect(text).toContain(
      `s’établit à ${euros(block.balanceCents)}, dont ${euros(block.overdueCents)} échu`,
    );
  });

  it.each(['proposition-echeancier', 'confirmation-echeancier'] as const)(
    '%s prints the instalments',
    (id) => {
      const { text } = printed(id);
      expect(text).toContain('n° 1 15/12/2026 1 000,00 €');
      expect(text).toContain('n° 3 15/02/2027 1 000,00 €');
      expect(text).toContain('Total 3 000,00 €');
    },
  );

  it('confirmation d’échéancier records the acknowledgement of the debt', () => {
    expect(printed('confirmation-echeancier').text).toContain('article 2240 du Code civil');
  });

  it('confirmation de promesse repeats the amount and date promised', () => {
    expect(printed('confirmation-promesse').text).toContain(
      'la somme de 1 500,00 € au plus tard le 10 décembre 2026',
    );
  });
});

it.each(['relance-1', 'relance-2', 'releve-de-compte'] as const)(
  '%s with a blank creditor identity prints no blank and no placeholder',
  async (id) => {
    const letter = demoLetter(id, { creditor: defaultCreditor() });
    const { text } = await extractPdfText(await renderLetterPdf(letter));
    expect(text).toContain(plainSpaces(`Objet : ${letter.subject}`));
    expect(text).not.toMatch(/Créancier|à compléter|Bénéficiaire|IBAN|BIC|Pour\s*$/m);
    expect(text).not.toContain('Règlement par virement');
    expect(text).not.toMatch(/ {2}|\s[,.](?!\d)/);
  },
  60_000,
);

it('the same letter renders to the same bytes (its SHA-256 identifies it)', async () => {
  const letter = demoLetter('relance-1');
  const [a, b] = [await renderLetterPdf(letter), await renderLetterPdf(letter)];
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  expect(CREDITOR.name).toBe('Fournitures Dupont SAS');
});
