import type { ImportIssue } from '../../domain/import/types';

/** The issue list as an .xlsx workbook, for the person who fixes the ERP export. */
export async function issuesWorkbook(issues: readonly ImportIssue[]): Promise<Uint8Array> {
  const XLSX = await import('xlsx');
  const rows = [
    ['Gravité', 'Fichier', 'Feuille', 'Ligne', 'Colonne', 'Valeur', 'Message'],
    ...issues.map((issue) => [
      issue.severity === 'error' ? 'Erreur' : 'Avertissement',
      issue.fileName,
      issue.sheetName,
      issue.row ?? '',
      issue.column ?? '',
      issue.value ?? '',
      issue.message,
    ]),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = [
    { wch: 14 },
    { wch: 28 },
    { wch: 18 },
    { wch: 8 },
    { wch: 8 },
    { wch: 18 },
    { wch: 90 },
  ];
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: 6 } }),
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Anomalies');
  // type 'array' gives an ArrayBuffer: wrap it, the bridge takes bytes.
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
