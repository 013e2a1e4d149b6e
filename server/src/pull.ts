/** GET /sync/changes (pull in server order) and GET /sync/history/:table/:key (field history). */
import type { FastifyInstance } from 'fastify';
import pg, { type Pool } from 'pg';
import {
  type ChecksumResponse,
  type FieldHistoryEntry,
  MAX_PULL_CHANGES,
  SYNCED_TABLES,
  type SyncedTable,
} from '../../contracts/sync.ts';
import { requireRole } from './auth.ts';
import { tableChecksums } from './checksum.ts';
import { badRequest } from './errors.ts';
import { flushWal, lastServerSeq } from './ledger.ts';
import type { Row } from './rules.ts';

const READERS = ['administrateur', 'responsable', 'charge', 'lecture'] as const;

/**
 * How a pull page reads its columns: `row` as the JSON text PostgreSQL returns (spliced into the
 * response, never parsed into objects and serialized again), `at` straight to its ISO form (the
 * changes of one transaction share it: decoded once per page).
 */
function pageTypes(): { getTypeParser: typeof pg.types.getTypeParser } {
  const instants = new Map<string, string>();
  const parseInstant = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text');
  const getTypeParser = ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.JSONB) return (text: string) => text;
    if (oid === pg.types.builtins.TIMESTAMPTZ) {
      return (text: string) => {
        let iso = instants.get(text);
        if (iso === undefined) {
          iso = (parseInstant(text) as Date).toISOString();
          instants.set(text, iso);
        }
        return iso;
      };
    }
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser;
  return { getTypeParser };
}

/**
 * A JSON text without the spaces between its tokens, in place: PostgreSQL writes jsonb with a
 * space after each `,` and `:`, JSON.stringify without. Bytes of a multi-byte character are all
 * above 0x7F, never a quote, a backslash or a space.
 */
export function compactJson(json: Buffer): Buffer {
  let length = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i] as number;
    if (inString) {
      if (byte === 0x5c) {
        // An escape: the backslash and the character it escapes.
        json[length++] = byte;
        i += 1;
        json[length++] = json[i] as number;
        continue;
      }
      if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x20) continue;
    json[length++] = byte;
  }
  return json.subarray(0, length);
}

export function pullRoutes(app: FastifyInstance, pool: Pool): void {
  app.get('/sync/changes', async (request, reply) => {
    const actor = requireRole(request, READERS);
    const query = request.query as { after?: string; limit?: string };
    const after = Number(query.after ?? 0);
    const limit = Number(query.limit ?? 1000);
    if (!Number.isSafeInteger(after) || after < 0)
      throw badRequest('Curseur de synchronisation invalide.');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PULL_CHANGES) {
      throw badRequest(`La page de changements va de 1 à ${MAX_PULL_CHANGES}.`);
    }
    type PageRow = {
      server_seq: string;
      tbl: SyncedTable;
      key: string;
      /** The row's JSON text (pageTypes). */
      row: string | null;
      by_name: string;
      /** ISO instant (pageTypes). */
      at: string;
    };
    const client = await pool.connect();
    let rows: PageRow[];
    try {
      // Read in server_seq order along an index (changes_entity_seq, or the primary key for an
      // entity that holds most of the log), never by sorting every change after the cursor:
      // right after a large import, before autovacuum has analyzed the table, the planner
      // expects a few rows and sorts them all (100,000 and more) for each page.
      await client.query('BEGIN; SET LOCAL enable_sort = off');
      rows = (
        await client.query<PageRow>({
          text: `SELECT server_seq, tbl, key, row, by_name, at FROM changes
            WHERE entity = $1 AND server_seq > $2 ORDER BY server_seq LIMIT $3`,
          values: [actor.entity, after, limit + 1],
          types: pageTypes(),
        })
      ).rows;
      await client.query('COMMIT');
      // Every change read is on disk before it is returned (pushes commit asynchronously).
      await flushWal(client);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    const more = rows.length > limit;
    const count = Math.min(rows.length, limit);
    // The PullResponse JSON (contracts/sync.ts), written around the rows' JSON text as
    // PostgreSQL returns it, then compacted: the bytes JSON.stringify wrote when the rows were
    // parsed into objects first (key order included: JSON.parse keeps jsonb's).
    const changes: string[] = new Array(count);
    for (let i = 0; i < count; i += 1) {
      const r = rows[i] as PageRow;
      changes[i] =
        `{"serverSeq":${Number(r.server_seq)},"table":${JSON.stringify(r.tbl)},"key":${JSON.stringify(r.key)},` +
        `"row":${r.row ?? 'null'},"by":${JSON.stringify(r.by_name)},"at":"${r.at}"}`;
    }
    const cursor = count > 0 ? Number(rows[count - 1]?.server_seq) : after;
    const page = `{"changes":[${changes.join(',')}],"cursor":${cursor},"more":${more}}`;
    return reply
      .type('application/json; charset=utf-8')
      .send(compactJson(Buffer.from(page, 'utf8')));
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
      const last = await lastServerSeq(client, actor.entity);
      const { rows } = await client.query<{ tbl: SyncedTable; key: string; row: Row }>(
        'SELECT tbl, key, row FROM rows WHERE entity = $1 AND row IS NOT NULL',
        [actor.entity],
      );
      await client.query('COMMIT');
      const response: ChecksumResponse = {
        cursor: last,
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
