/**
 * Text shown on a page with the font registered once per page. pdf-lib's `page.drawText({ font })`
 * adds a new entry to the page's font resources at every call, each one searched for a free name:
 * a table page with hundreds of cells ends up with hundreds of entries and a quadratic cost.
 */
import {
  type Color,
  degrees,
  type PDFFont,
  type PDFName,
  type PDFPage,
  rgb,
  drawText as textOperators,
} from 'pdf-lib';

const keys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** The name `font` has in the page's resources, added the first time. */
export function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let byFont = keys.get(page);
  if (!byFont) {
    byFont = new Map();
    keys.set(page, byFont);
  }
  let key = byFont.get(font);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    byFont.set(font, key);
  }
  return key;
}

const BLACK = rgb(0, 0, 0);
const UPRIGHT = degrees(0);

export interface ShowTextOptions {
  x: number;
  /** Baseline, from the bottom of the page (PDF coordinates). */
  y: number;
  size: number;
  font: PDFFont;
  color?: Color;
}

/** Shows one line of `text`, which `font` must be able to encode. */
export function showText(page: PDFPage, text: string, options: ShowTextOptions): void {
  page.pushOperators(
    ...textOperators(options.font.encodeText(text), {
      x: options.x,
      y: options.y,
      size: options.size,
      font: fontKey(page, options.font),
      color: options.color ?? BLACK,
      rotate: UPRIGHT,
      xSkew: UPRIGHT,
      ySkew: UPRIGHT,
    }),
  );
}
