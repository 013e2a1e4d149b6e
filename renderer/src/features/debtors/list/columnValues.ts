/**
 * The debtor list's columns as data: key (stored in settings, used in URLs), label, kind of
 * value, width, and how to read the value for sorting and export. The table, the column picker
 * and the .xlsx export all read this one list.
 */
import type { BucketKey } from '../../../domain/aging';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { DEBTOR_STAGE_LABELS, DEBTOR_STAGES } from '../../../domain/stage';

export type ColumnKind =
  | 'text'
  | 'mono'
  | 'amount'
  | 'date'
  | 'instant'
  | 'count'
  | 'tags'
  | 'stage';

interface ColumnBase {
  label: string;
  kind: ColumnKind;
  /** Width in pixels in the table. */
  width: number;
}

const BUCKET_COLUMN_KEYS = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd91_180', 'over180'] as const;

const COLUMNS_BY_KEY = {
  accountNo: { label: 'Compte', kind: 'mono', width: 96 },
  name: { label: 'Raison sociale', kind: 'text', width: 260 },
  siren: { label: 'SIREN', kind: 'mono', width: 104 },
  city: { label: 'Ville', kind: 'text', width: 140 },
  totalCents: { label: 'Solde', kind: 'amount', width: 124 },
  overdueCents: { label: 'Échu', kind: 'amount', width: 124 },
  notDue: { label: 'Non échu', kind: 'amount', width: 116 },
  d1_30: { label: '1-30 j', kind: 'amount', width: 116 },
  d31_60: { label: '31-60 j', kind: 'amount', width: 116 },
  d61_90: { label: '61-90 j', kind: 'amount', width: 116 },
  d91_180: { label: '91-180 j', kind: 'amount', width: 116 },
  over180: { label: '> 180 j', kind: 'amount', width: 116 },
  creditCents: { label: 'Avoirs et acomptes', kind: 'amount', width: 124 },
  disputedCents: { label: 'En litige', kind: 'amount', width: 116 },
  promisedCents: { label: 'Promis', kind: 'amount', width: 116 },
  openItemCount: { label: 'Pièces', kind: 'count', width: 72 },
  oldestDueDate: { label: 'Plus ancienne échéance', kind: 'date', width: 112 },
  daysPastDue: { label: 'Retard (j)', kind: 'count', width: 84 },
  stage: { label: 'Étape', kind: 'stage', width: 168 },
  lastActionAt: { label: 'Dernière action', kind: 'instant', width: 112 },
  nextActionDate: { label: 'Prochaine action', kind: 'date', width: 112 },
  assignee: { label: 'Gestionnaire', kind: 'text', width: 120 },
  tags: { label: 'Étiquettes', kind: 'tags', width: 200 },
} satisfies Record<string, ColumnBase>;

export type ColumnKey = keyof typeof COLUMNS_BY_KEY;

export interface ColumnSpec extends ColumnBase {
  key: ColumnKey;
}

export const ALL_COLUMNS: readonly ColumnSpec[] = (
  Object.entries(COLUMNS_BY_KEY) as [ColumnKey, ColumnBase][]
).map(([key, spec]) => ({ key, ...spec }));

/** What the list shows until the user picks: the list of columns. */
export const DEFAULT_COLUMNS: readonly ColumnKey[] = [
  'accountNo',
  'name',
  'totalCents',
  'overdueCents',
  ...BUCKET_COLUMN_KEYS,
  'oldestDueDate',
  'daysPastDue',
  'stage',
  'lastActionAt',
  'nextActionDate',
  'assignee',
  'tags',
];

/** Always shown: a row must say whose it is. */
export const FIXED_COLUMNS: readonly ColumnKey[] = ['accountNo', 'name'];

export function isColumnKey(value: string): value is ColumnKey {
  return Object.hasOwn(COLUMNS_BY_KEY, value);
}

export function isBucketColumn(key: ColumnKey): key is BucketKey & ColumnKey {
  return (BUCKET_COLUMN_KEYS as readonly string[]).includes(key);
}

/** The visible columns from the stored choice: unknown keys dropped, fixed ones kept first. */
export function visibleColumns(stored: readonly string[] | null): ColumnSpec[] {
  const keys = (stored ?? DEFAULT_COLUMNS).filter(isColumnKey);
  const ordered = [...FIXED_COLUMNS, ...keys.filter((k) => !FIXED_COLUMNS.includes(k))];
  return ordered.flatMap((key) => ALL_COLUMNS.filter((c) => c.key === key));
}

export type CellValue = string | number | undefined;

/** The raw value of a cell: cents for amounts, ISO strings for dates, a label for the stage. */
export function cellValue(row: DebtorSummary, key: ColumnKey): CellValue {
  if (isBucketColumn(key)) return row.buckets[key];
  switch (key) {
    case 'stage':
      return DEBTOR_STAGE_LABELS[row.stage];
    case 'tags':
      return row.tags.length > 0 ? row.tags.join(', ') : undefined;
    case 'siren':
    case 'city':
    case 'assignee':
    case 'oldestDueDate':
    case 'lastActionAt':
    case 'nextActionDate':
      return row[key] || undefined;
    default:
      return row[key];
  }
}

/** What the column sorts by: the stage sorts in ladder order, not alphabetically. */
export function sortValueOf(row: DebtorSummary, key: ColumnKey): CellValue {
  if (key === 'stage') return DEBTOR_STAGES.indexOf(row.stage);
  return cellValue(row, key);
}
