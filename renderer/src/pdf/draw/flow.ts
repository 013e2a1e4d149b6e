/**
 * Text flowing down pages, drawn straight into a pdf-lib document: a cursor that starts at the
 * top margin of a sheet, moves down as blocks are drawn, and opens the next sheet when a block
 * does not fit above the bottom margin. Positions are measured from the top of the sheet, as one
 * reads; conversion to PDF coordinates (origin at the bottom) happens only when drawing.
 */
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import type { DrawFonts } from './fonts';
import { showText } from './pageText';
import { wrapText } from './text';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Color;
  /** Height of a line as a multiple of the size: 1.35 unless said. */
  lineHeight?: number;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle extends TextStyle {
  align?: Align;
  /** Offset from the left margin. */
  indent?: number;
  /** Width of the lines: up to the right margin unless said. */
  width?: number;
  spaceAfter?: number;
}

export interface BoxStyle {
  fill?: Color;
  border?: Color;
  borderWidth?: number;
}

export interface FlowOptions {
  fonts: DrawFonts;
  /** Makes the next sheet: appended, or inserted where the part goes. */
  newPage: () => PDFPage;
  margins: Margins;
  /** Drawn on every sheet as it opens, e.g. a running footer. */
  onPage?: (page: PDFPage, flow: Flow) => void;
}

export const DEFAULT_LINE_HEIGHT = 1.35;

export class Flow {
  readonly pages: PDFPage[] = [];
  readonly fonts: DrawFonts;
  private current: PDFPage | undefined;
  /** Distance from the top of the sheet to where the next block goes. */
  y: number;

  constructor(private readonly options: FlowOptions) {
    this.fonts = options.fonts;
    this.y = options.margins.top;
  }

  get page(): PDFPage {
    if (!this.current) this.nextPage();
    return this.current as PDFPage;
  }

  get margins(): Margins {
    return this.options.margins;
  }

  get left(): number {
    return this.options.margins.left;
  }

  /** Width between the margins. */
  get width(): number {
    return this.page.getWidth() - this.options.margins.left - this.options.margins.right;
  }

  /** Where the content must end, from the top of the sheet. */
  get bottom(): number {
    return this.page.getHeight() - this.options.margins.bottom;
  }

  nextPage(): void {
    const page = this.options.newPage();
    this.pages.push(page);
    this.current = page;
    this.y = this.options.margins.top;
    this.options.onPage?.(page, this);
  }

  /**
   * Opens the next sheet unless a block `height` high fits below the cursor. A block higher than
   * a whole sheet starts at the top of one and overflows it rather than looping.
   */
  keep(height: number): void {
    if (!this.current) this.nextPage();
    if (this.y + height > this.bottom && this.y > this.options.margins.top) this.nextPage();
  }

  space(height: number): void {
    this.y += height;
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.lineHeight ?? DEFAULT_LINE_HEIGHT);
  }

  /** Width of `text` drawn in `style`. */
  measure(text: string, style: TextStyle): number {
    return this.font(style).widthOfTextAtSize(this.fonts.printable(text), style.size);
  }

  /** `text` broken into lines of at most `width` in `style`. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const font = this.font(style);
    return wrapText(this.fonts.printable(text), width, (t) =>
      font.widthOfTextAtSize(t, style.size),
    );
  }

  /**
   * Draws one line whose line box starts `top` below the top of the sheet, the baseline set so
   * that capitals sit in the middle of the box.
   */
  drawLine(text: string, x: number, top: number, style: TextStyle): void {
    const printable = this.fonts.printable(text);
    if (!printable) return;
    const page = this.page;
    const baseline = top + this.lineHeight(style) / 2 + 0.35 * style.size;
    showText(page, printable, {
      x,
      y: page.getHeight() - baseline,
      size: style.size,
      font: this.font(style),
      ...(style.color ? { color: style.color } : {}),
    });
  }

  /** One line aligned within `width` from `x`; justified lines spread their words to the edges. */
  drawAligned(line: string, x: number, top: number, width: number, style: ParagraphStyle): void {
    const align = style.align ?? 'left';
    if (align === 'justify') {
      const words = line.split(' ');
      const widths = words.map((word) => this.measure(word, style));
      const gap = (width - widths.reduce((a, b) => a + b, 0)) / Math.max(1, words.length - 1);
      let at = x;
      words.forEach((word, i) => {
        this.drawLine(word, at, top, style);
        at += (widths[i] ?? 0) + gap;
      });
      return;
    }
    const free = width - this.measure(line, style);
    const offset = align === 'center' ? free / 2 : align === 'right' ? free : 0;
    this.drawLine(line, x + offset, top, style);
  }

  /** A wrapped paragraph flowing onto the next sheets as needed. */
  paragraph(text: string, style: ParagraphStyle): void {
    const x = this.left + (style.indent ?? 0);
    const width = style.width ?? this.width - (style.indent ?? 0);
    const lineHeight = this.lineHeight(style);
    const lines = this.wrap(text, width, style);
    lines.forEach((line, i) => {
      this.keep(lineHeight);
      const last = i === lines.length - 1;
      const lineStyle =
        style.align === 'justify' && last ? { ...style, align: 'left' as const } : style;
      this.drawAligned(line, x, this.y, width, lineStyle);
      this.y += lineHeight;
    });
    this.y += style.spaceAfter ?? 0;
  }

  /** A rectangle whose top edge is `top` below the top of the sheet. */
  box(x: number, top: number, width: number, height: number, style: BoxStyle): void {
    const page = this.page;
    page.drawRectangle({
      x,
      y: page.getHeight() - top - height,
      width,
      height,
      ...(style.fill ? { color: style.fill } : {}),
      ...(style.border ? { borderColor: style.border, borderWidth: style.borderWidth ?? 0.5 } : {}),
    });
  }

  /** A horizontal rule `top` below the top of the sheet. */
  rule(x: number, top: number, width: number, color: Color, thickness: number): void {
    const page = this.page;
    const y = page.getHeight() - top;
    page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color });
  }
}
