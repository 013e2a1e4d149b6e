/**
 * What the workstation keeps for team mode (docs/sync-protocol.md): the outbox of local changes
 * the server has not acknowledged yet, and its own sync state. Both tables stay on the
 * workstation: they are not synced, and a backup neither saves nor restores them.
 */
import type { Mutation, SyncedTable } from '../../../../contracts/sync';

/** Tables of schema version 3 that exist only for sync and never leave the workstation. */
export const LOCAL_SYNC_TABLES = ['outbox', 'syncState'] as const;

/** One outbox row: the mutation as it will be pushed, plus the local transaction that wrote it. */
export interface OutboxEntry extends Mutation {
  /** Tag of the local transaction: its entries are sent together (an import as one bulk). */
  tx: string;
  /** Always sent through `POST /sync/bulk` whatever its size (seeding a server). */
  bulk?: true;
}

/**
 * Consecutive entries of one bulk transaction (an import, a seeding) stored as one outbox row.
 * IndexedDB on disk pays per row: an import's 120,000 entries written one row each cost as much
 * as its items. A pack is keyed by its first seq and indexed under `[PACKED_TABLE+'']`, so the
 * row index `[table+key]` never mixes packed and single entries.
 *
 * The mutations are kept as the JSON text the server receives: a string is stored and read back
 * far faster than as many objects (an import's 120,000 entries, 64 MB, took 2.5 s to read back as
 * objects, in one task of the window), and the bulk request is the packs' texts joined, never
 * parsed and serialized again. `tables` and `setsNull` say which packs a reader must parse.
 */
export interface OutboxPack {
  seq: number;
  lastSeq: number;
  tx: string;
  bulk: true;
  table: typeof PACKED_TABLE;
  key: '';
  /** `JSON.stringify(Mutation[])`, in seq order. */
  json: string;
  /** The tables its mutations write, each once. */
  tables: SyncedTable[];
  /** One of its puts removes a field (a field sent as null). */
  setsNull: boolean;
}

export const PACKED_TABLE = '*pack';

/** What the `outbox` table holds. */
export type OutboxRow = OutboxEntry | OutboxPack;

/** Keys of the `syncState` table. Local to the workstation; never among SHARED_SETTING_KEYS. */
export const SYNC_STATE_KEYS = {
  /** TeamConfig, absent while the workstation works alone. */
  config: 'config',
  /** The next outbox sequence number (starts at 1, no gaps). */
  nextSeq: 'nextSeq',
  /** The server's cursor after the last page applied. */
  cursor: 'cursor',
  /** ISO instant of the last complete push + pull. */
  lastSyncAt: 'lastSyncAt',
  /** ImportOutcome[]: imports the server has not taken yet, or refused (importOutcomes.ts). */
  importOutcomes: 'importOutcomes',
} as const;

/** Tag of the outbox transaction of a ledger import: `import-<ImportRecord.id>`. */
export const IMPORT_TX_PREFIX = 'import-';

export const importTxTag = (importId: string): string => `${IMPORT_TX_PREFIX}${importId}`;

export interface SyncStateRow<T = unknown> {
  key: string;
  value: T;
}

export interface TeamConfig {
  /** `https://recouvra.example.fr` (no trailing slash). */
  serverUrl: string;
  /** Random UUID created when team mode was first enabled with this server. */
  workstationId: string;
  /** Signed-in account, as the server named it (display only; the token is in the keychain). */
  account?: { login: string; displayName: string; role: string };
}
