/** POST /sync/push: each mutation in its own transaction, in seq order, one result each. */
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import {
  type Mutation,
  type MutationResult,
  type PushResponse,
  pushRequestSchema,
} from '../../contracts/sync.ts';
import { audit } from './audit.ts';
import { type Actor, requireRole, WRITER_ROLES } from './auth.ts';
import { sha256Of } from './canonical.ts';
import { badRequest, conflict, forbidden, HttpError } from './errors.ts';
import { eventPayload } from './events.ts';
import { frenchWhen } from './frenchTime.ts';
import { flushWal, lastChange, lockRow, recordMutation, writeChange } from './ledger.ts';
import { decide, refusalReason } from './rules.ts';
import { inTransaction } from './transaction.ts';

/** Applies one mutation in its own transaction; throws HttpError for tampering and gaps. */
export async function applyMutation(
  pool: Pool,
  actor: Actor,
  workstationId: string,
  m: Mutation,
): Promise<MutationResult> {
  const digest = sha256Of(m);
  // Committed asynchronously; made durable by flushWal before the answer.
  return inTransaction(
    pool,
    async (client) => {
      // Registers the workstation on first sight and locks its row, in one round trip.
      const ws = (
        await client.query<{ entity: string; last_seq: string }>({
          name: 'ws-lock',
          text: `INSERT INTO workstations (id, entity) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id RETURNING entity, last_seq`,
          values: [workstationId, actor.entity],
        })
      ).rows[0];
      if (!ws || ws.entity !== actor.entity) {
        throw forbidden('Ce poste appartient à une autre entité.');
      }
      const lastSeq = Number(ws.last_seq);
      if (m.seq <= lastSeq) {
        const seen = (
          await client.query<{
            sha256: Buffer;
            status: string;
            server_seq: string | null;
            reason: string | null;
          }>({
            name: 'mutation-seen',
            text: 'SELECT sha256, status, server_seq, reason FROM mutations WHERE workstation_id = $1 AND seq = $2',
            values: [workstationId, m.seq],
          })
        ).rows[0];
        if (!seen?.sha256.equals(digest)) {
          throw conflict(
            'tampered',
            `La modification n° ${m.seq} de ce poste a déjà été reçue avec un autre contenu : elle est refusée.`,
            { seq: m.seq },
          );
        }
        if (seen.status === 'applied') {
          return { seq: m.seq, status: 'duplicate', serverSeq: Number(seen.server_seq) };
        }
        const current = await client.query<{ row: Record<string, unknown> | null }>(
          'SELECT row FROM rows WHERE entity = $1 AND tbl = $2 AND key = $3',
          [actor.entity, m.table, m.key],
        );
        return {
          seq: m.seq,
          status: 'refused',
          reason: seen.reason ?? '',
          row: current.rows[0]?.row ?? null,
        };
      }
      if (m.seq !== lastSeq + 1) {
        throw conflict(
          'sequence_gap',
          `Des modifications de ce poste manquent : le serveur attend la n° ${lastSeq + 1}, il a reçu la n° ${m.seq}.`,
          { expectedSeq: lastSeq + 1 },
        );
      }

      const record = { workstationId, seq: m.seq, sha256: digest };
      const current = await lockRow(client, actor.entity, m.table, m.key);
      const decision = decide(current.row, m);
      if (decision.kind === 'refuse') {
        const field = decision.cause.type === 'state' ? decision.cause.field : undefined;
        const winner = await lastChange(client, actor.entity, m.table, m.key, field);
        const reason = refusalReason(
          m.table,
          decision.cause,
          winner?.byName ?? null,
          winner ? frenchWhen(winner.at) : null,
        );
        await recordMutation(client, record, { status: 'refused', reason });
        return { seq: m.seq, status: 'refused', reason, row: current.row };
      }
      if (decision.kind === 'noop') {
        await recordMutation(client, record, { status: 'applied', serverSeq: current.serverSeq });
        return { seq: m.seq, status: 'applied', serverSeq: current.serverSeq };
      }
      const serverSeq = await writeChange(
        client,
        {
          entity: actor.entity,
          accountId: actor.accountId,
          byName: actor.displayName,
          workstationId,
        },
        {
          table: m.table,
          key: m.key,
          row: decision.row,
          fields: m.op === 'delete' ? null : (m.fields ?? {}),
          overwritten: decision.overwritten,
        },
        record,
      );
      return { seq: m.seq, status: 'applied', serverSeq };
    },
    'BEGIN; SET LOCAL synchronous_commit = off',
  );
}

export function pushRoutes(app: FastifyInstance, pool: Pool): void {
  app.post('/sync/push', async (request) => {
    const actor = requireRole(request, WRITER_ROLES);
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      throw badRequest('Envoi de modifications mal formé : il a été refusé en entier.');
    }
    const { workstationId, mutations } = parsed.data;
    if (workstationId !== actor.workstationId) {
      throw forbidden('Ce jeton de session a été délivré à un autre poste : reconnectez-vous.');
    }
    const ordered = [...mutations].sort((a, b) => a.seq - b.seq);
    const results: MutationResult[] = [];
    let cursor = 0;
    try {
      for (const m of ordered) {
        const result = await applyMutation(pool, actor, workstationId, m);
        results.push(result);
        if (result.status === 'applied') cursor = Math.max(cursor, result.serverSeq);
      }
    } catch (error) {
      if (error instanceof HttpError && error.code === 'tampered') {
        await audit(pool, {
          entity: actor.entity,
          accountId: actor.accountId,
          login: actor.login,
          action: 'mutation-tampered',
          detail: { workstationId, seq: error.extra.seq },
        });
      }
      throw error;
    } finally {
      // Nothing is acknowledged (applied or duplicate) before it is on disk; the live channel
      // learns of the new cursor in the same round trip.
      await flushWal(
        pool,
        cursor > 0 ? eventPayload(actor.entity, { type: 'changes', cursor }) : undefined,
      );
    }
    const response: PushResponse = { results };
    return response;
  });
}
