/**
 * Drawing documents straight into a pdf-lib PDFDocument, with no layout engine: what the court
 * dossier's generated parts use, at a few milliseconds a page.
 *
 * How to use it:
 *   1. Fonts: `unicodeFonts(doc, loadUnicodeFonts)` embeds the bundled DejaVu faces (subset).
 *   2. Flow: `new Flow({ fonts, newPage: () => doc.addPage(A4_SIZE), margins, onPage })`, then
 *      `paragraph()`, `space()`, `keep(height)` before a block that must not split, `box()`,
 *      `rule()`, `drawText()` or `drawAligned()` for one line of text at a given place (positions
 *      are from the top), and `end()` when done: each sheet's drawing then goes onto it.
 *   3. Tables: `drawTable(flow, { columns, rows, totals, size, caption })`.
 */
export { fontKey, num, PageCanvas, type RectPaint, textWidth } from './canvas';
export {
  type Align,
  type BoxStyle,
  DEFAULT_LINE_HEIGHT,
  Flow,
  type FlowOptions,
  type Margins,
  type ParagraphStyle,
  type TextStyle,
} from './flow';
export { type DrawFonts, type UnicodeFontLoader, unicodeFonts } from './fonts';
export { drawTable, type TableSpec } from './table';
export { isWinAnsi, normalizeText, stringsIn, wrapText } from './text';
