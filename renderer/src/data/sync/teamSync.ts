/**
 * Team mode on this workstation: the server address, the sign-in, the sync engine's life, the
 * seeding of an empty server, and the state the status bar and Paramètres › Équipe show. Alone
 * (no server configured) nothing here runs and the outbox middleware records nothing.
 */
import {
  type FieldHistoryEntry,
  SHARED_SETTING_KEYS,
  type SignInResponse,
  SYNCED_TABLES,
  type SyncedTable,
} from '../../../../contracts/sync';
import type { Bridge } from '../../platform/bridge';
import { clock } from '../clock';
import { getDb, type RecouvraDb } from '../db';
import { setRemoteBlobSource } from '../repositories/blobs';
import { type Refusal, SEED_TX_PREFIX, SyncEngine, type SyncStatus } from './engine';
import { undoImportWith } from './importUndo';
import { listenForOutboxEntries, TEAM_MODE_CHANNEL } from './outboxMiddleware';
import { packEntries } from './outboxPacks';
import { type OutboxEntry, SYNC_STATE_KEYS, type TeamConfig } from './outboxTypes';
import { definedFields } from './rowDiff';
import { createHttpTransport, OfflineError, SyncHttpError } from './transport';

export type TokenStore = Pick<Bridge, 'readSessionToken' | 'writeSessionToken'>;

export interface TeamState {
  config: TeamConfig | null;
  signedIn: boolean;
  status: SyncStatus | null;
  /** Changes the server refused, newest last (the UI shows each once). */
  refusals: readonly Refusal[];
  /** Why the token is kept for the session only, if it is. */
  tokenNotice: string | null;
}

let state: TeamState = {
  config: null,
  signedIn: false,
  status: null,
  refusals: [],
  tokenNotice: null,
};
const listeners = new Set<() => void>();
let tokens: TokenStore | null = null;
let token: string | null = null;
let engine: SyncEngine | null = null;
let stopListening: (() => void) | null = null;

function update(patch: Partial<TeamState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export const teamStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): TeamState => state,
};

function announce(active: boolean): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(TEAM_MODE_CHANNEL);
  channel.postMessage({ active });
  channel.close();
}

async function readConfig(db: RecouvraDb): Promise<TeamConfig | null> {
  const row = await db.syncState.get(SYNC_STATE_KEYS.config);
  const value = row?.value as TeamConfig | undefined;
  return value?.serverUrl ? value : null;
}

async function writeConfig(db: RecouvraDb, config: TeamConfig | null): Promise<void> {
  if (config) await db.syncState.put({ key: SYNC_STATE_KEYS.config, value: config });
  else await db.syncState.delete(SYNC_STATE_KEYS.config);
  db.outboxControl.active = config !== null;
  followServerForBlobs(config !== null);
  announce(config !== null);
  update({ config });
}

/**
 * In team mode, a document not on this workstation is fetched from the server when opened
 * (repositories/blobs.ts verifies it); signed out, the reader is told it will come once connected.
 */
function followServerForBlobs(teamMode: boolean): void {
  setRemoteBlobSource(
    teamMode
      ? (sha256) => {
          const { config } = state;
          if (!config || !token) return Promise.reject(new OfflineError());
          return transportFor(config).getBlob(sha256);
        }
      : null,
  );
}

function transportFor(config: TeamConfig) {
  return createHttpTransport({ serverUrl: config.serverUrl, token: () => token });
}

function startEngine(db: RecouvraDb, config: TeamConfig): void {
  engine?.stop();
  const transport = transportFor(config);
  engine = new SyncEngine({
    db,
    transport,
    blobs: transport,
    workstationId: config.workstationId,
    clock,
    onStatus: (status) => update({ status }),
    onRefused: (refusal) => update({ refusals: [...state.refusals, refusal].slice(-20) }),
  });
  db.outboxControl.onCommitted = () => engine?.trigger();
  // The import worker writes on its own connection: its entries are announced on a channel.
  stopListening?.();
  stopListening = listenForOutboxEntries(db.name, () => engine?.trigger());
  update({ status: engine.getStatus() });
  engine.start();
}

/** At start-up: resumes team mode if this workstation has a server, with the kept token. */
export async function startTeamSync(store: TokenStore, db: RecouvraDb = getDb()): Promise<void> {
  tokens = store;
  const config = await readConfig(db);
  if (!config) return;
  db.outboxControl.active = true;
  followServerForBlobs(true);
  token = await store.readSessionToken().catch(() => null);
  update({ config, signedIn: token !== null });
  if (token) startEngine(db, config);
}

/** `https://serveur:8443` from what the user typed; a French error when it is not an address. */
export function normalizeServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(
      'Adresse du serveur invalide : écrivez-la en entier, par exemple https://recouvra.exemple.fr.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('L’adresse du serveur doit commencer par https://.');
  }
  return url.origin;
}

/** Turns team mode on with this server (a new server starts a new workstation identity). */
export async function configureServer(input: string, db: RecouvraDb = getDb()): Promise<void> {
  const serverUrl = normalizeServerUrl(input);
  const current = await readConfig(db);
  if (current?.serverUrl === serverUrl) return;
  if (current) await leaveTeamMode(db);
  await writeConfig(db, { serverUrl, workstationId: crypto.randomUUID() });
}

function frenchError(error: unknown): Error {
  if (error instanceof OfflineError) {
    return new Error('Serveur injoignable : vérifiez l’adresse et la connexion au réseau.');
  }
  if (error instanceof SyncHttpError && error.status === 401) {
    return new Error('Identifiant ou mot de passe incorrect.');
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function signIn(
  login: string,
  password: string,
  db: RecouvraDb = getDb(),
): Promise<SignInResponse['account']> {
  const config = await readConfig(db);
  if (!config) throw new Error('Indiquez d’abord l’adresse du serveur.');
  let session: SignInResponse;
  try {
    session = await transportFor(config).signIn({
      login,
      password,
      workstationId: config.workstationId,
    });
  } catch (error) {
    throw frenchError(error);
  }
  token = session.token;
  const kept = await tokens?.writeSessionToken(session.token).catch(() => null);
  const { account } = session;
  await writeConfig(db, {
    ...config,
    account: { login: account.login, displayName: account.displayName, role: account.role },
  });
  update({ signedIn: true, tokenNotice: kept && !kept.stored ? kept.reason : null });
  startEngine(db, { ...config });
  return account;
}

/** Ends the session; team mode stays on and local changes keep waiting in the outbox. */
export async function signOut(db: RecouvraDb = getDb()): Promise<void> {
  const config = await readConfig(db);
  engine?.stop();
  engine = null;
  stopListening?.();
  stopListening = null;
  if (config && token)
    await transportFor(config)
      .signOut()
      .catch(() => undefined);
  token = null;
  await tokens?.writeSessionToken(null).catch(() => undefined);
  if (config)
    await writeConfig(db, { serverUrl: config.serverUrl, workstationId: config.workstationId });
  update({ signedIn: false, status: null, tokenNotice: null });
}

/** Back to working alone: the server address, the outbox and the sync state are forgotten. */
export async function leaveTeamMode(db: RecouvraDb = getDb()): Promise<void> {
  await signOut(db);
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    await db.outbox.clear();
    await db.syncState.clear();
  });
  db.outboxControl.onCommitted = undefined;
  await writeConfig(db, null);
}

/**
 * « Initialiser le serveur avec ce poste »: every row of the ledger becomes one outbox entry of a
 * single transaction, sent as one bulk request (the server accepts it only while it is empty).
 */
export async function seedServerFromLedger(db: RecouvraDb = getDb()): Promise<number> {
  const tables = SYNCED_TABLES.map((name) => db.table(name));
  const shared = new Set<string>(SHARED_SETTING_KEYS);
  const count = await db.transaction('rw', [...tables, db.outbox, db.syncState], async () => {
    const tx = `${SEED_TX_PREFIX}${crypto.randomUUID()}`;
    const at = clock.nowIso();
    const next = await db.syncState.get(SYNC_STATE_KEYS.nextSeq);
    let seq = typeof next?.value === 'number' ? next.value : 1;
    const entries: OutboxEntry[] = [];
    for (const table of SYNCED_TABLES) {
      const target = db.table(table);
      const keyPath = target.schema.primKey.keyPath as string;
      for (const row of (await target.toArray()) as Record<string, unknown>[]) {
        const key = String(row[keyPath]);
        if (table === 'settings' && !shared.has(key)) continue;
        entries.push({
          seq: seq++,
          tx,
          bulk: true,
          table,
          key,
          op: 'put',
          fields: definedFields(row),
          at,
        });
      }
    }
    await db.outbox.bulkAdd(packEntries(entries));
    await db.syncState.put({ key: SYNC_STATE_KEYS.nextSeq, value: seq });
    return entries.length;
  });
  engine?.trigger();
  return count;
}

/** How often an open call renews its presence (the server holds one for two minutes). */
export const PRESENCE_RENEW_MS = 60_000;

let calling: { debtorId: string; timer: ReturnType<typeof setInterval> } | null = null;

/**
 * The guided call started (`debtorId`) or ended (null): colleagues see « en cours d'appel par … »
 * on the debtor meanwhile. Working alone, or signed out, nothing is sent.
 */
export function announceCall(debtorId: string | null): void {
  const previous = calling;
  if (previous?.debtorId === debtorId) return;
  if (previous) {
    clearInterval(previous.timer);
    calling = null;
    void engine?.presence(previous.debtorId, false);
  }
  if (debtorId === null || !engine || !state.signedIn) return;
  const current = engine;
  void current.presence(debtorId, true);
  calling = {
    debtorId,
    timer: setInterval(() => {
      if (engine === current) void current.presence(debtorId, true);
    }, PRESENCE_RENEW_MS),
  };
}

/**
 * « Modifications concurrentes »: the values colleagues' later writes overwrote in one row,
 * newest first. Kept on the server only: rejects with OfflineError when it cannot be asked
 * (signed out, working alone, unreachable).
 */
export function fieldHistory(table: SyncedTable, key: string): Promise<FieldHistoryEntry[]> {
  if (!engine || !state.signedIn) return Promise.reject(new OfflineError());
  return engine.history(table, key);
}

/** Shows a refusal once: the UI removes it after showing it. */
export function dismissRefusal(refusal: Refusal): void {
  update({ refusals: state.refusals.filter((r) => r !== refusal) });
}

/**
 * « Annuler cet import » (importUndo.ts): by the workstation alone, or by the server once it has
 * the import.
 */
export async function undoImport(
  importId: string,
  by: string,
  db: RecouvraDb = getDb(),
): Promise<void> {
  const config = await readConfig(db);
  await undoImportWith(
    {
      db,
      teamMode: config !== null,
      engine: state.signedIn ? engine : null,
      transport: config ? transportFor(config) : null,
    },
    importId,
    by,
  );
}
