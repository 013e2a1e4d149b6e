/**
 * Rows written by older versions, read in today's shape. An import record once stored its mapping
 * as text (`{ accountNo: '0' }`); saved mappings were typed loosely. Both are converted here, on
 * every read of the two tables (Dexie `reading` hooks), so the rest of the app sees one
 * `ColumnMapping` shape and the schema stays as it is.
 */
import { FIELD_NAMES_FR } from '../domain/import/mapping';
import type { ColumnMapping, HeaderRange, ImportField } from '../domain/import/types';
import type { ImportRecord, SavedMapping } from '../domain/model';

function isImportField(key: string): key is ImportField {
  return Object.hasOwn(FIELD_NAMES_FR, key);
}

function columnIndex(value: unknown): number | null {
  const index =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value.trim())
        ? Number(value)
        : NaN;
  return Number.isInteger(index) && index >= 0 ? index : null;
}

/**
 * A stored mapping as field -> zero-based column. Unknown fields and values that are not a column
 * index (a header label written by hand) are dropped: they cannot point at a column.
 */
export function columnMappingFromStored(raw: unknown): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (typeof raw !== 'object' || raw === null) return mapping;
  for (const [key, value] of Object.entries(raw)) {
    const index = columnIndex(value);
    if (isImportField(key) && index !== null) mapping[key] = index;
  }
  return mapping;
}

function headerRangeFromStored(raw: unknown): HeaderRange | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { first, last } = raw as Record<string, unknown>;
  if (typeof first !== 'number' || typeof last !== 'number') return undefined;
  return Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= first
    ? { first, last }
    : undefined;
}

/**
 * Dexie's reading hook also sees `undefined` (a `get` of a missing key, as when an import the
 * server undid is still on screen): it passes through.
 */
export function importRecordFromStored(row: ImportRecord): ImportRecord {
  if (!row) return row;
  return { ...row, mapping: columnMappingFromStored(row.mapping) };
}

export function savedMappingFromStored(row: SavedMapping): SavedMapping {
  if (!row) return row;
  const { header: _stored, ...rest } = row;
  const header = headerRangeFromStored(row.header);
  const mapping = columnMappingFromStored(row.mapping);
  return header ? { ...rest, mapping, header } : { ...rest, mapping };
}
