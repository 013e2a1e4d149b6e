import type { Pool, PoolClient } from 'pg';

export interface AuditEntry {
  entity: string | null;
  accountId: string | null;
  /** The signed-in account's login (never a name typed on a workstation). */
  login: string;
  action: string;
  detail?: Record<string, unknown>;
}

/** Appends to the server's audit log (append-only: a trigger refuses UPDATE and DELETE). */
export async function audit(db: Pool | PoolClient, entry: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit (entity, account_id, account_login, action, detail) VALUES ($1, $2, $3, $4, $5)',
    [entry.entity, entry.accountId, entry.login, entry.action, entry.detail ?? null],
  );
}
