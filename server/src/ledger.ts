/**
 * Writing one change to the ledger inside a caller's transaction: the row lock, the commit-order
 * lock, the change log, the current row and the field history.
 */
import type { Pool, PoolClient } from 'pg';
import type { SyncedTable } from '../../contracts/sync.ts';
import type { Row } from './rules.ts';

/** Advisory-lock namespaces (first key of pg_advisory_xact_lock(int, int)). */
export const LOCK_COMMIT_ORDER = 1;
export const LOCK_IMPORT = 2;
/**
 * The rows of an entity as a whole: every row lock (lockRow) is taken under it in shared mode;
 * an import or its undo takes it in exclusive mode (lockAllRows), which holds every row of the
 * entity at once without locking them one by one.
 */
export const LOCK_ROWS = 3;

/**
 * Serialises the end of every ledger transaction of an entity: a writer takes it just before it
 * inserts its changes and keeps it until COMMIT, so server_seq order is commit order and a pull
 * that saw seq n has already seen every seq below n. Always taken after the row locks.
 */
export async function lockCommitOrder(client: PoolClient, entity: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_COMMIT_ORDER, entity]);
}

/**
 * Durability barrier. Push transactions commit with `synchronous_commit = off`, so the
 * commit-order lock is not held while the WAL is flushed to disk; before the server answers a
 * push or a pull it runs this: a tiny transaction that writes one WAL record and commits
 * synchronously. The WAL is flushed in order, so every commit before it (every mutation it is
 * about to acknowledge, every change it is about to return) is on disk when it returns; and
 * concurrent barriers share one flush (PostgreSQL's group commit). One round trip.
 */
export async function flushWal(db: Pool | PoolClient, notifyPayload?: string): Promise<void> {
  // A simple-query batch (no parameters): the payload is quoted as a literal.
  const notify = notifyPayload
    ? `SELECT pg_notify('recouvra_events', '${notifyPayload.replaceAll("'", "''")}');`
    : '';
  await db.query(`BEGIN; ${notify} SELECT pg_logical_emit_message(true, 'recouvra', ''); COMMIT`);
}

/**
 * Holds every row of the entity until the end of the transaction: waits for the transactions
 * that hold row locks (pushes) to end, and makes the next ones wait at lockRow. Taken before the
 * commit-order lock, like any row lock; nobody else writes the entity's rows until COMMIT.
 */
export async function lockAllRows(client: PoolClient, entity: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_ROWS, entity]);
}

/** Locks one row (creating its empty placeholder when new) and returns its current value. */
export async function lockRow(
  client: PoolClient,
  entity: string,
  table: SyncedTable,
  key: string,
): Promise<{ row: Row | null; serverSeq: number }> {
  // Creates the placeholder or locks the existing row, returning its value, in one round trip,
  // under the entity's rows lock in shared mode (waits while an import holds them all).
  const { rows } = await client.query<{ row: Row | null; server_seq: string }>({
    name: 'row-lock',
    text: `INSERT INTO rows (entity, tbl, key, row, server_seq)
     SELECT $1, $2, $3, NULL, 0 FROM (SELECT pg_advisory_xact_lock_shared(${LOCK_ROWS}, hashtext($1))) AS all_rows
     ON CONFLICT (entity, tbl, key) DO UPDATE SET key = EXCLUDED.key RETURNING row, server_seq`,
    values: [entity, table, key],
  });
  return { row: rows[0]?.row ?? null, serverSeq: Number(rows[0]?.server_seq ?? 0) };
}

export interface ChangeAuthor {
  entity: string;
  accountId: string;
  byName: string;
  workstationId: string | null;
}

/** The outbox entry a change comes from: recorded with it (idempotency, next expected seq). */
export interface MutationRecord {
  workstationId: string;
  seq: number;
  sha256: Buffer;
}

/**
 * Takes the commit-order lock and records a change, the row's new value and, for a push, the
 * mutation and the workstation's last seq: one statement, one round trip. Returns the server_seq.
 */
export async function writeChange(
  client: PoolClient,
  author: ChangeAuthor,
  change: {
    table: SyncedTable;
    key: string;
    row: Row | null;
    fields: Row | null;
    overwritten: { field: string; value: unknown }[];
  },
  record: MutationRecord | null,
): Promise<number> {
  const { rows } = await client.query<{ server_seq: string }>({
    name: 'change-write',
    text: `WITH c AS (
       INSERT INTO changes (entity, tbl, key, op, row, fields, account_id, by_name, workstation_id, seq)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
         FROM (SELECT pg_advisory_xact_lock(${LOCK_COMMIT_ORDER}, hashtext($1))) AS commit_order
       RETURNING server_seq
     ), r AS (
       UPDATE rows SET row = $5, server_seq = (SELECT server_seq FROM c)
        WHERE entity = $1 AND tbl = $2 AND key = $3
     ), w AS (
       UPDATE workstations SET last_seq = $10 WHERE $11 AND id = $9
     ), m AS (
       INSERT INTO mutations (workstation_id, seq, sha256, status, server_seq)
       SELECT $9, $10, $12, 'applied', server_seq FROM c WHERE $11
     )
     SELECT server_seq FROM c`,
    values: [
      author.entity,
      change.table,
      change.key,
      change.row === null ? 'delete' : 'put',
      change.row,
      change.fields,
      author.accountId,
      author.byName,
      record?.workstationId ?? author.workstationId,
      record?.seq ?? null,
      record !== null,
      record?.sha256 ?? null,
    ],
  });
  const serverSeq = Number(rows[0]?.server_seq);
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

/** Records a mutation that wrote nothing (refused, or already true) and advances the seq. */
export async function recordMutation(
  client: PoolClient,
  record: MutationRecord,
  outcome: { status: 'applied'; serverSeq: number } | { status: 'refused'; reason: string },
): Promise<void> {
  await client.query({
    name: 'mutation-record',
    text: `WITH w AS (UPDATE workstations SET last_seq = $2 WHERE id = $1)
     INSERT INTO mutations (workstation_id, seq, sha256, status, server_seq, reason)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    values: [
      record.workstationId,
      record.seq,
      record.sha256,
      outcome.status,
      outcome.status === 'applied' ? outcome.serverSeq : null,
      outcome.status === 'refused' ? outcome.reason : null,
    ],
  });
}

/** server_seq of the entity's last committed change (0 when none): where a cursor stands. */
export async function lastServerSeq(db: Pool | PoolClient, entity: string): Promise<number> {
  const { rows } = await db.query<{ last: string | null }>(
    'SELECT max(server_seq) AS last FROM changes WHERE entity = $1',
    [entity],
  );
  return Number(rows[0]?.last ?? 0);
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
