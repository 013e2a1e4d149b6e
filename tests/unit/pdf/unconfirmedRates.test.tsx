/**
 * Documents computed with a provisional (unconfirmed) rate, read back with pdf.js: a letter may
 * use the value, but no document ever prints an instruction of the application (« Paramètres »,
 * « confirmer ») nor calls the value provisional. A contractual rate below its legal floor is
 * printed with the sentence saying the floor applied.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { defaultInterestSettings } from '../../../renderer/src/domain/interestSettings';
import type { LetterContent } from '../../../renderer/src/domain/letters';
import { assembleDossier } from '../../../renderer/src/pdf/dossier';
import { renderLetterPdf } from '../../../renderer/src/pdf/letters';
import { testPolicy } from '../claimPolicy';
import { fixtureDossier } from '../dossier/dossierFixtures';
import { demoLetter } from '../letters/letterFixtures';
import { extractPdfText, plainSpaces, registerTestFonts, testUnicodeFonts } from './pdfSupport';

const FORBIDDEN = [/Paramètres/i, /confirm/i, /provisoire/i, /à vérifier/i];

async function letterText(letter: LetterContent): Promise<string> {
  return plainSpaces((await extractPdfText(await renderLetterPdf(letter))).text);
}

beforeAll(() => registerTestFonts());

describe('a letter computed with an unconfirmed rate', () => {
  let letter: LetterContent;
  let text: string;
  beforeAll(async () => {
    letter = demoLetter('mise-en-demeure');
    text = await letterText(letter);
  }, 60_000);

  it('uses the provisional 2026 S2 L441-10 value, and says so on screen only', () => {
    expect(letter.unconfirmedRates).toContainEqual({
      table: 'l441-10',
      semester: '2026-S2',
      milliPercent: 12_150,
    });
    expect(text).toContain('12,15 %');
  });

  it.each(FORBIDDEN)('prints nothing matching %s', (pattern) => {
    expect(text).not.toMatch(pattern);
  });
});

describe('a letter whose contractual rate is below the legal floor', () => {
  let letter: LetterContent;
  let text: string;
  beforeAll(async () => {
    letter = demoLetter('mise-en-demeure', {
      policy: testPolicy({
        interest: { ...defaultInterestSettings(), basis: { kind: 'contractual', ratePercent: 5 } },
      }),
    });
    text = await letterText(letter);
  }, 60_000);

  it('prints the floor of 2026 S2 and the sentence saying it applies', () => {
    // 2026 S2: 3 × 2,62 % (provisional taux légal) = 7,86 %.
    expect(text).toContain('7,86 %');
    expect(text).toContain('Le taux contractuel de 5,00 % étant inférieur au minimum légal');
    expect(text).toContain('ce minimum est appliqué (C. com. L441-10)');
    expect(letter.unconfirmedRates).toContainEqual({
      table: 'taux-legal-autres',
      semester: '2026-S2',
      milliPercent: 2_620,
    });
  });

  it.each(FORBIDDEN)('prints nothing matching %s', (pattern) => {
    expect(text).not.toMatch(pattern);
  });
});

describe('a dossier drawn from a décompte with an unconfirmed rate', () => {
  // The screen refuses to export it (unconfirmedRateBlocker); drawn anyway, it still prints no
  // notice about the rate: the refusal is the application's, not the document's.
  let pages: string[];
  const { plan, files } = fixtureDossier();
  beforeAll(async () => {
    const dossier = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    pages = (await extractPdfText(dossier.bytes)).pages.map(plainSpaces);
  }, 120_000);

  it('has an unconfirmed rate in its décompte', () => {
    expect(plan.claim.decompte.unconfirmedRates.length).toBeGreaterThan(0);
  });

  it.each(FORBIDDEN)('prints nothing matching %s on any page', (pattern) => {
    for (const page of pages) expect(page).not.toMatch(pattern);
  });
});
