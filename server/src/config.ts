import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';

export interface ServerConfig {
  /** Session lifetime in seconds (12 h by default). */
  sessionSeconds: number;
  /** Largest request body (a month's import as one request). */
  bodyLimitBytes: number;
  /** How long « en cours d'appel » lasts without a renewal, in seconds. */
  presenceSeconds: number;
}

export const DEFAULT_CONFIG: ServerConfig = {
  sessionSeconds: 12 * 3600,
  bodyLimitBytes: 512 * 1024 * 1024,
  presenceSeconds: 120,
};

export interface ListenConfig {
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
}

/** True for 127.0.0.0/8, ::1 and `localhost`: the only addresses where plain HTTP is allowed. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./i.test(bare);
  return false;
}

/** Parses `LISTEN` (host:port, [v6]:port), `TLS_CERT` and `TLS_KEY`. Throws a French message. */
export function listenConfig(env: NodeJS.ProcessEnv): ListenConfig {
  const listen = env.LISTEN ?? '127.0.0.1:8443';
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(listen);
  if (!match?.[1] || !match[2]) {
    throw new Error(`LISTEN doit être de la forme hôte:port (reçu « ${listen} »).`);
  }
  const host = match[1].replace(/^\[|\]$/g, '');
  const port = Number(match[2]);
  const certFile = env.TLS_CERT;
  const keyFile = env.TLS_KEY;
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw new Error('TLS_CERT et TLS_KEY vont ensemble : indiquez les deux fichiers ou aucun.');
  }
  if (certFile && keyFile) {
    return { host, port, tls: { cert: readFileSync(certFile), key: readFileSync(keyFile) } };
  }
  if (!isLoopback(host)) {
    throw new Error(
      `Refus d’écouter en HTTP non chiffré sur ${host} : hors de la boucle locale, indiquez un certificat (TLS_CERT et TLS_KEY), ou écoutez sur 127.0.0.1 derrière un proxy TLS.`,
    );
  }
  return { host, port };
}
