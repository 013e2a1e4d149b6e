/**
 * Finds the header row under title lines (« Balance âgée clients au 31/10/2026 », company name,
 * filters), including two-line headers (« Date » over « échéance ») and merged group labels
 * (« Échéances » spanning the bucket columns).
 */
import { type Grid, isBlankCell, mergedCellValue, rowsWidth } from './grid';
import { isAmountField, type LabelMatch, recognizeNormalizedLabel } from './labels';
import { normalizeLabel } from './normalize';

/** Title lines above a header never run this long; past it, a table without header is a table. */
export const HEADER_SCAN_ROWS = 60;

export interface HeaderColumn {
  index: number;
  /** Label as printed (both lines of a two-line header when they read together). */
  label: string;
  normalized: string;
  /** Every header line of the column read together, normalised: what the signature is made of. */
  signed: string;
  match: LabelMatch | null;
}

export interface DetectedHeader {
  /** Zero-based index of the first and last header lines (equal for a one-line header). */
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn[];
  /** Number of recognised columns; 0 when the row cannot be a balance header. */
  score: number;
}

const IDENTITY_FIELDS = new Set(['accountNo', 'debtorName', 'documentNumber']);

function labelText(grid: Grid, r: number, c: number): string {
  const cell = mergedCellValue(grid, r, c);
  return typeof cell === 'string' ? cell.trim() : '';
}

function readColumn(grid: Grid, lines: readonly number[], c: number): HeaderColumn {
  const parts: string[] = [];
  for (const r of lines) {
    const text = labelText(grid, r, c);
    // A vertical merge repeats the same text on both lines: read it once.
    if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
  }
  const joined = parts.join(' ');
  const signed = normalizeLabel(joined);
  // Both lines together first (« Date » + « échéance »), then the lower one (« Non échu » under
  // « Échéances »), then the upper one (« Montant » over « EUR »).
  const candidates = parts.length === 2 ? [joined, parts[1] ?? '', parts[0] ?? ''] : parts;
  for (const label of candidates) {
    const normalized = normalizeLabel(label);
    const match = recognizeNormalizedLabel(normalized);
    if (match) return { index: c, label, normalized, signed, match };
  }
  return { index: c, label: joined, normalized: signed, signed, match: null };
}

/** Reads the header spanning `firstRow..lastRow` (zero-based, inclusive). */
export function readHeader(grid: Grid, firstRow: number, lastRow: number): DetectedHeader {
  const lines: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) lines.push(r);
  const width = rowsWidth(grid, firstRow, lastRow);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) columns.push(readColumn(grid, lines, c));
  return { firstRow, lastRow, columns, score: scoreColumns(columns) };
}

function scoreColumns(columns: readonly HeaderColumn[]): number {
  const seen = new Set<string>();
  let hasAmount = false;
  let hasIdentity = false;
  for (const { match } of columns) {
    if (!match) continue;
    if ('olderBucket' in match) {
      seen.add('older');
      hasAmount = true;
      continue;
    }
    const field = match.fields[0];
    if (!field) continue;
    seen.add(field);
    if (isAmountField(field)) hasAmount = true;
    if (match.fields.some((f) => IDENTITY_FIELDS.has(f))) hasIdentity = true;
  }
  return hasAmount && hasIdentity && seen.size >= 2 ? seen.size : 0;
}

function hasText(grid: Grid, r: number): boolean {
  const row = grid.rows[r];
  if (!row) return false;
  for (const cell of row) if (typeof cell === 'string' && !isBlankCell(cell)) return true;
  return false;
}

/**
 * The best-scoring header in the first rows, or null. A neighbouring line joins it when reading
 * both lines together recognises strictly more columns (a two-line header).
 */
export function detectHeader(grid: Grid, scanRows = HEADER_SCAN_ROWS): DetectedHeader | null {
  const limit = Math.min(scanRows, grid.rows.length);
  let best: DetectedHeader | null = null;
  for (let r = 0; r < limit; r++) {
    if (!hasText(grid, r)) continue;
    const header = readHeader(grid, r, r);
    if (header.score > (best?.score ?? 0)) best = header;
  }
  if (!best) return null;
  const row = best.firstRow;
  for (const [first, last] of [
    [row - 1, row],
    [row, row + 1],
  ] as const) {
    if (first < 0 || last >= grid.rows.length || !hasText(grid, first) || !hasText(grid, last)) {
      continue;
    }
    const twoLines = readHeader(grid, first, last);
    if (twoLines.score > best.score) best = twoLines;
  }
  return best;
}
