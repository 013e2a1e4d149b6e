/**
 * Writing one change to the ledger inside a caller's transaction: the row lock, the commit-order
 * lock, the change log, the current row and the field history.
 */
import type { PoolClient } from 'pg';
import type { SyncedTable } from '../../contracts/sync.ts';
import type { Row } from './rules.ts';

/** Advisory-lock namespaces (first key of pg_advisory_xact_lock(int, int)). */
export const LOCK_COMMIT_ORDER = 1;
export const LOCK_IMPORT = 2;

/**
 * Serialises the end of every ledger transaction of an entity: a writer takes it just before it
 * inserts its changes and keeps it until COMMIT, so server_seq order is commit order and a pull
 * that saw seq n has already seen every seq below n. Always taken after the row locks.
 */
export async function lockCommitOrder(client: PoolClient, entity: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_COMMIT_ORDER, entity]);
}

/** Locks one row (creating its empty placeholder when new) and returns its current value. */
export async function lockRow(
  client: PoolClient,
  entity: string,
  table: SyncedTable,
  key: string,
): Promise<{ row: Row | null; serverSeq: number }> {
  await client.query(
    'INSERT INTO rows (entity, tbl, key, row, server_seq) VALUES ($1, $2, $3, NULL, 0) ON CONFLICT DO NOTHING',
    [entity, table, key],
  );
  const { rows } = await client.query<{ row: Row | null; server_seq: string }>(
    'SELECT row, server_seq FROM rows WHERE entity = $1 AND tbl = $2 AND key = $3 FOR UPDATE',
    [entity, table, key],
  );
  return { row: rows[0]?.row ?? null, serverSeq: Number(rows[0]?.server_seq ?? 0) };
}

export interface ChangeAuthor {
  entity: string;
  accountId: string;
  byName: string;
  workstationId: string | null;
}

/** Records a change (the commit-order lock must be held) and returns its server_seq. */
export async function writeChange(
  client: PoolClient,
  author: ChangeAuthor,
  change: {
    table: SyncedTable;
    key: string;
    row: Row | null;
    fields: Row | null;
    seq: number | null;
    overwritten: { field: string; value: unknown }[];
  },
): Promise<number> {
  const { rows } = await client.query<{ server_seq: string }>(
    `INSERT INTO changes (entity, tbl, key, op, row, fields, account_id, by_name, workstation_id, seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING server_seq`,
    [
      author.entity,
      change.table,
      change.key,
      change.row === null ? 'delete' : 'put',
      change.row,
      change.fields,
      author.accountId,
      author.byName,
      author.workstationId,
      change.seq,
    ],
  );
  const serverSeq = Number(rows[0]?.server_seq);
  await client.query(
    'UPDATE rows SET row = $4, server_seq = $5 WHERE entity = $1 AND tbl = $2 AND key = $3',
    [author.entity, change.table, change.key, change.row, serverSeq],
  );
  for (const { field, value } of change.overwritten) {
    await client.query(
      `INSERT INTO field_history (entity, tbl, key, field, value, overwritten_by, server_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        author.entity,
        change.table,
        change.key,
        field,
        JSON.stringify(value),
        author.byName,
        serverSeq,
      ],
    );
  }
  return serverSeq;
}

/** The latest change of a row (optionally: that wrote `field`): who and when, for a refusal. */
export async function lastChange(
  client: PoolClient,
  entity: string,
  table: SyncedTable,
  key: string,
  field?: string,
): Promise<{ byName: string; at: Date } | null> {
  const { rows } = await client.query<{ by_name: string; at: Date }>(
    `SELECT by_name, at FROM changes
      WHERE entity = $1 AND tbl = $2 AND key = $3 AND ($4::text IS NULL OR fields ? $4 OR fields IS NULL)
      ORDER BY server_seq DESC LIMIT 1`,
    [entity, table, key, field ?? null],
  );
  const row = rows[0];
  return row ? { byName: row.by_name, at: row.at } : null;
}
