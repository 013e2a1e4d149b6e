/**
 * The Recouvra server the team benchmarks talk to (`node --import tsx tests/bench/teamServer.ts`,
 * started by tests/bench/run.mjs): a real PostgreSQL with fsync on, the server as a separate
 * process on loopback as `npm run server` starts it, and two responsable accounts — one per
 * workstation — in each of several teams (entities). Prints one JSON line `{ url, accounts }` on stdout once everything listens, then
 * runs until its stdin closes (the runner ends) and removes the cluster.
 */
import pg from 'pg';
import { createAccount } from '../../server/src/accounts.ts';
import { migrate } from '../../server/src/migrate.ts';
import { freePort, startPostgres } from '../server/harness/postgres.ts';
import { spawnServer } from '../server/harness/serverProcess.ts';
import { createDatabase, PASSWORD } from '../server/harness/workstation.ts';

/**
 * Workstations A and B of eight teams, each team a legal entity with a ledger of its own: every
 * run of the reach benchmark imports into an empty shared ledger (the same file imported again
 * into a ledger that holds it changes nothing, and a new workstation joining a full ledger first
 * pulls all of it). Team 0 is the edit benchmark's.
 */
const TEAMS = 8;
const ACCOUNTS = Array.from({ length: TEAMS }, (_, team) => [
  { login: `poste-a-${team}`, displayName: 'Poste A', entity: `equipe-${team}` },
  { login: `poste-b-${team}`, displayName: 'Poste B', entity: `equipe-${team}` },
]).flat();

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
