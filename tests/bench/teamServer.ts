/**
 * The Recouvra server the team benchmarks talk to (`node --import tsx tests/bench/teamServer.ts`,
 * started by tests/bench/run.mjs): a real PostgreSQL with fsync on, the server as a separate
 * process on loopback as `npm run server` starts it, and two chargé accounts — one per
 * workstation. Prints one JSON line `{ url, accounts }` on stdout once everything listens, then
 * runs until its stdin closes (the runner ends) and removes the cluster.
 */
import pg from 'pg';
import { createAccount } from '../../server/src/accounts.ts';
import { migrate } from '../../server/src/migrate.ts';
import { freePort, startPostgres } from '../server/harness/postgres.ts';
import { spawnServer } from '../server/harness/serverProcess.ts';
import { createDatabase, PASSWORD } from '../server/harness/workstation.ts';

const ACCOUNTS = [
  { login: 'poste-a', displayName: 'Poste A' },
  { login: 'poste-b', displayName: 'Poste B' },
];

async function main(): Promise<void> {
  const cluster = await startPostgres({ durable: true });
  const databaseUrl = await createDatabase(cluster.host, cluster.port);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  await migrate(pool);
  for (const account of ACCOUNTS) {
    await createAccount(pool, { ...account, role: 'responsable', password: PASSWORD }, null);
  }
  await pool.end();
  const port = await freePort();
  const server = spawnServer({ DATABASE_URL: databaseUrl, LISTEN: `127.0.0.1:${port}` });
  const stop = async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    cluster.destroy();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.stdin.resume();
  await server.ready;
  const url = `http://127.0.0.1:${port}`;
  process.stdout.write(
    `${JSON.stringify({ url, accounts: ACCOUNTS.map(({ login }) => ({ login, password: PASSWORD })) })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
