/**
 * Every font of every PDF Recouvra writes is embedded — a letter with its stamped page numbers,
 * a relevé de compte, a court dossier with its stamps — walked through the PDF's own font
 * dictionaries. A PDF standard font (Helvetica) would be drawn by each viewer with a font of its
 * own, and is refused by PDF/A and by the courts' filing platforms.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { BUCKET_LABELS } from '../../../renderer/src/domain/aging';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { openItemLines } from '../../../renderer/src/domain/debtorFile';
import type { PlannedPiece } from '../../../renderer/src/domain/dossier';
import { buildStatement, statementClaimItems } from '../../../renderer/src/domain/statement';
import { assembleDossier, zipDossier } from '../../../renderer/src/pdf/dossier';
import { renderLetterPdf } from '../../../renderer/src/pdf/letters';
import { renderStatementPdf } from '../../../renderer/src/pdf/releve';
import { testPolicy } from '../claimPolicy';
import { fixture, fixtureDossier } from '../dossier/dossierFixtures';
import { CREDITOR, demoDebtor, demoLetter, LETTER_DATE } from '../letters/letterFixtures';
import { extractPdfText, registerTestFonts, testUnicodeFonts, unembeddedFonts } from './pdfSupport';

let letterPdf: Uint8Array;

beforeAll(async () => {
  registerTestFonts();
  letterPdf = await renderLetterPdf(demoLetter('mise-en-demeure'));
}, 60_000);

describe('every font is embedded', () => {
  it('the check finds a standard font that is not (a piece drawn with Helvetica)', async () => {
    expect(await unembeddedFonts(fixture('cgv.pdf'))).toContain('/Helvetica');
  });

  it('in a letter, its page numbers included', async () => {
    const { pages } = await extractPdfText(letterPdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain(`Page 1/${pages.length}`);
    expect(await unembeddedFonts(letterPdf)).toEqual([]);
  });

  it('in a relevé de compte', async () => {
    const { debtor, items } = demoDebtor();
    const boundaries = [30, 60, 90, 180] as const;
    const claimed = computeClaim({
      debtor,
      items: statementClaimItems(items, LETTER_DATE),
      payments: [],
      letters: [],
      asOf: LETTER_DATE,
      policy: testPolicy(),
    });
    if (!claimed.ok) throw new Error(claimed.errors.join(' '));
    const statement = buildStatement({
      debtor,
      lines: openItemLines(items, LETTER_DATE, boundaries, [], []),
      asOfDate: LETTER_DATE,
      date: LETTER_DATE,
      boundaries,
      claim: claimed.claim,
    });
    const bytes = await renderStatementPdf({
      statement,
      creditor: CREDITOR,
      bucketLabels: BUCKET_LABELS,
    });
    expect(await unembeddedFonts(bytes)).toEqual([]);
  });

  it('in a court dossier and its ZIP, stamps included', async () => {
    const { plan } = fixtureDossier();
    const letterPiece: PlannedPiece = {
      kind: 'correspondance',
      title: 'Mise en demeure (lettre recommandée avec AR)',
      date: LETTER_DATE,
      fileName: 'Mise en demeure.pdf',
      mime: 'application/pdf',
      sha256: 'a'.repeat(64),
    };
    const scan: PlannedPiece = {
      kind: 'bon-de-livraison',
      title: 'Bon de livraison BL-5521',
      fileName: 'bon-de-livraison-BL-5521.jpg',
      mime: 'image/jpeg',
      sha256: 'b'.repeat(64),
    };
    plan.pieces = [scan, letterPiece];
    const files = [fixture('bon-de-livraison-BL-5521.jpg'), letterPdf];
    const dossier = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    expect((await extractPdfText(dossier.bytes)).text).toContain('Pièce n° 2 — page 1/');
    expect(await unembeddedFonts(dossier.bytes)).toEqual([]);
    const zip = await zipDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    const { unzipSync } = await import('fflate');
    for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) {
      expect({ name, fonts: await unembeddedFonts(bytes) }).toEqual({ name, fonts: [] });
    }
  }, 60_000);
});
