/**
 * The stamps as a reader sees them: upright, in the right corner of the page as displayed,
 * whatever the page's /Rotate, drawn after (and unaffected by) the page's own content.
 */

import { concatTransformationMatrix, degrees, PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { stampFace } from '../../../renderer/src/pdf/base/stampFace';
import { drawStamps } from '../../../renderer/src/pdf/dossier/stamp';
import { testUnicodeFonts } from '../pdf/pdfSupport';

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
});
