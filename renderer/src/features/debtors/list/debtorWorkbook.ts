/**
 * The filtered debtor list as an .xlsx workbook a credit manager can work with: amounts are
 * numbers in a euro format (they add up), dates are real Excel dates (they sort and filter),
 * the header row has an autofilter, and the header and the first two columns are frozen.
 *
 * SheetJS community edition writes the autofilter and number formats but has no option for
 * frozen panes (its `!views`/pane support is in the Pro edition): the `<pane>` element is
 * added to the sheet's XML after writing, by unzipping and re-zipping the file with fflate.
 * No cell styling (bold header, fills) for the same reason.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CellObject, WorkSheet } from 'xlsx';
import type { BucketKey } from '../../../domain/aging';
import { EARLIEST_DATE, isoDate, toDayNumber } from '../../../domain/dates';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { cents, eurosFromCents, ZERO_CENTS } from '../../../domain/money';
import { type ColumnSpec, cellValue, isBucketColumn } from './columnValues';

export const EURO_FORMAT = '#,##0.00\\ "€";\\-#,##0.00\\ "€"';
export const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** Day number of 1899-12-30, Excel's day zero (1900 date system). */
const EXCEL_EPOCH_DAY = toDayNumber(EARLIEST_DATE) - 2;

export interface WorkbookContext {
  bucketLabels: Record<BucketKey, string>;
  /** Lines of the « Filtres » sheet: what the view is (as-of date, filters, sort). */
  description: readonly [string, string][];
}

function excelDate(iso: string): number {
  return toDayNumber(isoDate(iso)) - EXCEL_EPOCH_DAY;
}

/** Local wall-clock time as an Excel serial (Excel has no time zones). */
function excelDateTime(instant: string): number {
  const d = new Date(instant);
  const local = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
  );
  return local / 86_400_000 - EXCEL_EPOCH_DAY;
}

function cell(row: DebtorSummary, column: ColumnSpec): CellObject {
  const value = cellValue(row, column.key);
  switch (column.kind) {
    case 'amount':
      return {
        t: 'n',
        v: eurosFromCents(typeof value === 'number' ? cents(value) : ZERO_CENTS),
        z: EURO_FORMAT,
      };
    case 'count':
      return { t: 'n', v: typeof value === 'number' ? value : 0 };
    case 'date':
      return typeof value === 'string'
        ? { t: 'n', v: excelDate(value), z: DATE_FORMAT }
        : { t: 'z' };
    case 'instant':
      return typeof value === 'string'
        ? { t: 'n', v: excelDateTime(value), z: DATE_TIME_FORMAT }
        : { t: 'z' };
    default:
      return value === undefined ? { t: 'z' } : { t: 's', v: String(value) };
  }
}

function headerLabel(column: ColumnSpec, context: WorkbookContext): string {
  return isBucketColumn(column.key) ? context.bucketLabels[column.key] : column.label;
}

/** Freezes the first row and the first `columns` columns of sheet 1 (see file comment). */
export function freezePanes(xlsx: Uint8Array, columns: number): Uint8Array {
  const files = unzipSync(xlsx);
  const path = 'xl/worksheets/sheet1.xml';
  const sheet = files[path];
  if (!sheet) return xlsx;
  const topLeft = `${String.fromCharCode(65 + columns)}2`;
  const pane =
    `<sheetView workbookViewId="0"><pane xSplit="${columns}" ySplit="1" topLeftCell="${topLeft}" ` +
    `activePane="bottomRight" state="frozen"/><selection pane="topRight"/>` +
    `<selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="${topLeft}" ` +
    `sqref="${topLeft}"/></sheetView>`;
  const xml = strFromU8(sheet).replace(/<sheetView\b[^>]*\/>/, pane);
  files[path] = strToU8(xml);
  return zipSync(files, { level: 6 });
}

export async function debtorWorkbook(
  rows: readonly DebtorSummary[],
  columns: readonly ColumnSpec[],
  context: WorkbookContext,
): Promise<Uint8Array> {
  // Loaded on demand: SheetJS stays out of the list's bundle until someone exports.
  const XLSX = await import('xlsx');
  const sheet: WorkSheet = {};
  columns.forEach((column, c) => {
    sheet[XLSX.utils.encode_cell({ r: 0, c })] = { t: 's', v: headerLabel(column, context) };
  });
  rows.forEach((row, index) => {
    columns.forEach((column, c) => {
      const value = cell(row, column);
      if (value.t !== 'z') sheet[XLSX.utils.encode_cell({ r: index + 1, c })] = value;
    });
  });
  const range = { s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(0, columns.length - 1) } };
  sheet['!ref'] = XLSX.utils.encode_range(range);
  sheet['!autofilter'] = { ref: XLSX.utils.encode_range(range) };
  sheet['!cols'] = columns.map((column) => ({ wch: Math.max(10, Math.round(column.width / 7)) }));

  const about = XLSX.utils.aoa_to_sheet(
    context.description.map(([label, value]) => [label, value]),
  );
  about['!cols'] = [{ wch: 28 }, { wch: 60 }];

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Débiteurs');
  XLSX.utils.book_append_sheet(book, about, 'Filtres');
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  const frozen = columns.findIndex((c) => c.key === 'name') + 1;
  return freezePanes(new Uint8Array(bytes as ArrayBuffer), Math.min(frozen, 2));
}
