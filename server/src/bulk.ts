/**
 * POST /sync/bulk (a month's import, or the seeding of an empty server, in ONE transaction under
 * an advisory lock) and POST /sync/imports/:id/undo (undoing the latest import, server side).
 */
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import {
  type BulkResponse,
  bulkRequestSchema,
  type Mutation,
  type SyncedTable,
  TABLE_KEYS,
  TABLE_RULES,
  type UndoImportResponse,
} from '../../contracts/sync.ts';
import { audit } from './audit.ts';
import { type Actor, requireRole, WRITER_ROLES } from './auth.ts';
import { sameValue } from './canonical.ts';
import { badRequest, conflict, forbidden } from './errors.ts';
import { notify } from './events.ts';
import { frenchWhen } from './frenchTime.ts';
import { LOCK_IMPORT, lockCommitOrder } from './ledger.ts';
import type { Row } from './rules.ts';

const CHUNK = 5000;
const rowId = (table: string, key: string) => `${table}\u0000${key}`;

interface PlannedChange {
  table: SyncedTable;
  key: string;
  row: Row | null;
  prev: Row | null;
  fields: Row | null;
  overwritten: { field: string; value: unknown }[];
}

/** Locks the rows (creating placeholders for new ones) and returns their current values. */
async function lockRows(
  client: PoolClient,
  entity: string,
  ids: { table: string; key: string }[],
  into: Map<string, Row | null>,
  seqs?: Map<string, number>,
): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const tables = chunk.map((c) => c.table);
    const keys = chunk.map((c) => c.key);
    // New rows are inserted as placeholders (locked by this transaction); existing ones are
    // locked by the no-op update. One statement, which returns the current values.
    const { rows } = await client.query<{
      tbl: string;
      key: string;
      row: Row | null;
      server_seq: string;
    }>(
      `INSERT INTO rows (entity, tbl, key, row, server_seq)
       SELECT $1, t, k, NULL, 0 FROM unnest($2::text[], $3::text[]) AS u(t, k) ORDER BY t, k
       ON CONFLICT (entity, tbl, key) DO UPDATE SET key = EXCLUDED.key
       RETURNING tbl, key, row, server_seq`,
      [entity, tables, keys],
    );
    for (const r of rows) {
      into.set(rowId(r.tbl, r.key), r.row);
      seqs?.set(rowId(r.tbl, r.key), Number(r.server_seq));
    }
  }
}

/**
 * Writes planned changes with consecutive server_seq under the commit-order lock, then the rows
 * and the field history. Returns the first and last server_seq.
 */
async function writeBatch(
  client: PoolClient,
  actor: Actor,
  changes: PlannedChange[],
  importId: string | null,
): Promise<{ first: number; last: number }> {
  await lockCommitOrder(client, actor.entity);
  const { rows: seqRows } = await client.query<{ s: string }>(
    `SELECT nextval(pg_get_serial_sequence('changes', 'server_seq')) AS s FROM generate_series(1, $1)`,
    [changes.length],
  );
  const seqs = seqRows.map((r) => Number(r.s)).sort((a, b) => a - b);
  const finalRow = new Map<string, { table: string; key: string; row: Row | null; seq: number }>();
  for (let i = 0; i < changes.length; i += CHUNK) {
    const chunk = changes.slice(i, i + CHUNK).map((c, j) => {
      const seq = seqs[i + j] as number;
      finalRow.set(rowId(c.table, c.key), { table: c.table, key: c.key, row: c.row, seq });
      return {
        s: seq,
        t: c.table,
        k: c.key,
        op: c.row === null ? 'delete' : 'put',
        r: c.row,
        p: c.prev,
        f: c.fields,
      };
    });
    await client.query(
      `INSERT INTO changes (server_seq, entity, tbl, key, op, row, prev_row, fields, account_id, by_name, workstation_id, import_id)
       SELECT c.s, $1, c.t, c.k, c.op, c.r, c.p, c.f, $2, $3, $4, $5
         FROM jsonb_to_recordset($6::jsonb) AS c(s bigint, t text, k text, op text, r jsonb, p jsonb, f jsonb)`,
      [
        actor.entity,
        actor.accountId,
        actor.displayName,
        actor.workstationId,
        importId,
        JSON.stringify(chunk),
      ],
    );
    const history = changes.slice(i, i + CHUNK).flatMap((c, j) =>
      c.overwritten.map((o) => ({
        t: c.table,
        k: c.key,
        f: o.field,
        v: o.value ?? null,
        s: seqs[i + j],
      })),
    );
    if (history.length > 0) {
      await client.query(
        `INSERT INTO field_history (entity, tbl, key, field, value, overwritten_by, server_seq)
         SELECT $1, h.t, h.k, h.f, h.v, $2, h.s
           FROM jsonb_to_recordset($3::jsonb) AS h(t text, k text, f text, v jsonb, s bigint)`,
        [actor.entity, actor.displayName, JSON.stringify(history)],
      );
    }
  }
  const finals = [...finalRow.values()];
  for (let i = 0; i < finals.length; i += CHUNK) {
    const chunk = finals
      .slice(i, i + CHUNK)
      .map((f) => ({ t: f.table, k: f.key, r: f.row, s: f.seq }));
    await client.query(
      `UPDATE rows SET row = c.r, server_seq = c.s
         FROM jsonb_to_recordset($2::jsonb) AS c(t text, k text, r jsonb, s bigint)
        WHERE rows.entity = $1 AND rows.tbl = c.t AND rows.key = c.k`,
      [actor.entity, JSON.stringify(chunk)],
    );
  }
  return { first: seqs[0] ?? 0, last: seqs.at(-1) ?? 0 };
}

/** The import of a whole file is authoritative: its puts merge into rows, facts are inserted once. */
function planBulk(
  mutations: Mutation[],
  current: Map<string, Row | null>,
): PlannedChange[] | string {
  const planned: PlannedChange[] = [];
  for (const m of mutations) {
    const id = rowId(m.table, m.key);
    const prev = current.get(id) ?? null;
    const keyField = TABLE_KEYS[m.table];
    let row: Row | null;
    const overwritten: { field: string; value: unknown }[] = [];
    if (m.op === 'delete') {
      if (TABLE_RULES[m.table] === 'append') {
        return 'Un import ne peut pas supprimer un fait enregistré (appel, note, journal).';
      }
      if (prev === null) continue;
      row = null;
    } else if (TABLE_RULES[m.table] === 'append' && prev !== null) {
      if (sameValue({ ...prev, ...m.fields }, prev)) continue;
      return 'Un import ne peut pas modifier un fait déjà enregistré (appel, note, journal).';
    } else {
      row = { ...(prev ?? {}), ...m.fields, [keyField]: m.key };
      if (prev !== null && m.base) {
        for (const [field, value] of Object.entries(m.fields ?? {})) {
          if (
            Object.hasOwn(m.base, field) &&
            !sameValue(m.base[field], prev[field]) &&
            !sameValue(prev[field], value)
          ) {
            overwritten.push({ field, value: prev[field] ?? null });
          }
        }
      }
      if (prev !== null && sameValue(row, prev)) continue;
    }
    planned.push({
      table: m.table,
      key: m.key,
      row,
      prev,
      // The row after the change is stored anyway; null fields means « the whole row » (an import).
      fields: null,
      overwritten,
    });
    current.set(id, row);
  }
  return planned;
}

async function runningImportMessage(pool: Pool, entity: string): Promise<string> {
  const { rows } = await pool.query<{ by_name: string; started_at: Date }>(
    `SELECT by_name, started_at FROM import_runs WHERE entity = $1 AND state = 'running' ORDER BY id DESC LIMIT 1`,
    [entity],
  );
  const run = rows[0];
  return run
    ? `Un import est déjà en cours, lancé par ${run.by_name} ${frenchWhen(run.started_at)}. Réessayez quand il sera terminé.`
    : 'Un import est déjà en cours. Réessayez quand il sera terminé.';
}

/**
 * A bulk sent from the outbox stands for a run of the workstation's push seqs: they must follow
 * the last one received, and the next push must follow them.
 */
async function consumeOutboxSeqs(
  client: PoolClient,
  entity: string,
  workstationId: string,
  range: { first: number; last: number },
): Promise<void> {
  const ws = (
    await client.query<{ entity: string; last_seq: string }>(
      `INSERT INTO workstations (id, entity) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id RETURNING entity, last_seq`,
      [workstationId, entity],
    )
  ).rows[0];
  if (!ws || ws.entity !== entity) throw forbidden('Ce poste appartient à une autre entité.');
  const lastSeq = Number(ws.last_seq);
  if (range.first !== lastSeq + 1) {
    throw conflict(
      'sequence_gap',
      `Des modifications de ce poste manquent : le serveur attend la n° ${lastSeq + 1}, il a reçu la n° ${range.first}.`,
      { expectedSeq: lastSeq + 1 },
    );
  }
  await client.query('UPDATE workstations SET last_seq = $2 WHERE id = $1', [
    workstationId,
    range.last,
  ]);
}

export function bulkRoutes(app: FastifyInstance, pool: Pool): void {
  app.post('/sync/bulk', async (request) => {
    const actor = requireRole(request, WRITER_ROLES);
    const parsed = bulkRequestSchema.safeParse(request.body);
    if (!parsed.success) throw badRequest('Import mal formé : il a été refusé en entier.');
    const { workstationId, importId, mutations } = parsed.data;
    const kind = parsed.data.kind ?? 'import';
    if (workstationId !== actor.workstationId) {
      throw forbidden('Ce jeton de session a été délivré à un autre poste : reconnectez-vous.');
    }
    if (kind === 'seed' && actor.role !== 'administrateur') {
      throw forbidden(
        'Seul un administrateur peut initialiser le serveur avec le registre de son poste.',
      );
    }
    const client = await pool.connect();
    let runId: string | null = null;
    try {
      await client.query('BEGIN');
      const locked = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok',
        [LOCK_IMPORT, actor.entity],
      );
      if (!locked.rows[0]?.ok) {
        throw conflict('import_running', await runningImportMessage(pool, actor.entity));
      }
      const done = await client.query<{ count: number; last_seq: string }>(
        `SELECT count, last_seq FROM import_runs WHERE entity = $1 AND import_id = $2 AND state IN ('applied', 'undone')`,
        [actor.entity, importId],
      );
      if (done.rows[0]) {
        await client.query('ROLLBACK');
        const response: BulkResponse = {
          importId,
          applied: done.rows[0].count,
          cursor: Number(done.rows[0].last_seq),
          duplicate: true,
        };
        return response;
      }
      if (parsed.data.outboxSeqs) {
        await consumeOutboxSeqs(client, actor.entity, workstationId, parsed.data.outboxSeqs);
      }
      if (kind === 'seed') {
        const any = await client.query(
          'SELECT 1 FROM rows WHERE entity = $1 AND row IS NOT NULL LIMIT 1',
          [actor.entity],
        );
        if (any.rows.length > 0) {
          throw conflict(
            'ledger_not_empty',
            'Le registre du serveur n’est pas vide : il ne peut plus être initialisé depuis un poste.',
          );
        }
      }
      // Committed apart (autocommit): tells a second importer who is importing.
      const run = await pool.query<{ id: string }>(
        `INSERT INTO import_runs (entity, import_id, kind, account_id, by_name, state)
         VALUES ($1, $2, $3, $4, $5, 'running') RETURNING id`,
        [actor.entity, importId, kind, actor.accountId, actor.displayName],
      );
      runId = run.rows[0]?.id ?? null;
      await notify(pool, actor.entity, { type: 'import', state: 'started', by: actor.displayName });

      const current = new Map<string, Row | null>();
      const ids = new Map<string, { table: string; key: string }>();
      for (const m of mutations) ids.set(rowId(m.table, m.key), { table: m.table, key: m.key });
      await lockRows(client, actor.entity, [...ids.values()], current);
      const planned = planBulk(
        [...mutations].sort((a, b) => a.seq - b.seq),
        current,
      );
      if (typeof planned === 'string') throw conflict('import_refused', planned);
      const { first, last } =
        planned.length > 0
          ? await writeBatch(client, actor, planned, importId)
          : { first: 0, last: 0 };
      await client.query(
        `UPDATE import_runs SET state = 'applied', count = $2, first_seq = $3, last_seq = $4, finished_at = now() WHERE id = $1`,
        [runId, planned.length, first, last],
      );
      await audit(client, {
        entity: actor.entity,
        accountId: actor.accountId,
        login: actor.login,
        action: kind === 'seed' ? 'seed' : 'import',
        detail: { importId, changes: planned.length, workstationId },
      });
      if (last > 0) await notify(client, actor.entity, { type: 'changes', cursor: last });
      await notify(client, actor.entity, {
        type: 'import',
        state: 'finished',
        by: actor.displayName,
      });
      await client.query('COMMIT');
      const response: BulkResponse = { importId, applied: planned.length, cursor: last };
      return response;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if (runId !== null) {
        await pool
          .query(`DELETE FROM import_runs WHERE id = $1 AND state = 'running'`, [runId])
          .catch(() => {});
        await notify(pool, actor.entity, {
          type: 'import',
          state: 'finished',
          by: actor.displayName,
        }).catch(() => {});
      }
      throw error;
    } finally {
      client.release();
    }
  });

  app.post('/sync/imports/:id/undo', async (request) => {
    const actor = requireRole(request, WRITER_ROLES);
    const { id } = request.params as { id: string };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const locked = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok',
        [LOCK_IMPORT, actor.entity],
      );
      if (!locked.rows[0]?.ok) {
        throw conflict('import_running', await runningImportMessage(pool, actor.entity));
      }
      const latest = (
        await client.query<{ id: string; import_id: string; state: string; kind: string }>(
          `SELECT id, import_id, state, kind FROM import_runs
            WHERE entity = $1 AND state IN ('applied', 'undone') AND kind = 'import'
            ORDER BY id DESC LIMIT 1`,
          [actor.entity],
        )
      ).rows[0];
      if (!latest || latest.import_id !== id || latest.state !== 'applied') {
        throw conflict(
          'not_latest_import',
          latest?.import_id === id
            ? 'Cet import a déjà été annulé.'
            : 'Seul le dernier import peut être annulé.',
        );
      }
      const { rows: imported } = await client.query<{
        tbl: SyncedTable;
        key: string;
        prev_row: Row | null;
        server_seq: string;
      }>(
        // The audit log keeps the import's entry: undoing it does not unsay that it happened.
        `SELECT tbl, key, prev_row, server_seq FROM changes
          WHERE entity = $1 AND import_id = $2 AND tbl <> 'audit' ORDER BY server_seq`,
        [actor.entity, id],
      );
      const before = new Map<
        string,
        { table: SyncedTable; key: string; prev: Row | null; lastSeq: number }
      >();
      for (const c of imported) {
        const rid = rowId(c.tbl, c.key);
        const seen = before.get(rid);
        if (seen) seen.lastSeq = Number(c.server_seq);
        else
          before.set(rid, {
            table: c.tbl,
            key: c.key,
            prev: c.prev_row,
            lastSeq: Number(c.server_seq),
          });
      }
      const current = new Map<string, Row | null>();
      const seqs = new Map<string, number>();
      await lockRows(client, actor.entity, [...before.values()], current, seqs);
      const changedSince = [...before.entries()].filter(
        ([rid, b]) => seqs.get(rid) !== b.lastSeq,
      ).length;
      if (changedSince > 0) {
        throw conflict(
          'import_changed_since',
          `${changedSince} fiche(s) de cet import ont été modifiées depuis : l’import ne peut plus être annulé d’un bloc.`,
        );
      }
      const planned: PlannedChange[] = [...before.entries()].map(([rid, b]) => ({
        table: b.table,
        key: b.key,
        row: b.prev,
        prev: current.get(rid) ?? null,
        fields: b.prev,
        overwritten: [],
      }));
      const { last } =
        planned.length > 0 ? await writeBatch(client, actor, planned, null) : { last: 0 };
      await client.query(
        `UPDATE import_runs SET state = 'undone', finished_at = now() WHERE id = $1`,
        [latest.id],
      );
      await audit(client, {
        entity: actor.entity,
        accountId: actor.accountId,
        login: actor.login,
        action: 'import-undo',
        detail: { importId: id, changes: planned.length },
      });
      if (last > 0) await notify(client, actor.entity, { type: 'changes', cursor: last });
      await client.query('COMMIT');
      const response: UndoImportResponse = { importId: id, undone: planned.length, cursor: last };
      return response;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  });
}
