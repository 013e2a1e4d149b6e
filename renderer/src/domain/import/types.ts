/**
 * Contract between the import parser (file -> normalized rows) and the import commit (rows ->
 * ledger). The parser never throws on user data: it returns rows, errors and warnings.
 */
import type { Cents, InvoiceKind, IsoDate } from '../model';
import type { AsOfDateProposal } from './asOfDate';

export type { ColumnMapping, HeaderRange, ImportField } from './columnMapping';

import type { ColumnMapping, HeaderRange } from './columnMapping';

/** 'open-items': one row per document; 'buckets': one row per debtor with aged columns. */
export type ImportLayout = 'open-items' | 'buckets';

export interface ImportIssue {
  /** 'error' rows are not imported; 'warning' rows are imported but flagged. */
  severity: 'error' | 'warning';
  fileName: string;
  sheetName: string;
  /** Row number as Excel shows it (1-based); undefined for file-level issues. */
  row?: number;
  /** Column letter as Excel shows it (A, B, …, AA); undefined for row/file-level issues. */
  column?: string;
  /** The raw value found, as text. */
  value?: string;
  /** Full French message naming file, sheet, row, column, value and what was expected. */
  message: string;
}

export interface ParsedDebtor {
  accountNo: string;
  name: string;
  siren?: string;
  addressLines?: string[];
  postalCode?: string;
  city?: string;
  phone?: string;
  email?: string;
}

export interface ParsedItem {
  accountNo: string;
  number: string;
  kind: InvoiceKind;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  amountCents: Cents;
  openCents: Cents;
  currency: string;
  /**
   * The file's own EUR counter-value of `openCents` (« Montant contre-valeur EUR »), same sign;
   * only on foreign-currency items of a file that has such a column.
   */
  eurCents?: Cents;
  /** Euros for one unit of `currency`, set when the import is committed (see currencyTotals). */
  eurRate?: number;
  poNumber?: string;
  /** Created from a bucket column rather than a real document. */
  synthetic: boolean;
  /**
   * The due date is only the latest it can be: the item comes from an open-ended bucket
   * (« + 120 j », « Plus ancien »), it is at least that old and its exact age is unknown.
   */
  dueDateIsLatest?: true;
  /** Excel row number it came from, for messages and the preview. */
  sourceRow: number;
}

/** Where the mapping came from: the user, a mapping saved for this header, a preset, a guess. */
export type MappingSource = 'user' | 'saved' | 'preset' | 'auto';

export interface ParsedBalance {
  fileName: string;
  sheetName: string;
  layout: ImportLayout;
  /** As-of date used: the user's, else the proposal; null when the user must give it. */
  asOfDate: IsoDate | null;
  /** What the file suggests and where it was read (title, cell, file name, latest document). */
  asOfDateProposal?: AsOfDateProposal | null;
  /** Excel rows of the header (both lines of a two-line header); null when none was found. */
  header: HeaderRange | null;
  /** Header label per column (index = column), as printed. */
  headers: string[];
  /** Normalised header labels joined, to recognise the same export next month. */
  headerSignature: string;
  mapping: ColumnMapping;
  /** Name of the built-in preset that matched, if any. */
  presetId?: string;
  mappingSource?: MappingSource;
  debtors: ParsedDebtor[];
  items: ParsedItem[];
  issues: ImportIssue[];
  /**
   * Total found in the file's own total row ("Total général"), for reconciliation. In a file
   * mixing currencies, only when the total row names the one currency of every item.
   */
  fileTotalCents?: Cents;
  /**
   * Total rows per currency (« Total GBP », a total row whose currency cell says USD): each
   * currency is reconciled with its own items. Absent when the file has none.
   */
  fileTotalsByCurrency?: Record<string, Cents>;
  /** The grand total row's value in the EUR counter-value column, when the file has one. */
  fileTotalEurCents?: Cents;
  /** Currency of amounts that write none on this sheet (title line, headers), when found. */
  sheetCurrency?: string;
  /** Number of data rows read (excluding headers, blanks, subtotals). */
  dataRowCount: number;
  /** Where the balance of each row is read, in French (« colonne F « Reste à régler » »). */
  balanceSource?: string;
  /** Rows with nothing left to pay, counted and not imported. */
  settled?: SettledRows;
  /** When the imported total differs from the file's total row: why, as far as can be told. */
  gapExplanation?: string;
}

/** Rows skipped because nothing is left to pay on them, by reason. */
export interface SettledRows {
  /** Nothing left (« Reste à régler » 0, or amount minus paid 0). */
  nothingLeft: number;
  /** A status column says paid (« payée », « soldée », « paid »). */
  paidStatus: number;
  /** Ledger lines carrying a lettrage code, or wholly covered by a partial lettrage. */
  lettered: number;
}
