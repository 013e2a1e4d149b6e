/** A fresh database per test file, the server app on a loopback port, and simulated workstations. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import type { Role } from '../../../contracts/sync.ts';
import { createAccount } from '../../../server/src/accounts.ts';
import { buildApp } from '../../../server/src/app.ts';
import { DEFAULT_CONFIG, type ServerConfig } from '../../../server/src/config.ts';
import { migrate } from '../../../server/src/migrate.ts';
import { createDatabase, PASSWORD, Workstation } from './workstation.ts';

export { createDatabase, PASSWORD, type Reply, Workstation } from './workstation.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { host: string; port: number };
  }
}

export interface TestServer {
  url: string;
  databaseUrl: string;
  pool: pg.Pool;
  app: FastifyInstance;
  account(role: Role, displayName?: string): Promise<{ login: string; displayName: string }>;
  workstation(login: string, workstationId?: string): Promise<Workstation>;
  close(): Promise<void>;
}

export async function testServer(config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const { host, port } = inject('postgres');
  const databaseUrl = await createDatabase(host, port);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  pool.on('error', () => {});
  await migrate(pool);
  const app = buildApp({ ...DEFAULT_CONFIG, ...config }, pool);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let n = 0;
  return {
    url,
    databaseUrl,
    pool,
    app,
    async account(role, displayName) {
      n += 1;
      const login = `${role}${n}`;
      const name = displayName ?? `${role} ${n}`;
      await createAccount(pool, { login, displayName: name, role, password: PASSWORD }, null);
      return { login, displayName: name };
    },
    async workstation(login, workstationId = randomUUID()) {
      return Workstation.signIn(url, login, workstationId);
    },
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
