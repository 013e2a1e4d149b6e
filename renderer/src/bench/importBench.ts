/**
 * The import end to end on a 100,000-row open-items workbook, as a user runs it: parse in the
 * worker, then commit in one transaction. The baseline is the least any import must do with the
 * same file: SheetJS read + sheet_to_json, and a raw bulkPut of as many rows.
 */
import * as XLSX from 'xlsx';
import { generateDemoPortfolio } from '../demo/generator';
import { isoDate, todayIso } from '../domain/dates';
import type { Invoice } from '../domain/model';
import { centsFromNumber } from '../domain/money';
import { createImportSession } from '../workers/spreadsheet/client';
import { withFreshDatabase } from './freshDatabase';
import { watchMainThread } from './mainThreadWatch';
import type { Measurement } from './runner';

const AS_OF = isoDate('2026-11-23');
const FILE_NAME = 'balance_agee_100k_2026-11-23.xlsx';

let workbookBytes: Uint8Array | undefined;

const ROWS = 100_000;

/**
 * A Sage-like balance: a title line, a header, 100,000 rows of real date and number cells, each
 * with something left to pay. An aged balance lists open items; a row with nothing left is not
 * imported as an item, and the portfolio generator settles some invoices: generated with a margin,
 * the settled ones left out.
 */
export function benchWorkbook(): Uint8Array {
  if (workbookBytes) return workbookBytes;
  const generated = generateDemoPortfolio({
    seed: 7,
    debtors: 10_000,
    items: Math.round(ROWS * 1.02),
    asOfDate: AS_OF,
  });
  const { debtors } = generated;
  const invoices = generated.invoices.filter((i) => i.openCents !== 0).slice(0, ROWS);
  if (invoices.length < ROWS) throw new Error(`${invoices.length} pièces ouvertes générées`);
  const byId = new Map(debtors.map((d) => [d.id, d]));
  const toDate = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  const rows: unknown[][] = [
    ['Balance âgée clients au 23/11/2026'],
    [],
    ['Code client', 'Raison sociale', 'N° pièce', 'Date pièce', 'Échéance', 'Montant', 'Reste dû'],
    ...invoices.map((i) => {
      const debtor = byId.get(i.debtorId);
      return [
        debtor?.accountNo,
        debtor?.name,
        i.number,
        toDate(i.issueDate),
        toDate(i.dueDate),
        i.amountCents / 100,
        i.openCents / 100,
      ];
    }),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'dd/mm/yyyy' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Balance');
  workbookBytes = new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
  );
  return workbookBytes;
}

let workbookFile: File | undefined;

/**
 * The workbook as the browser hands a chosen file to the app: a File, which crosses to the worker
 * by reference. Posting the bytes themselves copied them on the main thread (the generated
 * workbook is 30 MB, stored uncompressed: 100-490 ms in one task), which no user path does.
 */
export function benchWorkbookFile(): File {
  workbookFile ??= new File([benchWorkbook() as BlobPart], FILE_NAME);
  return workbookFile;
}

export function importEndToEnd(): Promise<Measurement> {
  const file = benchWorkbookFile();
  return withFreshDatabase(async (db) => {
    const watch = await watchMainThread();
    const start = performance.now();
    const session = createImportSession();
    const parsed = await session.parse(file, FILE_NAME);
    if (!parsed.ok) throw new Error(parsed.message);
    const parsedAt = performance.now();
    // The review screen asks for the balance's claim as soon as it shows: a user who clicks
    // « Importer » at once waits for it, so the benchmark does too.
    void session.claim();
    const importId = await session.commit({
      sha256: 'bench',
      partialFile: false,
      by: 'bench',
      databaseName: db.name,
    });
    const ms = performance.now() - start;
    const report = watch.stop();
    console.info(
      `[bench] import.xlsx.100k: analyse ${(parsedAt - start).toFixed(0)} ms, enregistrement ${(start + ms - parsedAt).toFixed(0)} ms, plus longue tâche ${report.longestTaskMs.toFixed(0)} ms à +${(report.longestTaskAt - start).toFixed(0)} ms`,
    );
    const written = (await db.imports.get(importId))?.counts.items;
    if (written !== ROWS) throw new Error(`${written} pièces importées au lieu de 100 000`);
    return { ms, metrics: { longestTask: report.longestTaskMs, peakHeap: report.peakHeapMb } };
  });
}

export function rawImportBaseline(): Promise<Measurement> {
  const bytes = benchWorkbook();
  return withFreshDatabase(async (db) => {
    const watch = await watchMainThread();
    const start = performance.now();
    const book = XLSX.read(bytes, { dense: true, cellDates: true });
    const readAt = performance.now();
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('feuille absente');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }).slice(3);
    const invoices = rows.map(
      (row, index): Invoice => ({
        id: `raw-${index}`,
        debtorId: String(row[0]),
        number: String(row[2]),
        kind: 'invoice',
        // The sheet is read with cellDates: a due date cell is a Date.
        dueDate: row[4] instanceof Date ? todayIso(row[4]) : AS_OF,
        amountCents: centsFromNumber(Number(row[5])),
        openCents: centsFromNumber(Number(row[6])),
        currency: 'EUR',
        status: 'open',
      }),
    );
    const writeAt = performance.now();
    await db.invoices.bulkPut(invoices);
    const ms = performance.now() - start;
    console.info(
      `[bench] référence : read ${(readAt - start).toFixed(0)} ms, sheet_to_json ${(writeAt - readAt).toFixed(0)} ms, bulkPut ${(start + ms - writeAt).toFixed(0)} ms`,
    );
    const report = watch.stop();
    return { ms, metrics: { longestTask: report.longestTaskMs, peakHeap: report.peakHeapMb } };
  });
}
