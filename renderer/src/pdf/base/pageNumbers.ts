/**
 * « Page 1/3 » stamped after rendering, with pdf-lib. react-pdf can number pages itself (a render
 * prop), but a page holding one makes its paginator lay the whole remaining content out again at
 * every page break and once more per page: stamping afterwards costs a few milliseconds instead,
 * which is what lets a batch of letters render several times faster.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { num } from '../draw/canvas';
import { pdfFontBytesLoader } from './fonts';
import { mm, PAGE_MARGINS } from './geometry';
import { COLORS, FONT_SIZES, pdfColor } from './palette';
import { stampFace, stampFontKey } from './stampFace';

/**
 * Writes « Page n/N » at the bottom right of every page, where the footer leaves room for it.
 * A one-page document is returned as it is. The document's dates are kept, so the same input
 * always gives the same bytes.
 */
export async function stampPageNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  // Fastest parse, one-go save: pdf-lib otherwise pauses every 50 objects to yield, which costs
  // more than the work itself on a small document (and this runs in a worker anyway).
  const document = await PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const pages = document.getPages();
  if (pages.length < 2) return bytes;
  // The letter's own face (DejaVu, embedded), made once and copied in: see stampFace.ts.
  const font = (await stampFace(pdfFontBytesLoader())).in(document);
  const size = FONT_SIZES.small;
  const { red, green, blue } = pdfColor(COLORS.muted);
  const { context } = document;
  pages.forEach((page, index) => {
    const text = `Page ${index + 1}/${pages.length}`;
    const x = page.getWidth() - PAGE_MARGINS.right - font.width(text, size);
    const y = mm(8) + mm(1);
    const key = stampFontKey(page, font).toString();
    const content =
      `q BT ${key} ${num(size)} Tf ${num(red)} ${num(green)} ${num(blue)} rg ` +
      `${num(x)} ${num(y)} Td ${font.encode(text)} Tj ET Q\n`;
    page.node.addContentStream(context.register(context.stream(content)));
  });
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
