/**
 * The stamps as a reader sees them: upright, in the right corner of the page as displayed,
 * whatever the page's /Rotate, drawn after (and unaffected by) the page's own content.
 */

import { concatTransformationMatrix, degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { stampFace } from '../../../renderer/src/pdf/base/stampFace';
import { assembleDossier } from '../../../renderer/src/pdf/dossier';
import { drawStamps, STAMP_BAND } from '../../../renderer/src/pdf/dossier/stamp';
import { testUnicodeFonts } from '../pdf/pdfSupport';
import { fixtureDossier } from './dossierFixtures';

interface Seen {
  text: string;
  /** Position on the displayed page, from its top left corner. */
  left: number;
  top: number;
  /** Whether the text reads left to right on the displayed page. */
  upright: boolean;
}

async function seenStamps(
  bytes: Uint8Array,
): Promise<{ width: number; height: number; seen: Seen[] }[]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const document = await task.promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const seen = content.items.flatMap((item) => {
      if (!('str' in item) || !item.str.trim()) return [];
      const [a, b, , , x, y] = item.transform as number[];
      const [left = 0, top = 0] = viewport.convertToViewportPoint(x ?? 0, y ?? 0);
      const [ahead = 0] = viewport.convertToViewportPoint((x ?? 0) + (a ?? 0), (y ?? 0) + (b ?? 0));
      return [{ text: item.str, left, top, upright: ahead > left }];
    });
    pages.push({ width: viewport.width, height: viewport.height, seen });
  }
  await task.destroy();
  return pages;
}

describe('stamps', () => {
  it.each([0, 90, 180, 270])(
    'sit upright in the displayed corners of a page turned %i°',
    async (angle) => {
      // A piece whose content leaves a scaled, shifted coordinate system behind.
      const source = await PDFDocument.create();
      const sourcePage = source.addPage([595, 842]);
      sourcePage.pushOperators(concatTransformationMatrix(0.5, 0, 0, 0.5, 200, 300));
      const piece = await PDFDocument.load(await source.save());
      const doc = await PDFDocument.create();
      const font = (await stampFace(testUnicodeFonts)).in(doc);
      const [page] = await doc.copyPages(piece, [0]);
      if (!page) throw new Error('page manquante');
      doc.addPage(page);
      page.setRotation(degrees(angle));
      drawStamps(page, font, [
        { text: 'Pièce n° 2 — page 1/3', corner: 'top-right' },
        { text: 'Dossier — page 7/40', corner: 'bottom-right' },
      ]);
      const [shown] = await seenStamps(await doc.save());
      const pieceStamp = shown?.seen.find((s) => s.text.startsWith('Pièce'));
      const folio = shown?.seen.find((s) => s.text.startsWith('Dossier'));
      const width = shown?.width ?? 0;
      const height = shown?.height ?? 0;
      for (const stamp of [pieceStamp, folio]) {
        expect(stamp?.upright).toBe(true);
        expect(stamp?.left).toBeGreaterThan(width / 2);
        expect(stamp?.left).toBeLessThan(width - 20);
      }
      expect(pieceStamp?.top).toBeLessThan(40);
      expect(folio?.top).toBeGreaterThan(height - 40);
    },
  );

  it.each([0, 90])(
    'never cover a piece page with content in its corners (page turned %i°): the content shrinks',
    async (angle) => {
      // A piece drawn edge to edge: words in the four corners, where the stamps go.
      const source = await PDFDocument.create();
      const font = await source.embedFont(StandardFonts.Helvetica);
      const page = source.addPage([595, 842]);
      page.setRotation(degrees(angle));
      const corners: [string, number, number][] = [
        ['HAUTGAUCHE', 5, 830],
        ['HAUTDROITE', 480, 830],
        ['BASGAUCHE', 5, 5],
        ['BASDROITE', 480, 5],
      ];
      for (const [text, x, y] of corners) page.drawText(text, { x, y, size: 10, font });
      const { plan } = fixtureDossier();
      plan.pieces = [
        {
          kind: 'autre',
          title: 'Pièce pleine page',
          fileName: 'pleine-page.pdf',
          mime: 'application/pdf',
          sha256: 'c'.repeat(64),
        },
      ];
      const dossier = await assembleDossier(plan, [await source.save()], {
        unicodeFonts: testUnicodeFonts,
      });
      const shown = (await seenStamps(dossier.bytes)).at(-1);
      const height = shown?.height ?? 0;
      const words = shown?.seen.filter((s) => /^(HAUT|BAS)/.test(s.text)) ?? [];
      expect(words.map((w) => w.text).sort()).toEqual(corners.map(([text]) => text).sort());
      // Where each word starts on its baseline; upright, its capitals rise 7 pt above it (and
      // nothing hangs below: no descenders); turned, the word runs down the displayed page.
      const rise = angle === 0 ? 8 : 0;
      for (const word of words) {
        expect(word.top - rise).toBeGreaterThan(STAMP_BAND);
        expect(word.top).toBeLessThan(height - STAMP_BAND);
      }
      const stamps = shown?.seen.filter((s) => /^(Pièce|Dossier)/.test(s.text)) ?? [];
      expect(stamps).toHaveLength(2);
      for (const stamp of stamps) {
        expect(stamp.top < STAMP_BAND || stamp.top > height - STAMP_BAND).toBe(true);
      }
    },
  );
});
