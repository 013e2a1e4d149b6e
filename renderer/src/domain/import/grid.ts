/**
 * The grid the parser reads: cell values as the spreadsheet reader found them, with no SheetJS
 * type leaking into the domain. Row index 0 is Excel row 1 and column index 0 is column A, so
 * messages can name cells exactly as Excel shows them.
 */

/** A formula error cell (`#N/A`, `#REF!`, …). */
export interface CellError {
  error: string;
}

/** A numeric cell whose number format names a currency (`[$USD] #,##0.00`, `# ##0,00 €`). */
export interface MoneyCell {
  amount: number;
  currency: string;
}

export type Cell = string | number | boolean | Date | null | CellError | MoneyCell;

export type GridRow = ReadonlyArray<Cell | undefined>;

export interface CellAddress {
  r: number;
  c: number;
}

/** Merged range, zero-based and inclusive (same shape as SheetJS `!merges`). */
export interface CellRange {
  s: CellAddress;
  e: CellAddress;
}

export interface Grid {
  /** Row 0 is Excel row 1; a missing row is blank. Trailing blank rows may be absent. */
  rows: ReadonlyArray<GridRow | undefined>;
  merges?: ReadonlyArray<CellRange>;
  /** Workbook saved with the 1904 date system (old Mac Excel): serials count from 1904. */
  date1904?: boolean;
  /** Range of the sheet's automatic filter (`A5:H120`): rows may have been hidden by it. */
  autoFilter?: string;
}

export function isCellError(cell: Cell | undefined): cell is CellError {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'error' in cell;
}

export function isMoneyCell(cell: Cell | undefined): cell is MoneyCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'amount' in cell;
}

export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

export function isBlankRow(row: GridRow | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** `0` -> `A`, `25` -> `Z`, `26` -> `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The cell as the user would read it, for messages and labels (never for computing). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${pad2(cell.getUTCDate())}/${pad2(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  if ('error' in cell) return cell.error;
  return `${cell.amount} ${cell.currency}`;
}

/** Looks a cell up, resolving merged ranges to their top-left value (Excel shows it there). */
export function mergedCellValue(grid: Grid, r: number, c: number): Cell | undefined {
  const own = grid.rows[r]?.[c];
  if (!isBlankCell(own) || !grid.merges) return own;
  for (const range of grid.merges) {
    if (r >= range.s.r && r <= range.e.r && c >= range.s.c && c <= range.e.c) {
      return grid.rows[range.s.r]?.[range.s.c];
    }
  }
  return own;
}

/** Number of columns of the widest of the given rows. */
export function rowsWidth(grid: Grid, from: number, to: number): number {
  let width = 0;
  for (let r = from; r <= to; r++) width = Math.max(width, grid.rows[r]?.length ?? 0);
  for (const range of grid.merges ?? []) {
    if (range.s.r <= to && range.e.r >= from) width = Math.max(width, range.e.c + 1);
  }
  return width;
}
