import { readFile, rm, writeFile } from 'node:fs/promises';
import type { SafeStorage } from 'electron';
import * as z from 'zod';
import { IPC_CHANNELS, type SessionTokenResult, sessionTokenSchema } from '../../../contracts';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';

export interface SessionTokenDeps {
  isTrustedSender: SenderCheck;
  /** Electron's `safeStorage`: encryption by the OS keychain. */
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;
  /** userData/session-equipe.bin: the only file these handlers touch. */
  sessionTokenFile: string;
}

/** File under userData holding the encrypted token. */
export const SESSION_TOKEN_FILE = 'session-equipe.bin';

/**
 * A real keychain: on Linux without a secret service, Electron falls back to a hard-coded key
 * (`basic_text`), which protects nothing, so the token then lives for the session only.
 */
function keychainAvailable(deps: SessionTokenDeps): boolean {
  if (!deps.safeStorage.isEncryptionAvailable()) return false;
  const backend = deps.safeStorage.getSelectedStorageBackend?.();
  return backend !== 'basic_text' && backend !== 'unknown';
}

export async function writeSessionToken(
  token: string | null,
  deps: SessionTokenDeps,
): Promise<SessionTokenResult> {
  await rm(deps.sessionTokenFile, { force: true });
  if (token === null) return { stored: true };
  if (!keychainAvailable(deps)) {
    return {
      stored: false,
      reason:
        'Aucun trousseau du système n’est disponible : la connexion au serveur ne sera pas ' +
        'conservée après la fermeture de Recouvra.',
    };
  }
  await writeFile(deps.sessionTokenFile, deps.safeStorage.encryptString(token), { mode: 0o600 });
  return { stored: true };
}

export async function readSessionToken(deps: SessionTokenDeps): Promise<string | null> {
  if (!keychainAvailable(deps)) return null;
  let encrypted: Buffer;
  try {
    encrypted = await readFile(deps.sessionTokenFile);
  } catch {
    return null;
  }
  try {
    const token = deps.safeStorage.decryptString(encrypted);
    return sessionTokenSchema.safeParse(token).success ? token : null;
  } catch {
    // Another user's keychain, or a damaged file: as if signed out.
    return null;
  }
}

export function registerSessionTokenHandlers(ipcMain: IpcRegistrar, deps: SessionTokenDeps): void {
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.readSessionToken,
    args: z.tuple([]),
    run: () => readSessionToken(deps),
  });
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.writeSessionToken,
    args: z.tuple([sessionTokenSchema.nullable()]),
    run: (token) => writeSessionToken(token, deps),
  });
}
