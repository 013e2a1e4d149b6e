/**
 * One PostgreSQL transaction on a client of the pool: `begin` (BEGIN, plus any SET LOCAL), the
 * work, COMMIT; ROLLBACK when the work throws, and the client released either way.
 */
import type { Pool, PoolClient } from 'pg';

export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
