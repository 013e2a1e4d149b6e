/**
 * A workstation's outbox seqs taken by a bulk rather than a push, and POST /sync/bulk/confirm:
 * an import sent before its local commit (docs/sync-protocol.md) is applied without them, and
 * the workstation confirms them once its outbox holds the import.
 */
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import { type BulkResponse, bulkConfirmSchema } from '../../contracts/sync.ts';
import { requireRole, WRITER_ROLES } from './auth.ts';
import { badRequest, conflict, forbidden } from './errors.ts';
import { inTransaction } from './transaction.ts';

/**
 * The bulk stands for the outbox seqs `range`: they must follow the last one received, and the
 * next push must follow them. For an import already applied (`again`: its answer was lost, or it
 * was sent before its local commit), seqs already taken change nothing.
 */
export async function consumeOutboxSeqs(
  client: PoolClient,
  entity: string,
  workstationId: string,
  range: { first: number; last: number },
  again = false,
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
  if (again && lastSeq >= range.last) return;
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

/**
 * An import applied before its local commit is confirmed only for as many seqs as it carried
 * mutations: more would take seqs for changes the server never received.
 */
export function checkOutboxSeqsCount(
  mutations: number | null,
  range: { first: number; last: number },
): void {
  if (mutations === null || range.last - range.first + 1 === mutations) return;
  throw conflict(
    'import_mismatch',
    `Cet import ne correspond pas à celui reçu par le serveur (${mutations} modifications reçues, ${range.last - range.first + 1} annoncées) : il a été refusé.`,
  );
}

export function bulkConfirmRoutes(app: FastifyInstance, pool: Pool): void {
  app.post('/sync/bulk/confirm', async (request) => {
    const actor = requireRole(request, WRITER_ROLES);
    const parsed = bulkConfirmSchema.safeParse(request.body);
    if (!parsed.success) throw badRequest('Confirmation d’import mal formée.');
    const { workstationId, importId, outboxSeqs } = parsed.data;
    if (workstationId !== actor.workstationId) {
      throw forbidden('Ce jeton de session a été délivré à un autre poste : reconnectez-vous.');
    }
    return inTransaction(pool, async (client) => {
      // Only an import this account applied: another's import is not this outbox's.
      const run = (
        await client.query<{ count: number; last_seq: string; mutations: number | null }>(
          `SELECT count, last_seq, mutations FROM import_runs
            WHERE entity = $1 AND import_id = $2 AND account_id = $3 AND kind = 'import'
              AND state IN ('applied', 'undone')`,
          [actor.entity, importId, actor.accountId],
        )
      ).rows[0];
      if (!run) {
        throw conflict('import_unknown', 'Cet import n’a pas été reçu par le serveur.');
      }
      checkOutboxSeqsCount(run.mutations, outboxSeqs);
      await consumeOutboxSeqs(client, actor.entity, workstationId, outboxSeqs, true);
      const response: BulkResponse = {
        importId,
        applied: run.count,
        cursor: Number(run.last_seq),
        duplicate: true,
      };
      return response;
    });
  });
}
