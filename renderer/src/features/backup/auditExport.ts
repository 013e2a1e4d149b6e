import { formatInstantFr } from '../../domain/dates';
import type { AuditEntry } from '../../domain/model';
import { auditActionLabel } from './auditLabels';

/** The audit log as an .xlsx workbook, one row per entry, newest first, with a filter row. */
export async function auditWorkbook(entries: readonly AuditEntry[]): Promise<Uint8Array> {
  const XLSX = await import('xlsx');
  const rows = [
    ['Date', 'Horodatage (UTC)', 'Par', 'Action', 'Objet', 'Identifiant', 'Détails'],
    ...entries.map((entry) => [
      formatInstantFr(entry.at),
      entry.at,
      entry.by,
      auditActionLabel(entry.action),
      entry.entity,
      entry.entityId ?? '',
      entry.details ?? '',
    ]),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = [
    { wch: 18 },
    { wch: 26 },
    { wch: 16 },
    { wch: 30 },
    { wch: 12 },
    { wch: 38 },
    { wch: 90 },
  ];
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: 6 } }),
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Journal');
  // type 'array' gives an ArrayBuffer: wrap it, the bridge takes bytes.
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
