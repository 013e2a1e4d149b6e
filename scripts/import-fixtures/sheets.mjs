/**
 * Small helpers to write fixture workbooks with SheetJS: typed cells (dates as serials with a
 * date format, so no time zone can shift them), merges, and deterministic output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as XLSX from 'xlsx';
import { excelSerial } from './ledger.mjs';

export { XLSX };

export const EURO_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** Cents -> number cell of euros (blank when null). */
export function money(cents, format = EURO_FORMAT) {
  if (cents === null || cents === undefined) return null;
  return { t: 'n', v: cents / 100, z: format };
}

/** `2026-10-31` -> date cell (serial + date format). */
export function date(iso) {
  return iso ? { t: 'n', v: excelSerial(iso), z: DATE_FORMAT } : null;
}

/** Rows of plain values or cell objects -> worksheet. */
export function sheetFromRows(rows, { merges = [], ref } = {}) {
  const sheet = XLSX.utils.aoa_to_sheet(
    rows.map((row) => row.map((v) => (v && typeof v === 'object' ? null : v))),
  );
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value && typeof value === 'object') sheet[XLSX.utils.encode_cell({ r, c })] = value;
    });
  });
  const width = Math.max(...rows.map((row) => row.length));
  sheet['!ref'] =
    ref ?? XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: width - 1 } });
  if (merges.length) sheet['!merges'] = merges;
  return sheet;
}

/** Writes sheets `[{ name, rows | sheet, hidden }]` to `path` in `bookType`. */
export function writeWorkbook(path, sheets, bookType = 'xlsx') {
  const workbook = XLSX.utils.book_new();
  for (const { name, rows, sheet, merges } of sheets) {
    XLSX.utils.book_append_sheet(workbook, sheet ?? sheetFromRows(rows, { merges }), name);
  }
  workbook.Workbook = {
    Sheets: sheets.map(({ name, hidden }) => ({ name, Hidden: hidden ? 1 : 0 })),
  };
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType, compression: true });
  writeBytes(path, bytes);
  return bytes;
}

export function writeBytes(path, bytes) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Merge of a zero-based inclusive range. */
export function merge(r1, c1, r2, c2) {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}
