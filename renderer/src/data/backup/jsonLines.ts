/**
 * Rows as JSON lines: one row per line, so a table of 100 000 rows is never one giant string
 * and a damaged line is reported by its number. Only plain JSON survives a round trip; anything
 * else (a Date, a Blob, NaN) would come back different, so writing it fails loudly instead.
 */
import { BackupError } from './errors';

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Names a value JSON cannot carry faithfully, or null when it can. */
function unfaithfulJson(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : String(value);
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    return typeof value;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return isPlainObject(value) ? null : (value.constructor?.name ?? 'objet');
  }
  return null;
}

export function toJsonLines(table: string, rows: readonly unknown[]): string {
  let text = '';
  for (const row of rows) {
    const line = JSON.stringify(row, function check(this: unknown, key: string, value: unknown) {
      // The holder's own property: a Date's toJSON has already turned `value` into a string.
      const original = key === '' ? value : (this as Record<string, unknown>)[key];
      const problem = unfaithfulJson(original);
      if (problem) {
        throw new BackupError(
          `La table « ${table} » contient une valeur qui ne peut pas être sauvegardée ` +
            `(${problem}, champ « ${key} ») : la sauvegarde n’a pas été créée.`,
        );
      }
      return value;
    });
    text += `${line}\n`;
  }
  return text;
}

export type ParsedLines =
  | { ok: true; rows: Record<string, unknown>[] }
  | { ok: false; reason: string };

/** Parses `text` as JSON lines of objects; `file` names the file in messages. */
export function parseJsonLines(file: string, text: string): ParsedLines {
  const rows: Record<string, unknown>[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '' && index === lines.length - 1) break;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, reason: `ligne ${index + 1} de « ${file} » illisible (JSON invalide)` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, reason: `ligne ${index + 1} de « ${file} » : un objet était attendu` };
    }
    rows.push(value as Record<string, unknown>);
  }
  return { ok: true, rows };
}
