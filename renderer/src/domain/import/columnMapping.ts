/**
 * The one shape of a column mapping, shared by the parser, the worker messages, the editor, the
 * import record and the saved mapping. No imports: the model and the parser both depend on it.
 */

/** Fields a source column can be mapped to. */
export type ImportField =
  | 'accountNo'
  | 'debtorName'
  | 'documentNumber'
  | 'documentDate'
  | 'dueDate'
  | 'amount'
  | 'debit'
  | 'credit'
  | 'openAmount'
  /** What was already paid on the document (« Réglé »): open = amount - paid without a balance. */
  | 'paidAmount'
  /** Payment status (« payée », « partiellement payée »): paid rows are settled, not imported. */
  | 'status'
  /** Lettrage code of a ledger line: lettered lines are settled, lower-case codes partly. */
  | 'lettering'
  | 'currency'
  /**
   * The row's balance counter-valued in euros by the ERP (« Montant contre-valeur EUR »,
   * « Solde EUR ») beside the balance in the document's currency: the EUR equivalent of a
   * foreign item.
   */
  | 'eurAmount'
  | 'poNumber'
  | 'documentType'
  | 'siren'
  | 'address'
  | 'postalCode'
  | 'city'
  | 'phone'
  | 'email'
  // Per-debtor bucket layout
  | 'bucketNotDue'
  | 'bucket1_30'
  | 'bucket31_60'
  | 'bucket61_90'
  | 'bucket91_120'
  | 'bucket91_180'
  | 'bucket121_180'
  | 'bucket181_360'
  | 'bucketOver90'
  | 'bucketOver120'
  | 'bucketOver180'
  | 'bucketOver360'
  | 'total';

/** field -> zero-based column index in the sheet. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Excel row numbers (1-based, inclusive) of the header lines: `first === last` for a one-line
 * header, `last = first + 1` for « Date » over « échéance ».
 */
export interface HeaderRange {
  first: number;
  last: number;
}
