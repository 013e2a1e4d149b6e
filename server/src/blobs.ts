/** Content-addressed documents: PUT /blobs/:sha256 (hash recomputed), GET /blobs/:sha256. */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { requireRole, WRITER_ROLES } from './auth.ts';
import { badRequest, conflict, notFound } from './errors.ts';

const SHA256 = /^[0-9a-f]{64}$/;
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;

export function blobRoutes(app: FastifyInstance, pool: Pool): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_BLOB_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.put('/blobs/:sha256', async (request, reply) => {
    const actor = requireRole(request, WRITER_ROLES);
    const { sha256 } = request.params as { sha256: string };
    if (!SHA256.test(sha256)) throw badRequest('Empreinte SHA-256 invalide.');
    const body = request.body;
    if (!Buffer.isBuffer(body))
      throw badRequest('Le document doit être envoyé en application/octet-stream.');
    const actual = createHash('sha256').update(body).digest('hex');
    if (actual !== sha256) {
      throw conflict(
        'hash_mismatch',
        'Le document reçu ne correspond pas à son empreinte : il a été refusé.',
      );
    }
    const { rowCount } = await pool.query(
      'INSERT INTO blobs (entity, sha256, size, content) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [actor.entity, sha256, body.length, body],
    );
    return reply.code(rowCount ? 201 : 200).send({ sha256, size: body.length });
  });

  app.get('/blobs/:sha256', async (request, reply) => {
    const actor = requireRole(request, ['administrateur', 'responsable', 'charge', 'lecture']);
    const { sha256 } = request.params as { sha256: string };
    if (!SHA256.test(sha256)) throw badRequest('Empreinte SHA-256 invalide.');
    const { rows } = await pool.query<{ content: Buffer }>(
      'SELECT content FROM blobs WHERE entity = $1 AND sha256 = $2',
      [actor.entity, sha256],
    );
    const blob = rows[0];
    if (!blob) throw notFound('Ce document n’est pas sur le serveur.');
    return reply.header('content-type', 'application/octet-stream').send(blob.content);
  });
}
