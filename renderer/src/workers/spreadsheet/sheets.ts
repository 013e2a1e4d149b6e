/**
 * Which sheet holds the balance. Hidden sheets (parameters, pivots' sources) are ignored unless
 * the user names one; among visible sheets the one whose header looks most like a balance wins.
 */
import type * as XLSX from 'xlsx';
import { detectHeader } from '../../domain/import/header';
import { sheetToGrid } from './sheetToGrid';

export interface SheetSummary {
  name: string;
  hidden: boolean;
  /** Rows actually stored (not the range the sheet claims). */
  rowCount: number;
  /** A balance header was recognised in its first rows. */
  looksLikeBalance: boolean;
}

interface ScoredSheet extends SheetSummary {
  score: number;
}

const PREVIEW_ROWS = 80;

function isHidden(workbook: XLSX.WorkBook, index: number): boolean {
  const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden;
  return hidden === 1 || hidden === 2;
}

function storedRowCount(sheet: XLSX.WorkSheet): number {
  const data = sheet['!data'] ?? [];
  let count = data.length;
  while (count > 0 && !data[count - 1]?.length) count--;
  return count;
}

function scoreSheets(workbook: XLSX.WorkBook): ScoredSheet[] {
  return workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const hidden = isHidden(workbook, index);
    if (!sheet) return { name, hidden, rowCount: 0, looksLikeBalance: false, score: 0 };
    const rowCount = storedRowCount(sheet);
    const header =
      rowCount > 0 ? detectHeader(sheetToGrid(sheet, { maxRows: PREVIEW_ROWS })) : null;
    const score = header?.score ?? 0;
    return { name, hidden, rowCount, looksLikeBalance: score > 0, score };
  });
}

export function summarizeSheets(workbook: XLSX.WorkBook): SheetSummary[] {
  return scoreSheets(workbook).map(({ score: _score, ...summary }) => summary);
}

/**
 * The sheet to read: the one asked for when it exists, else the visible sheet with the best
 * balance header, else the first visible sheet with data (its « no header » error will be
 * precise). Null when no visible sheet holds anything.
 */
export function pickSheet(
  workbook: XLSX.WorkBook,
  requested?: string,
): { name: string | null; sheets: SheetSummary[] } {
  const scored = scoreSheets(workbook);
  const sheets = scored.map(({ score: _score, ...summary }) => summary);
  if (requested && workbook.SheetNames.includes(requested)) return { name: requested, sheets };
  let best: ScoredSheet | null = null;
  for (const sheet of scored) {
    if (sheet.hidden || sheet.rowCount === 0) continue;
    if (!best || sheet.score > best.score) best = sheet;
  }
  return { name: best?.name ?? null, sheets };
}
