/** Accounts and roles, managed by administrators (Paramètres › Équipe). */
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import {
  type AccountSummary,
  createAccountRequestSchema,
  type Role,
  updateAccountRequestSchema,
} from '../../contracts/sync.ts';
import { audit } from './audit.ts';
import { type Actor, hashPassword, requireRole } from './auth.ts';
import { badRequest, conflict, notFound } from './errors.ts';

interface AccountRow {
  id: string;
  login: string;
  display_name: string;
  role: Role;
  disabled: boolean;
  created_at: Date;
}

const summary = (r: AccountRow): AccountSummary => ({
  id: r.id,
  login: r.login,
  displayName: r.display_name,
  role: r.role,
  disabled: r.disabled,
  createdAt: r.created_at.toISOString(),
});

export async function createAccount(
  pool: Pool,
  input: { login: string; displayName: string; role: Role; password: string; entity?: string },
  by: Pick<Actor, 'accountId' | 'login'> | null,
): Promise<AccountSummary> {
  const passwordHash = await hashPassword(input.password);
  const entity = input.entity ?? 'default';
  await pool.query('INSERT INTO entities (id, name) VALUES ($1, $1) ON CONFLICT DO NOTHING', [
    entity,
  ]);
  const { rows } = await pool.query<AccountRow>(
    `INSERT INTO accounts (entity, login, display_name, role, password_hash)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (login) DO NOTHING
     RETURNING id, login, display_name, role, disabled, created_at`,
    [entity, input.login, input.displayName, input.role, passwordHash],
  );
  const row = rows[0];
  if (!row) throw conflict('login_taken', `L’identifiant « ${input.login} » est déjà utilisé.`);
  await audit(pool, {
    entity,
    accountId: by?.accountId ?? null,
    login: by?.login ?? 'console',
    action: 'account-create',
    detail: { accountId: row.id, login: row.login, role: row.role },
  });
  return summary(row);
}

export function accountRoutes(app: FastifyInstance, pool: Pool): void {
  app.get('/accounts', async (request) => {
    const actor = requireRole(request, ['administrateur', 'responsable']);
    const { rows } = await pool.query<AccountRow>(
      'SELECT id, login, display_name, role, disabled, created_at FROM accounts WHERE entity = $1 ORDER BY display_name',
      [actor.entity],
    );
    return { accounts: rows.map(summary) };
  });

  app.post('/accounts', async (request, reply) => {
    const actor = requireRole(request, ['administrateur']);
    const parsed = createAccountRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      throw badRequest(
        'Identifiant, nom, rôle et mot de passe (12 caractères au moins) sont requis.',
      );
    }
    const account = await createAccount(pool, { ...parsed.data, entity: actor.entity }, actor);
    return reply.code(201).send(account);
  });

  app.patch('/accounts/:id', async (request) => {
    const actor = requireRole(request, ['administrateur']);
    const { id } = request.params as { id: string };
    const parsed = updateAccountRequestSchema.safeParse(request.body);
    if (!parsed.success || !/^[0-9a-f-]{36}$/i.test(id))
      throw badRequest('Modification de compte mal formée.');
    const change = parsed.data;
    const passwordHash = change.password ? await hashPassword(change.password) : null;
    const { rows } = await pool.query<AccountRow>(
      `UPDATE accounts SET
         display_name = coalesce($3, display_name),
         role = coalesce($4, role),
         password_hash = coalesce($5, password_hash),
         disabled = coalesce($6, disabled)
       WHERE id = $1 AND entity = $2
       RETURNING id, login, display_name, role, disabled, created_at`,
      [
        id,
        actor.entity,
        change.displayName ?? null,
        change.role ?? null,
        passwordHash,
        change.disabled ?? null,
      ],
    );
    const row = rows[0];
    if (!row) throw notFound('Compte introuvable.');
    if (change.disabled || change.password || change.role) {
      await pool.query(
        'UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL',
        [id],
      );
    }
    await audit(pool, {
      entity: actor.entity,
      accountId: actor.accountId,
      login: actor.login,
      action: 'account-update',
      detail: {
        accountId: id,
        role: change.role,
        disabled: change.disabled,
        password: change.password ? 'changed' : undefined,
      },
    });
    return summary(row);
  });

  /** Signs an account out everywhere (every session revoked). */
  app.post('/accounts/:id/revoke', async (request) => {
    const actor = requireRole(request, ['administrateur']);
    const { id } = request.params as { id: string };
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badRequest('Compte mal désigné.');
    const { rowCount } = await pool.query(
      `UPDATE sessions s SET revoked_at = now() FROM accounts a
        WHERE s.account_id = a.id AND a.id = $1 AND a.entity = $2 AND s.revoked_at IS NULL`,
      [id, actor.entity],
    );
    await audit(pool, {
      entity: actor.entity,
      accountId: actor.accountId,
      login: actor.login,
      action: 'sessions-revoke',
      detail: { accountId: id, sessions: rowCount },
    });
    return { revoked: rowCount ?? 0 };
  });

  /** The server's audit log, newest first (administrators and managers). */
  app.get('/audit', async (request) => {
    const actor = requireRole(request, ['administrateur', 'responsable']);
    const { rows } = await pool.query<{
      id: string;
      at: Date;
      account_login: string | null;
      action: string;
      detail: unknown;
    }>(
      'SELECT id, at, account_login, action, detail FROM audit WHERE entity = $1 ORDER BY id DESC LIMIT 1000',
      [actor.entity],
    );
    return {
      entries: rows.map((r) => ({
        id: Number(r.id),
        at: r.at.toISOString(),
        account: r.account_login,
        action: r.action,
        detail: r.detail,
      })),
    };
  });
}
