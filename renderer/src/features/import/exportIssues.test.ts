import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ImportIssue } from '../../domain/import/types';
import { issuesWorkbook } from './exportIssues';

const issue: ImportIssue = {
  severity: 'error',
  fileName: 'balance.xlsx',
  sheetName: 'Balance',
  row: 14,
  column: 'E',
  value: '31/02/2026',
  message:
    'balance.xlsx, feuille « Balance », ligne 14, colonne E : « 31/02/2026 » n’est pas une date valide',
};

describe('issues workbook', () => {
  it('is real bytes (what the bridge saves) that read back as the issue list', async () => {
    const bytes = await issuesWorkbook([issue, { ...issue, severity: 'warning', row: 20 }]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const book = XLSX.read(bytes);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Anomalies as XLSX.WorkSheet, {
      header: 1,
    });
    expect(rows).toEqual([
      ['Gravité', 'Fichier', 'Feuille', 'Ligne', 'Colonne', 'Valeur', 'Message'],
      ['Erreur', 'balance.xlsx', 'Balance', 14, 'E', '31/02/2026', issue.message],
      ['Avertissement', 'balance.xlsx', 'Balance', 20, 'E', '31/02/2026', issue.message],
    ]);
  });
});
