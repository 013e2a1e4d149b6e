/**
 * POST /sync/bulk (a month's import, or the seeding of an empty server, in ONE transaction under
 * an advisory lock) and POST /sync/imports/:id/undo (undoing the latest import, server side).
 *
 * A month's import is 100,000+ mutations: it holds all the entity's rows at once (lockAllRows)
 * instead of locking them one by one, reads the rows it touches, plans in memory, then writes
 * the changes and the rows' new values with one statement per chunk, each chunk built while
 * PostgreSQL writes the previous one.
 */
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import * as z from 'zod';
import {
  type BulkRequest,
  type BulkResponse,
  bulkRequestSchema,
  MAX_IMPORT_MUTATIONS,
  type Mutation,
  mutationSchema,
  SYNCED_TABLES,
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
import { LOCK_IMPORT, lastServerSeq, lockAllRows, lockCommitOrder } from './ledger.ts';
import { checkOutboxSeqsCount, consumeOutboxSeqs } from './outboxSeqs.ts';
import type { Row } from './rules.ts';
import { inTransaction } from './transaction.ts';

/** Keys per statement when reading rows, changes per statement when writing them. */
const READ_CHUNK = 50_000;
const WRITE_CHUNK = 10_000;
const rowId = (table: string, key: string) => `${table}\u0000${key}`;
// The sequence behind changes.server_seq (bigserial, 001_ledger.sql), named as a constant: a
// function looking it up (pg_get_serial_sequence) would run once per value drawn.
const SERVER_SEQ = 'changes_server_seq_seq';

interface PlannedChange {
  table: SyncedTable;
  key: string;
  row: Row | null;
  prev: Row | null;
  fields: Row | null;
  overwritten: { field: string; value: unknown }[];
}

/**
 * Holds every row of the entity (lockAllRows: no push writes or locks one until COMMIT) and reads
 * the current value and server_seq of the rows that exist; a row absent from `into` does not
 * exist yet (not even as a placeholder).
 */
async function holdRows(
  client: PoolClient,
  entity: string,
  ids: { table: string; key: string }[],
  into: Map<string, { row: Row | null; serverSeq: number }>,
): Promise<void> {
  await lockAllRows(client, entity);
  for (let i = 0; i < ids.length; i += READ_CHUNK) {
    const chunk = ids.slice(i, i + READ_CHUNK);
    const { rows } = await client.query<{
      tbl: string;
      key: string;
      row: Row | null;
      server_seq: string;
    }>(
      `SELECT r.tbl, r.key, r.row, r.server_seq FROM rows r
         JOIN unnest($2::text[], $3::text[]) AS u(t, k) ON r.entity = $1 AND r.tbl = u.t AND r.key = u.k`,
      [entity, chunk.map((c) => c.table), chunk.map((c) => c.key)],
    );
    for (const r of rows) {
      into.set(rowId(r.tbl, r.key), { row: r.row, serverSeq: Number(r.server_seq) });
    }
  }
}

/**
 * Draws `count` server_seq (under the commit-order lock), in increasing order. They are
 * consecutive unless another entity drew some meanwhile: then the list itself is returned.
 */
async function drawSeqs(client: PoolClient, count: number): Promise<(i: number) => number> {
  const { rows } = await client.query<{ first: string; last: string; seqs: string[] | null }>(
    `WITH s AS (SELECT nextval('${SERVER_SEQ}'::regclass) AS s FROM generate_series(1, $1))
     SELECT min(s) AS first, max(s) AS last,
            CASE WHEN max(s) - min(s) + 1 = $1 THEN NULL ELSE array_agg(s ORDER BY s) END AS seqs
       FROM s`,
    [count],
  );
  const drawn = rows[0];
  if (!drawn) throw new Error('server_seq non attribués');
  if (drawn.seqs) {
    const all = drawn.seqs.map(Number);
    return (i) => all[i] as number;
  }
  const first = Number(drawn.first);
  return (i) => first + i;
}

/**
 * One statement per chunk: the changes, each with the row before it (`prev_row`), and the rows'
 * new values. `m` says where prev_row comes from: absent, the row did not exist (null); 1, the
 * row's value in `rows`, read by the statement before it writes (the value the plan started
 * from, held since); 2, `p` (a row changed twice in the batch: the value after its previous
 * change). `l` marks the batch's last change of each row, the one whose value `rows` keeps; `n`
 * a row that does not exist yet (inserted rather than updated).
 */
const WRITE_CHANGES = `WITH c AS MATERIALIZED (
    SELECT * FROM jsonb_to_recordset($6::jsonb)
      AS c(s bigint, t text, k text, r jsonb, p jsonb, m int, f jsonb, l boolean, n boolean)
  ), written AS (
    INSERT INTO changes (server_seq, entity, tbl, key, op, row, prev_row, fields, account_id, by_name, workstation_id, import_id)
    SELECT c.s, $1, c.t, c.k, CASE WHEN c.r IS NULL THEN 'delete' ELSE 'put' END, c.r,
           CASE c.m WHEN 2 THEN c.p
                    WHEN 1 THEN (SELECT o.row FROM rows o WHERE o.entity = $1 AND o.tbl = c.t AND o.key = c.k)
           END,
           c.f, $2, $3, $4, $5
      FROM c
  ), created AS (
    INSERT INTO rows (entity, tbl, key, row, server_seq)
    SELECT $1, c.t, c.k, c.r, c.s FROM c WHERE c.l AND c.n
  )
  UPDATE rows SET row = c.r, server_seq = c.s FROM c
   WHERE c.l AND c.n IS NOT TRUE AND rows.entity = $1 AND rows.tbl = c.t AND rows.key = c.k`;

/**
 * Writes planned changes with consecutive server_seq under the commit-order lock, the rows'
 * new values and the field history. The rows must be held (holdRows), `prev` must be the
 * current value of each row's first change and `existing` the rows that exist (holdRows).
 * Returns the first and last server_seq.
 */
async function writeBatch(
  client: PoolClient,
  actor: Actor,
  changes: PlannedChange[],
  existing: ReadonlyMap<string, unknown>,
  importId: string | null,
): Promise<{ first: number; last: number; after: number }> {
  await lockCommitOrder(client, actor.entity);
  // Under the commit-order lock every earlier change has committed: the last of them is where a
  // workstation that holds everything before this batch stands (BulkResponse.after).
  const after = await lastServerSeq(client, actor.entity);
  const seqAt = await drawSeqs(client, changes.length);
  // Where each row's changes are in the batch: its first one reads prev_row from `rows`, a
  // later one carries it; only its last one writes `rows`.
  const lastIndex = new Map<string, number>();
  for (const [i, c] of changes.entries()) lastIndex.set(rowId(c.table, c.key), i);
  const seen = new Set<string>();
  let inFlight: Promise<unknown> | undefined;
  try {
    for (let i = 0; i < changes.length; i += WRITE_CHUNK) {
      // Built while PostgreSQL writes the previous chunk.
      const items: string[] = [];
      const history: { t: string; k: string; f: string; v: unknown; s: number }[] = [];
      const end = Math.min(i + WRITE_CHUNK, changes.length);
      for (let j = i; j < end; j += 1) {
        const c = changes[j] as PlannedChange;
        const id = rowId(c.table, c.key);
        const seq = seqAt(j);
        let item = `{"s":${seq},"t":${JSON.stringify(c.table)},"k":${JSON.stringify(c.key)},"r":${c.row === null ? 'null' : JSON.stringify(c.row)}`;
        if (seen.has(id)) item += `,"m":2,"p":${c.prev === null ? 'null' : JSON.stringify(c.prev)}`;
        else {
          seen.add(id);
          if (c.prev !== null) item += ',"m":1';
        }
        if (c.fields !== null) item += `,"f":${JSON.stringify(c.fields)}`;
        if (lastIndex.get(id) === j) item += existing.has(id) ? ',"l":true' : ',"l":true,"n":true';
        items.push(`${item}}`);
        for (const o of c.overwritten) {
          history.push({ t: c.table, k: c.key, f: o.field, v: o.value ?? null, s: seq });
        }
      }
      await inFlight;
      inFlight = client.query(WRITE_CHANGES, [
        actor.entity,
        actor.accountId,
        actor.displayName,
        actor.workstationId,
        importId,
        `[${items.join(',')}]`,
      ]);
      if (history.length > 0) {
        await inFlight;
        inFlight = client.query(
          `INSERT INTO field_history (entity, tbl, key, field, value, overwritten_by, server_seq)
           SELECT $1, h.t, h.k, h.f, h.v, $2, h.s
             FROM jsonb_to_recordset($3::jsonb) AS h(t text, k text, f text, v jsonb, s bigint)`,
          [actor.entity, actor.displayName, JSON.stringify(history)],
        );
      }
    }
    await inFlight;
  } catch (error) {
    inFlight?.catch(() => {});
    throw error;
  }
  return { first: seqAt(0), last: seqAt(changes.length - 1), after };
}

/** The bulk request around its mutations, which parseBulkRequest checks one by one. */
const bulkEnvelopeSchema = bulkRequestSchema.extend({
  mutations: z.array(z.unknown()).min(1).max(MAX_IMPORT_MUTATIONS),
});
const SYNCED = new Set<string>(SYNCED_TABLES);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/**
 * What mutationSchema accepts, checked without zod for the common shape (zod copies every
 * mutation and its rows: seconds for a month's import). Anything this does not recognise (an
 * unusual date format, a seq beyond 2^53…) goes through mutationSchema itself, which decides.
 * `at` strings are checked once each: an import's mutations share a handful of them.
 */
function plainMutation(value: unknown, checkedAt: Map<string, boolean>): value is Mutation {
  if (!isRecord(value)) return false;
  const { seq, table, key, op, fields, base, at } = value;
  if (
    !Number.isSafeInteger(seq) ||
    (seq as number) <= 0 ||
    typeof table !== 'string' ||
    !SYNCED.has(table) ||
    typeof key !== 'string' ||
    key.length < 1 ||
    key.length > 512 ||
    (op !== 'put' && op !== 'delete') ||
    (fields !== undefined && !isRecord(fields)) ||
    (base !== undefined && !isRecord(base)) ||
    typeof at !== 'string'
  ) {
    return false;
  }
  let ok = checkedAt.get(at);
  if (ok === undefined) {
    ok = mutationSchema.shape.at.safeParse(at).success;
    checkedAt.set(at, ok);
  }
  return ok;
}

/** bulkRequestSchema.safeParse, as fast as the body is large; null when malformed. */
export function parseBulkRequest(body: unknown): BulkRequest | null {
  const envelope = bulkEnvelopeSchema.safeParse(body);
  if (!envelope.success) return null;
  const checkedAt = new Map<string, boolean>();
  const mutations: Mutation[] = new Array(envelope.data.mutations.length);
  for (const [i, m] of envelope.data.mutations.entries()) {
    if (plainMutation(m, checkedAt)) mutations[i] = m;
    else {
      const parsed = mutationSchema.safeParse(m);
      if (!parsed.success) return null;
      mutations[i] = parsed.data;
    }
  }
  return { ...envelope.data, mutations };
}

/**
 * Whether `{ ...prev, ...fields, [keyField]: key }` differs from `prev` (sameValue), comparing
 * only what the merge overwrites.
 */
function changesRow(prev: Row, fields: Row | undefined, keyField?: string, key?: string): boolean {
  if (keyField !== undefined && prev[keyField] !== key) return true;
  if (!fields) return false;
  for (const field of Object.keys(fields)) {
    if (field === keyField) continue;
    const value = fields[field];
    const before = Object.hasOwn(prev, field) ? prev[field] : undefined;
    // A field holding undefined is absent from the row (canonicalJson leaves it out).
    if (value === undefined || before === undefined) {
      if (value !== before) return true;
    } else if (!sameValue(value, before)) return true;
  }
  return false;
}

/** The import of a whole file is authoritative: its puts merge into rows, facts are inserted once. */
export function planBulk(
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
      if (!changesRow(prev, m.fields)) continue;
      return 'Un import ne peut pas modifier un fait déjà enregistré (appel, note, journal).';
    } else if (prev === null) {
      // A new row is the mutation's fields (not copied when they already hold the key).
      row = m.fields?.[keyField] === m.key ? m.fields : { ...m.fields, [keyField]: m.key };
    } else {
      if (!changesRow(prev, m.fields, keyField, m.key)) continue;
      row = { ...prev, ...m.fields, [keyField]: m.key };
      if (m.base) {
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

export function bulkRoutes(app: FastifyInstance, pool: Pool): void {
  app.post('/sync/bulk', async (request) => {
    const actor = requireRole(request, WRITER_ROLES);
    const parsed = parseBulkRequest(request.body);
    if (!parsed) throw badRequest('Import mal formé : il a été refusé en entier.');
    const { workstationId, importId, mutations } = parsed;
    const kind = parsed.kind ?? 'import';
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
      // Sorts and the decoded chunks of a large import stay in memory.
      await client.query(`BEGIN; SET LOCAL work_mem = '64MB'`);
      const locked = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok',
        [LOCK_IMPORT, actor.entity],
      );
      if (!locked.rows[0]?.ok) {
        throw conflict('import_running', await runningImportMessage(pool, actor.entity));
      }
      const done = await client.query<{
        count: number;
        last_seq: string;
        mutations: number | null;
      }>(
        `SELECT count, last_seq, mutations FROM import_runs WHERE entity = $1 AND import_id = $2 AND state IN ('applied', 'undone')`,
        [actor.entity, importId],
      );
      if (done.rows[0]) {
        // Sent before its local commit, then again from the outbox (its confirmation lost): the
        // outbox seqs it stands for are taken now, once.
        if (parsed.outboxSeqs) {
          checkOutboxSeqsCount(done.rows[0].mutations, parsed.outboxSeqs);
          await consumeOutboxSeqs(client, actor.entity, workstationId, parsed.outboxSeqs, true);
        }
        await client.query('COMMIT');
        const response: BulkResponse = {
          importId,
          applied: done.rows[0].count,
          cursor: Number(done.rows[0].last_seq),
          duplicate: true,
        };
        return response;
      }
      if (parsed.outboxSeqs) {
        await consumeOutboxSeqs(client, actor.entity, workstationId, parsed.outboxSeqs);
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

      const ids = new Map<string, { table: string; key: string }>();
      for (const m of mutations) ids.set(rowId(m.table, m.key), { table: m.table, key: m.key });
      const existing = new Map<string, { row: Row | null; serverSeq: number }>();
      await holdRows(client, actor.entity, [...ids.values()], existing);
      const current = new Map<string, Row | null>();
      for (const [id, r] of existing) current.set(id, r.row);
      const planned = planBulk(
        [...mutations].sort((a, b) => a.seq - b.seq),
        current,
      );
      if (typeof planned === 'string') throw conflict('import_refused', planned);
      const { first, last, after } =
        planned.length > 0
          ? await writeBatch(client, actor, planned, existing, importId)
          : { first: 0, last: 0, after: undefined };
      await client.query(
        `UPDATE import_runs SET state = 'applied', count = $2, first_seq = $3, last_seq = $4, mutations = $5, finished_at = now() WHERE id = $1`,
        [runId, planned.length, first, last, mutations.length],
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
      const response: BulkResponse = { importId, applied: planned.length, cursor: last, after };
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
    // Sorts and the decoded chunks of a large import stay in memory.
    return inTransaction(
      pool,
      (client) => undoLatestImport(client, pool, actor, id),
      `BEGIN; SET LOCAL work_mem = '64MB'`,
    );
  });
}

/**
 * Undoes the entity's latest import `id` inside the caller's transaction: refused while another
 * import runs, when `id` is not the latest, or when a row of it changed since.
 */
async function undoLatestImport(
  client: PoolClient,
  pool: Pool,
  actor: Actor,
  id: string,
): Promise<UndoImportResponse> {
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
  const existing = new Map<string, { row: Row | null; serverSeq: number }>();
  await holdRows(client, actor.entity, [...before.values()], existing);
  const changedSince = [...before.entries()].filter(
    ([rid, b]) => existing.get(rid)?.serverSeq !== b.lastSeq,
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
    prev: existing.get(rid)?.row ?? null,
    fields: b.prev,
    overwritten: [],
  }));
  const { last } =
    planned.length > 0 ? await writeBatch(client, actor, planned, existing, null) : { last: 0 };
  await client.query(`UPDATE import_runs SET state = 'undone', finished_at = now() WHERE id = $1`, [
    latest.id,
  ]);
  await audit(client, {
    entity: actor.entity,
    accountId: actor.accountId,
    login: actor.login,
    action: 'import-undo',
    detail: { importId: id, changes: planned.length },
  });
  if (last > 0) await notify(client, actor.entity, { type: 'changes', cursor: last });
  const response: UndoImportResponse = { importId: id, undone: planned.length, cursor: last };
  return response;
}
