/**
 * What a table of items shows, whoever draws it: react-pdf (ItemsTable, letters) or pdf-lib
 * (pdf/draw/table, the court dossier).
 */

export interface TableColumn<Row> {
  header: string;
  /** Relative width (flex grow). */
  width: number;
  align?: 'left' | 'right' | 'center';
  cell: (row: Row) => string;
}

export interface TableTotal {
  label: string;
  value: string;
  /** The last total (« Total dû ») is usually emphasised. */
  emphasis?: boolean;
}
