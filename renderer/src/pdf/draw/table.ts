/**
 * A table of items drawn with pdf-lib, looking like the letters' ItemsTable: a tinted header row
 * with a rule under it, thin rules between rows, right-aligned totals, a caption in small type.
 * Columns share the width in proportion to their `width`; a cell too long for its column wraps.
 * A row never splits across sheets, and the header is drawn again at the top of each new sheet.
 * The header is never left without a row: it goes to the next sheet with the first row when that
 * row does not fit under it, and a table with no rows has no header (only its totals).
 */
import { COLORS, FONT_SIZES, pdfColor } from '../base/palette';
import type { TableColumn, TableTotal } from '../base/tableModel';
import type { Flow, TextStyle } from './flow';

export interface TableSpec<Row> {
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  totals?: readonly TableTotal[];
  /** Type size of the cells. */
  size: number;
  /** Small type under the table (conventions of a décompte, sources). */
  caption?: string;
}

const PAD_X = 3;
const PAD_Y = 2;
const LINE_HEIGHT = 1.25;
/** Width of the totals' value column, and the gap before it. */
const TOTAL_VALUE_WIDTH = 80;
const TOTAL_GAP = 12;
const SPACE_AFTER = 8;

interface RowLayout {
  lines: string[][];
  height: number;
}

export function drawTable<Row>(flow: Flow, spec: TableSpec<Row>): void {
  const { columns, rows, totals = [], size } = spec;
  const left = flow.left;
  const width = flow.width;
  const weight = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / weight) * width);
  const body: TextStyle = { size, lineHeight: LINE_HEIGHT, color: pdfColor(COLORS.text) };
  const head: TextStyle = { ...body, bold: true };
  const lineHeight = flow.lineHeight(body);

  const layout = (cells: readonly string[], style: TextStyle): RowLayout => {
    const lines = cells.map((cell, i) => flow.wrap(cell, (widths[i] ?? 0) - 2 * PAD_X, style));
    const count = Math.max(1, ...lines.map((l) => l.length));
    return { lines, height: count * lineHeight + 2 * PAD_Y };
  };

  const drawCells = (row: RowLayout, style: TextStyle) => {
    let x = left;
    columns.forEach((column, i) => {
      const cellWidth = (widths[i] ?? 0) - 2 * PAD_X;
      (row.lines[i] ?? []).forEach((line, j) => {
        flow.drawAligned(line, x + PAD_X, flow.y + PAD_Y + j * lineHeight, cellWidth, {
          ...style,
          align: column.align ?? 'left',
        });
      });
      x += widths[i] ?? 0;
    });
  };

  const header = layout(
    columns.map((column) => column.header),
    head,
  );
  const drawHeader = () => {
    flow.box(left, flow.y, width, header.height, { fill: pdfColor(COLORS.headerFill) });
    drawCells(header, head);
    flow.rule(left, flow.y + header.height, width, pdfColor(COLORS.accent), 0.75);
    flow.y += header.height;
  };

  const layouts = rows.map((row) =>
    layout(
      columns.map((column) => column.cell(row)),
      body,
    ),
  );
  if (layouts.length > 0) {
    flow.keep(header.height + (layouts[0]?.height ?? 0));
    drawHeader();
  }
  for (const row of layouts) {
    if (flow.y + row.height > flow.bottom) {
      flow.nextPage();
      drawHeader();
    }
    drawCells(row, body);
    flow.rule(left, flow.y + row.height, width, pdfColor(COLORS.rule), 0.25);
    flow.y += row.height;
  }

  const valueLeft = left + width - PAD_X - TOTAL_VALUE_WIDTH;
  for (const total of totals) {
    const style = total.emphasis ? head : body;
    const height = lineHeight + 2 * PAD_Y;
    flow.keep(height);
    if (total.emphasis) flow.rule(left, flow.y, width, pdfColor(COLORS.accent), 0.75);
    const labelWidth = valueLeft - TOTAL_GAP - left;
    const top = flow.y + PAD_Y;
    flow.drawAligned(total.label, left, top, labelWidth, { ...style, align: 'right' });
    flow.drawAligned(total.value, valueLeft, top, TOTAL_VALUE_WIDTH, { ...style, align: 'right' });
    flow.y += height;
  }

  if (spec.caption) {
    flow.space(3);
    flow.paragraph(spec.caption, {
      size: FONT_SIZES.small,
      lineHeight: 1.3,
      color: pdfColor(COLORS.muted),
    });
  }
  flow.space(SPACE_AFTER);
}
