import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What canonicalJson writes as `null`: undefined, null and the numbers JSON cannot hold. */
const writtenAsNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'number' && !Number.isFinite(v));

/**
 * `canonicalJson(a) === canonicalJson(b)` for JSON values (request bodies, jsonb rows), without
 * building the strings: an import compares every row it merges. Key order does not matter, a key
 * holding undefined counts as absent, undefined in an array counts as null.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // Strings, finite numbers and booleans are equal only when `===` (0 and -0 included).
    return writtenAsNull(a) && writtenAsNull(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(x)) {
    const v = x[key];
    if (v === undefined) continue;
    defined += 1;
    const w = Object.hasOwn(y, key) ? y[key] : undefined;
    if (w === undefined || !sameValue(v, w)) return false;
  }
  for (const key of Object.keys(y)) if (y[key] !== undefined) defined -= 1;
  return defined === 0;
}

export const sha256Of = (value: unknown) =>
  createHash('sha256').update(canonicalJson(value)).digest();
