/**
 * A real PostgreSQL for the server tests and the server benchmark: initdb in a temporary
 * directory, started on a free loopback port. PostgreSQL refuses to run as root, so when the
 * tests run as root the cluster belongs to the `postgres` user and every binary runs through
 * `runuser -u postgres --`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export function postgresBinDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // No pg_config on PATH: look for Debian's layout.
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL introuvable : installez le paquet Debian « postgresql » (apt-get install postgresql) ou indiquez PG_BINDIR.',
    );
  }
  return join(root, versions[0], 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  host: string;
  port: number;
  dir: string;
  url(database: string): string;
  start(): void;
  /** `immediate` is a crash: no checkpoint, recovery from WAL at the next start. */
  stop(mode?: 'fast' | 'immediate'): void;
  destroy(): void;
}

/**
 * `durable: false` (tests) turns fsync off: a crash of PostgreSQL (pg_ctl stop -m immediate) is
 * still recovered from the WAL, only an OS crash could lose data. The benchmark keeps fsync on.
 */
export async function startPostgres({ durable = false } = {}): Promise<PgCluster> {
  const bin = postgresBinDir();
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'recouvra-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const { uid, gid } = idOf('postgres');
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      throw new Error(`${tool} a échoué (${result.status}) : ${result.stderr || result.stdout}`);
    }
  };
  run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    durable ? '-c fsync=on' : '-c fsync=off',
    '-c max_connections=200',
    '-c shared_buffers=128MB',
  ].join(' ');
  const cluster: PgCluster = {
    host: '127.0.0.1',
    port,
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () =>
      run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']),
    stop: (mode = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']),
    destroy: () => {
      try {
        cluster.stop('immediate');
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

function idOf(user: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  return { uid, gid };
}
