/**
 * The whole parse, synchronously: bytes -> workbook -> chosen sheet -> grid -> ParsedBalance.
 * The worker runs it off the main thread; tests call it directly in Node.
 */
import type { ParseGridOptions } from '../../domain/import/parseGrid';
import { parseGrid } from '../../domain/import/parseGrid';
import type { ParsedBalance } from '../../domain/import/types';
import { damagedMessage, readWorkbook } from './readWorkbook';
import { pickSheet, type SheetSummary } from './sheets';
import { sheetToGrid } from './sheetToGrid';
import { findDamagedZipEntry } from './zipIntegrity';

export type ParsePhase = 'reading' | 'sheet' | 'rows';

/**
 * Rows above which a sheet is refused before it is turned into a grid: a month's balance is a few
 * thousand to a hundred thousand lines; past this the worker could run out of memory and the
 * user would get a crash instead of a sentence.
 */
export const MAX_SHEET_ROWS = 500_000;

const countFormat = new Intl.NumberFormat('fr-FR');

export type ProgressListener = (phase: ParsePhase, percent: number) => void;

/** What the UI may pass: the parse options minus what the file itself provides. */
export interface SpreadsheetParseOptions
  extends Omit<ParseGridOptions, 'fileName' | 'sheetName' | 'onProgress'> {
  /** Sheet chosen by the user; default: the visible sheet that looks like a balance. */
  sheetName?: string;
  /** Row limit of the chosen sheet (default MAX_SHEET_ROWS). */
  maxRows?: number;
}

export type SpreadsheetParseResult =
  | { ok: true; balance: ParsedBalance; sheets: SheetSummary[] }
  | { ok: false; message: string; sheets: SheetSummary[] };

export function parseSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: SpreadsheetParseOptions = {},
  onProgress?: ProgressListener,
): SpreadsheetParseResult {
  onProgress?.('reading', 0);
  const read = readWorkbook(bytes, fileName);
  if (!read.ok) return { ok: false, message: read.message, sheets: [] };
  const { workbook } = read;
  onProgress?.('sheet', 0);
  const { name, sheets } = pickSheet(workbook, options.sheetName);
  const sheet = name ? workbook.Sheets[name] : undefined;
  // SheetJS reads a zip damaged inside as empty sheets: check before calling it empty.
  const damaged = () => (read.kind === 'zip' ? findDamagedZipEntry(bytes) : null);
  if (!name || !sheet) {
    const part = damaged();
    if (part) return { ok: false, message: damagedMessage(fileName, part), sheets };
    const hiddenOnly = sheets.some((s) => s.hidden && s.rowCount > 0);
    return {
      ok: false,
      sheets,
      message: hiddenOnly
        ? `Le classeur « ${fileName} » n’a de données que dans des feuilles masquées : affichez la feuille de la balance dans Excel, ou choisissez-la dans la liste.`
        : `Le classeur « ${fileName} » ne contient aucune donnée (toutes ses feuilles sont vides) : exportez à nouveau la balance âgée.`,
    };
  }
  const rowCount = sheets.find((s) => s.name === name)?.rowCount ?? 0;
  const maxRows = options.maxRows ?? MAX_SHEET_ROWS;
  if (rowCount > maxRows) {
    return {
      ok: false,
      sheets,
      message: `La feuille « ${name} » de « ${fileName} » compte ${countFormat.format(rowCount)} lignes, au-delà des ${countFormat.format(maxRows)} qu’un import peut traiter : exportez seulement les postes ouverts (ou une balance par société), puis réessayez.`,
    };
  }
  const grid = sheetToGrid(sheet, { date1904: workbook.Workbook?.WBProps?.date1904 === true });
  onProgress?.('rows', 0);
  const { sheetName: _requested, maxRows: _limit, ...gridOptions } = options;
  const balance = parseGrid(grid, {
    ...gridOptions,
    fileName,
    // A CSV has one nameless sheet: messages then name the file only.
    sheetName: read.kind === 'text' ? '' : name,
    onProgress: (percent) => onProgress?.('rows', percent),
  });
  if (balance.header === null) {
    const part = damaged();
    if (part) return { ok: false, message: damagedMessage(fileName, part), sheets };
  }
  return { ok: true, balance, sheets };
}
