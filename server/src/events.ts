/**
 * The live channel. Every server process LISTENs on one PostgreSQL channel; a writer NOTIFYs
 * (inside its transaction, so only committed work is announced) and every process forwards the
 * event to its own server-sent-event subscribers of the same entity. Several processes behind a
 * load balancer therefore serve any workstation.
 */
import { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { LiveEvent } from '../../contracts/sync.ts';
import { requireRole, WRITER_ROLES } from './auth.ts';
import type { ServerConfig } from './config.ts';
import { badRequest } from './errors.ts';
import { lastServerSeq } from './ledger.ts';

const CHANNEL = 'recouvra_events';

export const eventPayload = (entity: string, event: LiveEvent) => JSON.stringify({ entity, event });

export async function notify(
  db: Pool | PoolClient,
  entity: string,
  event: LiveEvent,
): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [CHANNEL, eventPayload(entity, event)]);
}

/** One LISTEN connection per process (held from the pool), re-established when it drops. */
export class EventHub {
  private readonly emitter = new EventEmitter();
  private client: PoolClient | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly pool: Pool) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const client = await this.pool.connect();
    const drop = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      client.release(error ?? true);
      this.reconnect();
    };
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', (message) => {
      if (!message.payload) return;
      try {
        const { entity, event } = JSON.parse(message.payload) as {
          entity: string;
          event: LiveEvent;
        };
        this.emitter.emit(entity, event);
      } catch {
        // A payload from something else on the channel: ignored.
      }
    });
    this.client = client;
    try {
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      drop(error as Error);
    }
  }

  private reconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch(() => this.reconnect());
    }, 1000);
  }

  subscribe(entity: string, listener: (event: LiveEvent) => void): () => void {
    this.emitter.on(entity, listener);
    return () => this.emitter.off(entity, listener);
  }

  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    client?.release(true);
  }
}

export function eventRoutes(
  app: FastifyInstance,
  pool: Pool,
  hub: EventHub,
  config: ServerConfig,
): void {
  app.get('/sync/events', async (request, reply) => {
    const actor = requireRole(request, ['administrateur', 'responsable', 'charge', 'lecture']);
    // Headers already set on the reply (CORS) would be lost once hijacked: carried over here.
    const inherited = Object.fromEntries(
      Object.entries(reply.getHeaders()).filter(
        (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
      ),
    );
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...inherited,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: LiveEvent) => {
      raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    };
    send({ type: 'changes', cursor: await lastServerSeq(pool, actor.entity) });
    const unsubscribe = hub.subscribe(actor.entity, send);
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), 25_000);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  /** « En cours d'appel par … »: `calling: true` while a call is open, renewed, false at the end. */
  app.post('/sync/presence', async (request) => {
    const actor = requireRole(request, WRITER_ROLES);
    const body = request.body as { debtorId?: unknown; calling?: unknown } | undefined;
    if (typeof body?.debtorId !== 'string' || body.debtorId.length === 0) {
      throw badRequest('Le débiteur est requis.');
    }
    const calling = body.calling !== false;
    const { rows } = await pool.query<{ until: Date }>(
      calling
        ? `INSERT INTO presence (entity, debtor_id, account_id, by_name, until)
           VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
           ON CONFLICT (entity, debtor_id, account_id) DO UPDATE SET until = EXCLUDED.until
           RETURNING until`
        : `UPDATE presence SET until = now() WHERE entity = $1 AND debtor_id = $2 AND account_id = $3
           AND $4::text IS NOT NULL AND $5::int IS NOT NULL RETURNING until`,
      [actor.entity, body.debtorId, actor.accountId, actor.displayName, config.presenceSeconds],
    );
    const until = (rows[0]?.until ?? new Date()).toISOString();
    await notify(pool, actor.entity, {
      type: 'calling',
      debtorId: body.debtorId,
      by: actor.displayName,
      until,
    });
    return { debtorId: body.debtorId, by: actor.displayName, until };
  });

  app.get('/sync/presence', async (request) => {
    const actor = requireRole(request, ['administrateur', 'responsable', 'charge', 'lecture']);
    const { rows } = await pool.query<{ debtor_id: string; by_name: string; until: Date }>(
      'SELECT debtor_id, by_name, until FROM presence WHERE entity = $1 AND until > now() ORDER BY until',
      [actor.entity],
    );
    return {
      calling: rows.map((r) => ({
        debtorId: r.debtor_id,
        by: r.by_name,
        until: r.until.toISOString(),
      })),
    };
  });
}
