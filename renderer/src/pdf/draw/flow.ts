/**
 * Text flowing down pages, drawn straight into a pdf-lib document: a cursor that starts at the
 * top margin of a sheet, moves down as blocks are drawn, and opens the next sheet when a block
 * does not fit above the bottom margin. Positions are measured from the top of the sheet, as one
 * reads; conversion to PDF coordinates (origin at the bottom) happens only when drawing. Call
 * `end()` once done: each sheet's drawing is added to it then.
 */
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { PageCanvas, type RectPaint, textWidth } from './canvas';
import type { DrawFonts } from './fonts';
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
  color?: RGB;
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

export type BoxStyle = RectPaint;

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
  private readonly canvases: PageCanvas[] = [];
  private current: PageCanvas | undefined;
  /** Distance from the top of the sheet to where the next block goes. */
  y: number;

  constructor(private readonly options: FlowOptions) {
    this.fonts = options.fonts;
    this.y = options.margins.top;
  }

  private get canvas(): PageCanvas {
    if (!this.current) this.nextPage();
    return this.current as PageCanvas;
  }

  get page(): PDFPage {
    return this.canvas.page;
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
    this.current = new PageCanvas(page);
    this.canvases.push(this.current);
    this.y = this.options.margins.top;
    this.options.onPage?.(page, this);
  }

  /** Adds every sheet's drawing to its page. */
  end(): void {
    for (const canvas of this.canvases) canvas.finish();
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
    return textWidth(this.font(style), this.fonts.printable(text), style.size);
  }

  /** `text` broken into lines of at most `width` in `style`. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const font = this.font(style);
    return wrapText(this.fonts.printable(text), width, (t) => textWidth(font, t, style.size));
  }

  /**
   * Draws one line of text whose line box starts `top` below the top of the sheet, the baseline
   * set so that capitals sit in the middle of the box.
   */
  drawText(text: string, x: number, top: number, style: TextStyle): void {
    const printable = this.fonts.printable(text);
    if (!printable) return;
    const baseline = top + this.lineHeight(style) / 2 + 0.35 * style.size;
    const { canvas } = this;
    canvas.text(
      printable,
      this.font(style),
      style.size,
      x,
      canvas.page.getHeight() - baseline,
      style.color,
    );
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
        this.drawText(word, at, top, style);
        at += (widths[i] ?? 0) + gap;
      });
      return;
    }
    const free = width - this.measure(line, style);
    const offset = align === 'center' ? free / 2 : align === 'right' ? free : 0;
    this.drawText(line, x + offset, top, style);
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
    const { canvas } = this;
    canvas.rect(x, canvas.page.getHeight() - top - height, width, height, style);
  }

  /** A horizontal rule `top` below the top of the sheet. */
  rule(x: number, top: number, width: number, color: RGB, thickness: number): void {
    const { canvas } = this;
    const y = canvas.page.getHeight() - top;
    canvas.line(x, y, x + width, y, color, thickness);
  }
}
