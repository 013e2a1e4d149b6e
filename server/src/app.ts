/**
 * The Recouvra team server: buildApp(config, pool) returns a Fastify instance (not listening),
 * so tests serve it on loopback and main.ts serves it with TLS.
 */
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Pool } from 'pg';
import { accountRoutes } from './accounts.ts';
import { authenticate, authRoutes } from './auth.ts';
import { blobRoutes } from './blobs.ts';
import { bulkRoutes } from './bulk.ts';
import type { ServerConfig } from './config.ts';
import { HttpError } from './errors.ts';
import { EventHub, eventRoutes } from './events.ts';
import { bulkConfirmRoutes } from './outboxSeqs.ts';
import { pullRoutes } from './pull.ts';
import { pushRoutes } from './push.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes reachable without a session (sign-in, health). */
    public?: boolean;
  }
}

/** PostgreSQL unreachable or shutting down (connection refused, admin shutdown, crash…). */
function databaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'EPIPE',
      '57P01',
      '57P02',
      '57P03',
      '08006',
      '08001',
      '08003',
    ].includes(e.code ?? '') || /Connection terminated|connection timeout/i.test(e.message ?? '')
  );
}

export function buildApp(
  config: ServerConfig,
  pool: Pool,
  options: { https?: { cert: Buffer; key: Buffer }; logger?: boolean } = {},
): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimitBytes,
    // Live channels stay open for hours: closing the server ends them (the workstations
    // reconnect to another process) instead of waiting for them forever.
    forceCloseConnections: true,
    ...(options.https ? { https: options.https } : {}),
  } as FastifyServerOptions) as unknown as FastifyInstance;
  const hub = new EventHub(pool);
  // A connection PostgreSQL drops while checked out fails its query; without a listener, its
  // 'error' event would also bring the whole process down.
  pool.on('connect', (client) => client.on('error', () => {}));

  app.addHook('onReady', () => hub.start());
  app.addHook('onClose', async () => hub.close());

  // The desktop app (app:// origin) and the browser build call the server cross-origin. Any
  // origin may: every request carries its bearer token, and no cookie or ambient credential
  // exists for another site to borrow.
  void app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });

  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS') return;
    if (!request.routeOptions.url || request.routeOptions.config.public) return;
    request.actor = await authenticate(pool, request);
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(error.body());
    const e = error as { statusCode?: number; code?: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .code(413)
        .send({ error: 'too_large', message: 'Envoi trop volumineux pour le serveur.' });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply
        .code(e.statusCode)
        .send({ error: 'bad_request', message: 'Requête mal formée : elle a été refusée.' });
    }
    if (databaseUnavailable(error)) {
      return reply.code(503).send({
        error: 'database_unavailable',
        message: 'La base de données du serveur est indisponible : réessayez dans un instant.',
      });
    }
    request.log.error(error);
    return reply.code(500).send({
      error: 'internal',
      message: 'Erreur interne du serveur : l’opération n’a pas été faite.',
    });
  });

  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: 'not_found', message: 'Adresse inconnue du serveur Recouvra.' }),
  );

  app.get('/health', { config: { public: true } }, async () => ({ ok: true }));
  authRoutes(app, pool, config);
  accountRoutes(app, pool);
  pushRoutes(app, pool);
  pullRoutes(app, pool);
  bulkRoutes(app, pool);
  bulkConfirmRoutes(app, pool);
  blobRoutes(app, pool);
  eventRoutes(app, pool, hub, config);
  return app;
}
