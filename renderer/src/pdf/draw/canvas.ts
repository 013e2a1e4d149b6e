/**
 * What is drawn on one page, written straight as content-stream operators (PDF 32000 § 8–9) and
 * added to the page as one compressed stream when the page is done.
 *
 * pdf-lib's page.drawText/drawRectangle build an object per operator and per number, and
 * drawText({ font }) registers the font under a new resource name at every call: a table page
 * with hundreds of cells pays for all of that. Here a font gets one name per page, text widths
 * come from a per-character cache, and each operator is a line of text.
 */
import { zlibSync } from 'fflate';
import { type PDFFont, type PDFName, type PDFPage, type RGB, rgb } from 'pdf-lib';

/** A number as PDF content writes it: plain decimal, three places at most. */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** The name `font` has in the page's resources, added the first time. */
export function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let byFont = fontKeys.get(page);
  if (!byFont) {
    byFont = new Map();
    fontKeys.set(page, byFont);
  }
  let key = byFont.get(font);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    byFont.set(font, key);
  }
  return key;
}

/**
 * Advances per character, by the face's PostScript name (`PDFFont.name`): a face's advances do
 * not depend on the document it is embedded in, and text is only measured in the bundled DejaVu
 * faces (fonts.ts), whose names differ. pdf-lib measures a character by laying it out with
 * fontkit, about 0.1 ms each: kept per document, the hundred characters of a court dossier's
 * front matter cost 20 ms per dossier. (Glyph codes stay per document: a subset numbers its
 * glyphs in the order the document first uses them.)
 */
const advances = new Map<string, Map<string, number>>();

/**
 * Width of `text` at `size`: the sum of its characters' advances, as a text-showing operator
 * places them (pdf-lib's own measure adds kerning that drawing never applies).
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let byChar = advances.get(font.name);
  if (!byChar) {
    byChar = new Map();
    advances.set(font.name, byChar);
  }
  let width = 0;
  for (const char of text) {
    let advance = byChar.get(char);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(char, 1000);
      byChar.set(char, advance);
    }
    width += advance;
  }
  return (width * size) / 1000;
}

const codes = new WeakMap<PDFFont, Map<string, string>>();

/**
 * `text` as the hexadecimal string a text-showing operator takes, encoded character by character
 * and cached: pdf-lib lays the whole string out with fontkit at every call otherwise, which a
 * table of a few hundred cells pays for dearly. One glyph per character, as `textWidth` measures.
 */
export function encodeText(font: PDFFont, text: string): string {
  let byChar = codes.get(font);
  if (!byChar) {
    byChar = new Map();
    codes.set(font, byChar);
  }
  let hex = '';
  for (const char of text) {
    let code = byChar.get(char);
    if (code === undefined) {
      // pdf-lib encodes as a hex string, « <0041> », for every kind of font.
      code = font.encodeText(char).toString().slice(1, -1);
      byChar.set(char, code);
    }
    hex += code;
  }
  return `<${hex}>`;
}

function fill(color: RGB): string {
  return `${num(color.red)} ${num(color.green)} ${num(color.blue)} rg`;
}

function stroke(color: RGB): string {
  return `${num(color.red)} ${num(color.green)} ${num(color.blue)} RG`;
}

const BLACK = rgb(0, 0, 0);

export class PageCanvas {
  private readonly operators: string[] = [];

  constructor(readonly page: PDFPage) {}

  /** One line of `text` (which `font` must encode) with its baseline at `y` from the bottom. */
  text(text: string, font: PDFFont, size: number, x: number, y: number, color = BLACK): void {
    const key = fontKey(this.page, font).toString();
    this.operators.push(
      `BT ${key} ${num(size)} Tf ${fill(color)} ${num(x)} ${num(y)} Td ${encodeText(font, text)} Tj ET`,
    );
  }

  /** A rectangle with its lower left corner at (x, y), filled and/or outlined. */
  rect(x: number, y: number, width: number, height: number, paint: RectPaint): void {
    const { fill: inside, border, borderWidth = 0.5 } = paint;
    if (!inside && !border) return;
    const op = inside && border ? 'B' : inside ? 'f' : 'S';
    this.operators.push(
      [
        'q',
        inside ? fill(inside) : '',
        border ? `${stroke(border)} ${num(borderWidth)} w` : '',
        `${num(x)} ${num(y)} ${num(width)} ${num(height)} re ${op}`,
        'Q',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  /** A straight line from (x1, y1) to (x2, y2). */
  line(x1: number, y1: number, x2: number, y2: number, color: RGB, thickness: number): void {
    this.operators.push(
      `q ${stroke(color)} ${num(thickness)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`,
    );
  }

  /**
   * Adds what was drawn to the page, as one compressed content stream (fflate: several times
   * faster than the deflate pdf-lib bundles, same zlib format).
   */
  finish(): void {
    if (this.operators.length === 0) return;
    const { context } = this.page.doc;
    const content = new TextEncoder().encode(`q\n${this.operators.join('\n')}\nQ\n`);
    const stream = context.stream(zlibSync(content), { Filter: 'FlateDecode' });
    this.page.node.addContentStream(context.register(stream));
    this.operators.length = 0;
  }
}

export interface RectPaint {
  fill?: RGB;
  border?: RGB;
  borderWidth?: number;
}
