/**
 * The sheets of the dossier's generated parts (cover, requête, décompte, bordereau): A4, the
 * letters' margins, a running line at the bottom left saying which part this is. The bottom
 * right corner stays empty: the assembly stamps « Dossier — page n/N » there on every page.
 */
import type { PDFPage } from 'pdf-lib';
import { A4, mm, PAGE_MARGINS } from '../../base/geometry';
import { COLORS, FONT_SIZES, pdfColor } from '../../base/palette';
import { type DrawFonts, Flow, type ParagraphStyle, type TextStyle } from '../../draw';

export const A4_SIZE: [number, number] = [A4.width, A4.height];

export const STYLES = {
  body: { size: FONT_SIZES.body, color: pdfColor(COLORS.text) },
  bold: { size: FONT_SIZES.body, bold: true, color: pdfColor(COLORS.text) },
  muted: { size: FONT_SIZES.body, color: pdfColor(COLORS.muted) },
  note: { size: FONT_SIZES.note, color: pdfColor(COLORS.muted) },
  /** Justified body text with room under it, as the letters' paragraphs. */
  paragraph: {
    size: FONT_SIZES.body,
    color: pdfColor(COLORS.text),
    align: 'justify',
    spaceAfter: 7,
  },
  /** Notices a reader must not miss (the draft status). */
  warning: { size: FONT_SIZES.note, color: pdfColor('#92400e') },
} satisfies Record<string, TextStyle | ParagraphStyle>;

const RUNNING: TextStyle = {
  size: FONT_SIZES.small,
  lineHeight: 1.2,
  color: pdfColor(COLORS.muted),
};
/** The running line ends here, clear of the page stamp. */
const RUNNING_RIGHT = mm(70);
const RUNNING_BOTTOM = mm(9);

function drawRunning(flow: Flow, page: PDFPage, text: string): void {
  const width = page.getWidth() - PAGE_MARGINS.left - RUNNING_RIGHT;
  const lines = flow.wrap(text, width, RUNNING);
  const lineHeight = flow.lineHeight(RUNNING);
  const top = page.getHeight() - RUNNING_BOTTOM - lines.length * lineHeight;
  lines.forEach((line, i) => {
    flow.drawText(line, PAGE_MARGINS.left, top + i * lineHeight, RUNNING);
  });
}

/** A part that flows over as many sheets as it needs, each made by `newPage`. */
export function dossierFlow(fonts: DrawFonts, newPage: () => PDFPage, running: string): Flow {
  return new Flow({
    fonts,
    newPage,
    margins: { ...PAGE_MARGINS, bottom: mm(22) },
    onPage: (page, flow) => drawRunning(flow, page, running),
  });
}

const TITLE: ParagraphStyle = {
  size: FONT_SIZES.title,
  bold: true,
  color: pdfColor(COLORS.accent),
  spaceAfter: mm(2),
};

/** A section title in the accent colour, kept on the sheet of the lines that follow it. */
export function sectionTitle(flow: Flow, text: string): void {
  flow.keep(mm(4) + flow.lineHeight(TITLE) + mm(2) + 3 * flow.lineHeight(STYLES.body));
  flow.space(mm(4));
  flow.paragraph(text, TITLE);
}
