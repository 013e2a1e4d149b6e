import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { type Role, type SignInResponse, signInRequestSchema } from '../../contracts/sync.ts';
import { audit } from './audit.ts';
import type { ServerConfig } from './config.ts';
import { badRequest, forbidden, HttpError, unauthenticated } from './errors.ts';

/** The signed-in account a request acts for, resolved from its bearer token. */
export interface Actor {
  accountId: string;
  login: string;
  displayName: string;
  role: Role;
  entity: string;
  workstationId: string;
  tokenHash: Buffer;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** Argon2id with the library's defaults (OWASP-grade memory cost). */
export const hashPassword = (password: string) => hash(password, { algorithm: 2 });

const sha256 = (token: string) => createHash('sha256').update(token).digest();

/** Who may write the shared ledger (push, import, presence, documents). */
export const WRITER_ROLES: readonly Role[] = ['administrateur', 'responsable', 'charge'];

export function requireRole(request: FastifyRequest, roles: readonly Role[]): Actor {
  const actor = request.actor;
  if (!actor) throw unauthenticated();
  if (!roles.includes(actor.role)) {
    throw forbidden(
      actor.role === 'lecture'
        ? 'Votre compte est en lecture seule : vous ne pouvez pas modifier le registre partagé.'
        : 'Votre rôle ne permet pas cette opération.',
    );
  }
  return actor;
}

/** Resolves the bearer token of every request except sign-in (and health). */
export async function authenticate(pool: Pool, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match?.[1]) throw unauthenticated();
  const tokenHash = sha256(match[1]);
  const { rows } = await pool.query<{
    account_id: string;
    login: string;
    display_name: string;
    role: Role;
    entity: string;
    workstation_id: string;
    expired: boolean;
    revoked: boolean;
    disabled: boolean;
  }>({
    name: 'auth',
    text: `SELECT s.account_id, a.login, a.display_name, a.role, a.entity, s.workstation_id,
            s.expires_at <= now() AS expired, s.revoked_at IS NOT NULL AS revoked, a.disabled
       FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.token_hash = $1`,
    values: [tokenHash],
  });
  const session = rows[0];
  if (!session) throw unauthenticated('Session inconnue : reconnectez-vous.');
  if (session.revoked) {
    throw new HttpError(401, 'session_revoked', 'Votre session a été fermée : reconnectez-vous.');
  }
  if (session.expired) {
    throw new HttpError(401, 'session_expired', 'Votre session a expiré : reconnectez-vous.');
  }
  if (session.disabled) {
    throw new HttpError(401, 'account_disabled', 'Votre compte a été désactivé.');
  }
  return {
    accountId: session.account_id,
    login: session.login,
    displayName: session.display_name,
    role: session.role,
    entity: session.entity,
    workstationId: session.workstation_id,
    tokenHash,
  };
}

export function authRoutes(app: FastifyInstance, pool: Pool, config: ServerConfig): void {
  app.post('/auth/session', { config: { public: true } }, async (request) => {
    const parsed = signInRequestSchema.safeParse(request.body);
    if (!parsed.success) throw badRequest('Identifiant, mot de passe et poste sont requis.');
    const { login, password, workstationId } = parsed.data;
    const { rows } = await pool.query<{
      id: string;
      login: string;
      display_name: string;
      role: Role;
      entity: string;
      password_hash: string;
      disabled: boolean;
    }>(
      'SELECT id, login, display_name, role, entity, password_hash, disabled FROM accounts WHERE login = $1',
      [login],
    );
    const account = rows[0];
    const ok = account ? await verify(account.password_hash, password) : false;
    if (!account || !ok || account.disabled) {
      await audit(pool, {
        entity: account?.entity ?? null,
        accountId: account?.id ?? null,
        login,
        action: 'sign-in-refused',
        detail: { workstationId },
      });
      throw unauthenticated('Identifiant ou mot de passe incorrect.');
    }
    const token = randomBytes(32).toString('base64url');
    const expires = await pool.query<{ expires_at: Date }>(
      `INSERT INTO sessions (token_hash, account_id, workstation_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at`,
      [sha256(token), account.id, workstationId, config.sessionSeconds],
    );
    await audit(pool, {
      entity: account.entity,
      accountId: account.id,
      login: account.login,
      action: 'sign-in',
      detail: { workstationId },
    });
    const response: SignInResponse = {
      token,
      expiresAt: (expires.rows[0]?.expires_at ?? new Date()).toISOString(),
      account: {
        id: account.id,
        login: account.login,
        displayName: account.display_name,
        role: account.role,
      },
    };
    return response;
  });

  app.get('/auth/session', async (request) => {
    const actor = requireRole(request, ['administrateur', 'responsable', 'charge', 'lecture']);
    return {
      account: {
        id: actor.accountId,
        login: actor.login,
        displayName: actor.displayName,
        role: actor.role,
      },
      workstationId: actor.workstationId,
    };
  });

  app.delete('/auth/session', async (request, reply) => {
    const actor = requireRole(request, ['administrateur', 'responsable', 'charge', 'lecture']);
    await pool.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1', [
      actor.tokenHash,
    ]);
    await audit(pool, {
      entity: actor.entity,
      accountId: actor.accountId,
      login: actor.login,
      action: 'sign-out',
      detail: { workstationId: actor.workstationId },
    });
    return reply.code(204).send();
  });
}
