/** GET /sync/changes (pull in server order) and GET /sync/history/:table/:key (field history). */
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import {
  type Change,
  type ChecksumResponse,
  type FieldHistoryEntry,
  MAX_PULL_CHANGES,
  type PullResponse,
  SYNCED_TABLES,
  type SyncedTable,
} from '../../contracts/sync.ts';
import { requireRole } from './auth.ts';
import { tableChecksums } from './checksum.ts';
import { badRequest } from './errors.ts';
import { flushWal } from './ledger.ts';
import type { Row } from './rules.ts';

const READERS = ['administrateur', 'responsable', 'charge', 'lecture'] as const;

export function pullRoutes(app: FastifyInstance, pool: Pool): void {
  app.get('/sync/changes', async (request) => {
    const actor = requireRole(request, READERS);
    const query = request.query as { after?: string; limit?: string };
    const after = Number(query.after ?? 0);
    const limit = Number(query.limit ?? 1000);
    if (!Number.isSafeInteger(after) || after < 0)
      throw badRequest('Curseur de synchronisation invalide.');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PULL_CHANGES) {
      throw badRequest(`La page de changements va de 1 à ${MAX_PULL_CHANGES}.`);
    }
    const { rows } = await pool.query<{
      server_seq: string;
      tbl: SyncedTable;
      key: string;
      row: Record<string, unknown> | null;
      by_name: string;
      at: Date;
    }>({
      name: 'pull',
      text: `SELECT server_seq, tbl, key, row, by_name, at FROM changes
        WHERE entity = $1 AND server_seq > $2 ORDER BY server_seq LIMIT $3`,
      values: [actor.entity, after, limit + 1],
    });
    // Every change read is on disk before it is returned (pushes commit asynchronously).
    await flushWal(pool);
    const more = rows.length > limit;
    const changes: Change[] = rows.slice(0, limit).map((r) => ({
      serverSeq: Number(r.server_seq),
      table: r.tbl,
      key: r.key,
      row: r.row,
      by: r.by_name,
      at: r.at.toISOString(),
    }));
    const response: PullResponse = {
      changes,
      cursor: changes.at(-1)?.serverSeq ?? after,
      more,
    };
    return response;
  });

  /**
   * A checksum per table of the server's rows, at one cursor (one snapshot): a workstation that
   * pulled up to `cursor` and holds no unsent change compares its replica with it.
   */
  app.get('/sync/checksum', async (request) => {
    const actor = requireRole(request, READERS);
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const last = await client.query<{ last: string | null }>(
        'SELECT max(server_seq) AS last FROM changes WHERE entity = $1',
        [actor.entity],
      );
      const { rows } = await client.query<{ tbl: SyncedTable; key: string; row: Row }>(
        'SELECT tbl, key, row FROM rows WHERE entity = $1 AND row IS NOT NULL',
        [actor.entity],
      );
      await client.query('COMMIT');
      const response: ChecksumResponse = {
        cursor: Number(last.rows[0]?.last ?? 0),
        tables: tableChecksums(rows.map((r) => ({ table: r.tbl, key: r.key, row: r.row }))),
      };
      return response;
    } finally {
      client.release();
    }
  });

  app.get('/sync/history/:table/:key', async (request) => {
    const actor = requireRole(request, READERS);
    const { table, key } = request.params as { table: string; key: string };
    if (!(SYNCED_TABLES as readonly string[]).includes(table)) {
      throw badRequest('Table inconnue.');
    }
    // The value that replaced each one is the field in the overwriting change's row; who wrote
    // the overwritten value is the latest earlier change of the row that wrote that field (an
    // import's change, whose `fields` is null, wrote it if the field differs from its prev_row).
    const { rows } = await pool.query<{
      field: string;
      value: unknown;
      overwritten_by: string;
      at: Date;
      new_value: unknown;
      written_by: string | null;
      written_at: Date | null;
    }>(
      `SELECT h.field, h.value, h.overwritten_by, h.at, c.row -> h.field AS new_value,
              w.by_name AS written_by, w.at AS written_at
         FROM field_history h
         LEFT JOIN changes c ON c.server_seq = h.server_seq
         LEFT JOIN LATERAL (
           SELECT p.by_name, p.at FROM changes p
            WHERE p.entity = h.entity AND p.tbl = h.tbl AND p.key = h.key
              AND p.server_seq < h.server_seq AND p.op = 'put'
              AND (p.fields ? h.field
                OR (p.fields IS NULL AND (p.row -> h.field) IS DISTINCT FROM (p.prev_row -> h.field)))
            ORDER BY p.server_seq DESC LIMIT 1
         ) w ON true
        WHERE h.entity = $1 AND h.tbl = $2 AND h.key = $3 ORDER BY h.id DESC`,
      [actor.entity, table, key],
    );
    const history: FieldHistoryEntry[] = rows.map((r) => ({
      field: r.field,
      value: r.value,
      overwrittenBy: r.overwritten_by,
      at: r.at.toISOString(),
      newValue: r.new_value ?? null,
      writtenBy: r.written_by,
      writtenAt: r.written_at?.toISOString() ?? null,
    }));
    return { history };
  });
}
