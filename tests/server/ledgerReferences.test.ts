/**
 * The change log and the rows reference their entity and account as foreign keys would
 * (002_ledger_references_per_statement.sql checks them once per statement).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, testServer } from './harness/testServer.ts';

let server: TestServer;
let accountId: string;
beforeAll(async () => {
  server = await testServer();
  const { login } = await server.account('charge');
  accountId = (
    await server.pool.query<{ id: string }>('SELECT id FROM accounts WHERE login = $1', [login])
  ).rows[0]?.id as string;
});
afterAll(() => server.close());

const refused = async (sql: string, params: readonly unknown[] = []) => {
  const error = await server.pool.query(sql, [...params]).then(
    () => null,
    (e: { code?: string }) => e,
  );
  return error?.code;
};

const change = (entity: string, account: string | null, key = 'R-1') =>
  [
    `INSERT INTO changes (entity, tbl, key, op, row, account_id, by_name)
   VALUES ($1, 'debtors', $3, 'put', '{}', $2, 'x')`,
    [entity, account, key],
  ] as const;

describe('references of the ledger', () => {
  it('refuses a change or a row of an unknown entity, or by an unknown account', async () => {
    expect(await refused(...change('nowhere', accountId))).toBe('23503');
    expect(await refused(...change('default', '00000000-0000-0000-0000-000000000000'))).toBe(
      '23503',
    );
    expect(
      await refused(
        `INSERT INTO rows (entity, tbl, key, row, server_seq)
         SELECT e, 'debtors', 'R-' || e, NULL, 0 FROM unnest(ARRAY['default', 'nowhere']) e`,
      ),
    ).toBe('23503');
    expect(
      (await server.pool.query(`SELECT count(*)::int AS n FROM rows WHERE key LIKE 'R-%'`)).rows[0]
        ?.n,
    ).toBe(0);
    // Known ones are taken, also without an account.
    expect(await refused(...change('default', accountId))).toBeUndefined();
    expect(await refused(...change('default', null, 'R-2'))).toBeUndefined();
    expect(await refused(`UPDATE changes SET entity = 'nowhere' WHERE key = 'R-1'`)).toBe('23503');
    expect(
      await refused(
        `UPDATE changes SET account_id = '00000000-0000-0000-0000-000000000000' WHERE key = 'R-1'`,
      ),
    ).toBe('23503');
    await server.pool.query(
      `INSERT INTO rows (entity, tbl, key, row, server_seq) VALUES ('default', 'debtors', 'R-3', NULL, 0)`,
    );
    expect(await refused(`UPDATE rows SET entity = 'nowhere' WHERE key = 'R-3'`)).toBe('23503');
  });

  it('keeps an entity or an account the ledger still references', async () => {
    await server.pool.query(`INSERT INTO entities (id, name) VALUES ('other', 'Autre')`);
    await server.pool.query(
      `INSERT INTO rows (entity, tbl, key, row, server_seq) VALUES ('other', 'debtors', 'O-1', NULL, 0)`,
    );
    expect(await refused(`DELETE FROM entities WHERE id = 'other'`)).toBe('23503');
    expect(await refused(`UPDATE entities SET id = 'renamed' WHERE id = 'other'`)).toBe('23503');
    expect(await refused(`UPDATE entities SET id = id, name = 'Autre SA' WHERE id = 'other'`)).toBe(
      undefined,
    );
    expect(await refused('DELETE FROM accounts WHERE id = $1', [accountId])).toBe('23503');
    await server.pool.query(`DELETE FROM rows WHERE entity = 'other'`);
    expect(await refused(`DELETE FROM entities WHERE id = 'other'`)).toBeUndefined();
  });
});
