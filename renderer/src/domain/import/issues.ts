/**
 * French messages for import issues. Every message names the file, the sheet, the row and the
 * column as Excel shows them, the value found and what was expected, so the user can open the
 * file and fix it without asking anyone.
 */
import { columnLetter } from './grid';
import type { ImportIssue } from './types';

export interface IssueSource {
  fileName: string;
  /** Empty for a CSV file, which has no sheets. */
  sheetName: string;
}

type Severity = ImportIssue['severity'];

function place(source: IssueSource, row?: number, column?: string): string {
  const parts = [source.fileName];
  if (source.sheetName) parts.push(`feuille « ${source.sheetName} »`);
  if (row !== undefined) parts.push(`ligne ${row}`);
  if (column !== undefined) parts.push(`colonne ${column}`);
  return parts.join(', ');
}

/** Collects issues with the file and sheet filled in once. */
export class IssueList {
  readonly issues: ImportIssue[] = [];
  private blocking = 0;

  constructor(private readonly source: IssueSource) {}

  /** File-level problem (no header, missing column, no as-of date). */
  file(severity: Severity, problem: string): void {
    this.push({ severity, message: `${place(this.source)} : ${problem}` });
  }

  /** Row-level problem; `rowIndex` is zero-based (row 0 is Excel row 1). */
  row(severity: Severity, rowIndex: number, problem: string): void {
    const row = rowIndex + 1;
    this.push({ severity, row, message: `${place(this.source, row)} : ${problem}` });
  }

  /** Problem with a whole column (amounts left unused); `columnIndex` is zero-based. */
  column(severity: 'warning', columnIndex: number, value: string, problem: string): void {
    const column = columnLetter(columnIndex);
    const what = value === '' ? problem : `« ${value} » ${problem}`;
    this.push({
      severity,
      column,
      value,
      message: `${place(this.source, undefined, column)} : ${what}`,
    });
  }

  /**
   * Cell problem. `problem` reads after the value: « n'est pas une date valide (attendu
   * JJ/MM/AAAA) ». When `value` is empty the problem stands alone (« montant manquant »).
   */
  cell(
    severity: Severity,
    rowIndex: number,
    columnIndex: number,
    value: string,
    problem: string,
  ): void {
    const row = rowIndex + 1;
    const column = columnLetter(columnIndex);
    const what = value === '' ? problem : `« ${value} » ${problem}`;
    this.push({
      severity,
      row,
      column,
      value,
      message: `${place(this.source, row, column)} : ${what}`,
    });
  }

  /** Forgets the warnings of rows that turned out not to be imported (settled by lettrage). */
  dropWarningsOfRows(rows: ReadonlySet<number>): void {
    if (rows.size === 0) return;
    const kept = this.issues.filter(
      (issue) => issue.severity !== 'warning' || issue.row === undefined || !rows.has(issue.row),
    );
    this.issues.length = 0;
    this.issues.push(...kept);
  }

  get hasBlockingFileError(): boolean {
    return this.blocking > 0;
  }

  private push(issue: Omit<ImportIssue, 'fileName' | 'sheetName'>): void {
    const full: ImportIssue = {
      fileName: this.source.fileName,
      sheetName: this.source.sheetName,
      ...issue,
    };
    if (full.severity === 'error' && full.row === undefined) this.blocking++;
    this.issues.push(full);
  }
}

/** What each kind of value should look like, for « (attendu …) ». */
export const EXPECTED = {
  date: 'attendu JJ/MM/AAAA',
  amount: 'attendu un montant, par exemple 1 234,56',
} as const;
