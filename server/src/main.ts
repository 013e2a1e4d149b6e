/**
 * Entry point: `npm run server` (serve) and `npm run server -- create-admin <login> [display name]`
 * (password from RECOUVRA_ADMIN_PASSWORD or stdin). Configuration by environment:
 * DATABASE_URL, LISTEN (host:port, default 127.0.0.1:8443), TLS_CERT and TLS_KEY (PEM files),
 * SESSION_HOURS. Plain HTTP is refused except on a loopback address.
 */
import { createInterface } from 'node:readline';
import pg from 'pg';
import { createAccount } from './accounts.ts';
import { buildApp } from './app.ts';
import { DEFAULT_CONFIG, listenConfig, type ServerConfig } from './config.ts';
import { migrate } from './migrate.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.RECOUVRA_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  process.stderr.write('Mot de passe de l’administrateur (12 caractères au moins) : ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    fail('DATABASE_URL est requis (ex. postgres://recouvra@127.0.0.1:5432/recouvra).');
  const [command, ...args] = process.argv.slice(2);

  if (command !== undefined && command !== 'create-admin') {
    fail(
      `Commande inconnue « ${command} ». Commandes : (aucune) pour servir, create-admin <identifiant> [nom affiché].`,
    );
  }
  let listen: ReturnType<typeof listenConfig> | null = null;
  if (command === undefined) {
    try {
      listen = listenConfig(process.env);
    } catch (error) {
      fail((error as Error).message);
    }
  }

  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.PG_POOL_MAX ?? 10),
  });
  pool.on('error', () => {});
  await migrate(pool);

  if (command === 'create-admin') {
    const login = args[0];
    if (!login) fail('Usage : npm run server -- create-admin <identifiant> [nom affiché]');
    const password = await readPassword();
    if (password.length < 12) fail('Le mot de passe doit compter 12 caractères au moins.');
    const account = await createAccount(
      pool,
      { login, displayName: args.slice(1).join(' ') || login, role: 'administrateur', password },
      null,
    );
    process.stdout.write(`Administrateur « ${account.login} » créé.\n`);
    await pool.end();
    return;
  }

  const config: ServerConfig = {
    ...DEFAULT_CONFIG,
    sessionSeconds: Number(process.env.SESSION_HOURS ?? 12) * 3600,
  };
  if (!listen) return;
  const app = buildApp(config, pool, listen.tls ? { https: listen.tls } : {});
  await app.listen({ host: listen.host, port: listen.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  process.stdout.write(
    `Serveur Recouvra à l’écoute sur ${listen.tls ? 'https' : 'http'}://${listen.host}:${port}\n`,
  );
  const stop = async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => fail(`Le serveur n’a pas démarré : ${(error as Error).message}`));
