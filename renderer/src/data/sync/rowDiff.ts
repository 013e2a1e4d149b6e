/**
 * Field-level differences between two versions of a row, for outbox mutations: the changed
 * fields with their new values, and `base`, the values they had before. A field that disappears
 * is sent as `null`; a field that did not exist before has a `null` base.
 */

type Row = Record<string, unknown>;

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Structural equality for what IndexedDB rows hold: primitives, arrays, plain objects. Any other
 * object (a Map, a Set, a Date, a Blob) equals only itself: its contents are not its entries, and
 * two Maps of different rates must never read as the same.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const left = definedEntries(a as Row);
  const right = definedEntries(b as Row);
  if (left.length !== right.length) return false;
  return left.every(([key, value]) => sameValue(value, (b as Row)[key]));
}

const definedEntries = (row: Row) => Object.entries(row).filter(([, value]) => value !== undefined);

/** The row without its `undefined` fields (they are absent in IndexedDB and in JSON alike). */
export function definedFields(row: Row): Row {
  return Object.fromEntries(definedEntries(row));
}

export interface FieldDiff {
  fields: Row;
  base: Row;
}

/** Changed fields of `after` against `before`; null when nothing changed. */
export function diffRows(before: Row, after: Row): FieldDiff | null {
  const fields: Row = {};
  const base: Row = {};
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const name of names) {
    const old = before[name];
    const now = after[name];
    if (sameValue(old, now) || (old === undefined && now === undefined)) continue;
    fields[name] = now === undefined ? null : now;
    base[name] = old === undefined ? null : old;
  }
  return Object.keys(fields).length === 0 ? null : { fields, base };
}
