import { createHash } from 'node:crypto';
import { SYNCED_TABLES, type SyncedTable, type TableChecksum } from '../../contracts/sync.ts';
import { canonicalJson } from './canonical.ts';

/**
 * Per table: the number of rows and the SHA-256 of `key \n canonical JSON \n` for every row in
 * key order (JavaScript string order). docs/sync-protocol.md gives the same recipe to workstations.
 */
export function tableChecksums(
  rows: { table: SyncedTable; key: string; row: Record<string, unknown> }[],
): Record<SyncedTable, TableChecksum> {
  const byTable = new Map<SyncedTable, { key: string; row: Record<string, unknown> }[]>();
  for (const r of rows) {
    const list = byTable.get(r.table) ?? [];
    list.push(r);
    byTable.set(r.table, list);
  }
  const out = {} as Record<SyncedTable, TableChecksum>;
  for (const table of SYNCED_TABLES) {
    const list = (byTable.get(table) ?? []).sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    const hash = createHash('sha256');
    for (const r of list) hash.update(`${r.key}\n${canonicalJson(r.row)}\n`);
    out[table] = { count: list.length, sha256: hash.digest('hex') };
  }
  return out;
}
