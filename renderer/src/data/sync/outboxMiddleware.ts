/**
 * The outbox, written in the same IndexedDB transaction as the change it records (a Dexie DBCore
 * middleware). In team mode every readwrite transaction that touches a synced table also opens
 * `outbox` and `syncState`; each put/add/delete/deleteRange on a synced table reads the rows it
 * replaces, lets the write happen, then adds one Mutation per changed row, numbered from the
 * workstation's sequence counter kept in the same transaction. An aborted transaction therefore
 * leaves neither the change nor its entry, and a committed one leaves both.
 *
 * Alone (team mode off) the middleware only checks one boolean per transaction and per write:
 * nothing is read, nothing is written, the transaction scope is unchanged.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { SHARED_SETTING_KEYS, SYNCED_TABLES, type SyncedTable } from '../../../../contracts/sync';
import { knownRowsBefore } from '../rowsBefore';
import { packEntries } from './outboxPacks';
import { type OutboxEntry, SYNC_STATE_KEYS } from './outboxTypes';
import { definedFields, diffRows } from './rowDiff';

type Row = Record<string, unknown>;

const SYNCED = new Set<string>(SYNCED_TABLES);
const SHARED_SETTINGS = new Set<string>(SHARED_SETTING_KEYS);

/** Per connection: whether team mode records changes, and who wants to know of new entries. */
export interface OutboxControl {
  active: boolean;
  /** Called after a transaction that wrote outbox entries has committed. */
  onCommitted?: () => void;
}

interface TrackedTransaction {
  /** Tag shared by every entry this transaction writes. */
  tag: string;
  /** Writes that apply the server's rows: recorded nowhere. */
  bypass: boolean;
  /** Sequence counter, read once from syncState then kept in memory for the transaction. */
  counter: Promise<{ next: number }> | null;
  /** A change recorded on the outbox: `bulk` entries are pushed through /sync/bulk. */
  bulk: boolean;
  /** The commit listener is registered (once per transaction). */
  listening: boolean;
}

const tracked = new WeakMap<DBCoreTransaction, TrackedTransaction>();

/**
 * Marks a transaction's writes as not to be recorded (applying pulled rows, rolling back a
 * refused change). Pass Dexie's `tx.idbtrans`.
 */
export function bypassOutbox(trans: DBCoreTransaction): void {
  const state = tracked.get(trans);
  if (state) state.bypass = true;
}

/** Every entry written by this transaction is sent through /sync/bulk (seeding a server). */
export function markBulk(trans: DBCoreTransaction): void {
  const state = tracked.get(trans);
  if (state) state.bulk = true;
}

/**
 * Gives this transaction's entries a chosen tag instead of a random one, and sends them through
 * /sync/bulk whatever their number: an import is tagged `import-<ledger import id>`, so the server
 * knows it by the same id (its undo, a refusal shown on that import). Call before any write.
 */
export function tagTransaction(trans: DBCoreTransaction, tag: string): void {
  const state = tracked.get(trans);
  if (!state) return;
  state.tag = tag;
  state.bulk = true;
}

/** Broadcast when team mode is turned on or off, so the import worker and other tabs follow. */
export const TEAM_MODE_CHANNEL = 'recouvra-equipe';

/**
 * Broadcast when a connection without a sync engine (the import worker's) commits outbox
 * entries: the engine of the same database, on the main thread, pushes them at once instead of
 * at its next idle pull. The message names the database, as a page may hold several.
 */
export const OUTBOX_CHANNEL = 'recouvra-outbox';

/** Calls `onEntries` when another connection to `databaseName` has committed outbox entries. */
export function listenForOutboxEntries(databaseName: string, onEntries: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.onmessage = (event: MessageEvent<{ database: string }>) => {
    if (event.data.database === databaseName) onEntries();
  };
  return () => channel.close();
}

function announceEntries(databaseName: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage({ database: databaseName });
  channel.close();
}

/** Keeps `control.active` in step with the other connections of this origin. */
export function followTeamMode(control: OutboxControl): void {
  if (typeof BroadcastChannel === 'undefined') return;
  new BroadcastChannel(TEAM_MODE_CHANNEL).onmessage = (
    event: MessageEvent<{ active: boolean }>,
  ) => {
    control.active = event.data.active;
  };
}

export function createOutboxMiddleware(
  control: OutboxControl,
  now: () => string,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'RecouvraOutbox',
    create(down) {
      // Resolved on first use: during an upgrade the stack is built on the older schema.
      const outbox = () => down.table('outbox');
      const syncState = () => down.table('syncState');
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode !== 'readwrite' || !control.active || !stores.some((s) => SYNCED.has(s))) {
            return down.transaction(stores, mode, options);
          }
          const scope = [...new Set([...stores, 'outbox', 'syncState'])];
          const trans = down.transaction(scope, mode, options);
          tracked.set(trans, {
            tag: crypto.randomUUID(),
            bypass: false,
            counter: null,
            bulk: false,
            listening: false,
          });
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!SYNCED.has(name)) return table;
          return {
            ...table,
            mutate(req) {
              const state = tracked.get(req.trans);
              if (!state || state.bypass || !control.active) return table.mutate(req);
              return recordMutation(name as SyncedTable, table, req, state);
            },
          };
        },
      };

      function nextSeq(trans: DBCoreTransaction, state: TrackedTransaction) {
        state.counter ??= syncState()
          .get({ trans, key: SYNC_STATE_KEYS.nextSeq })
          .then((row: { value?: unknown } | undefined) => ({
            next: typeof row?.value === 'number' ? row.value : 1,
          }));
        return state.counter;
      }

      async function recordMutation(
        tableName: SyncedTable,
        table: DBCoreTable,
        req: DBCoreMutateRequest,
        state: TrackedTransaction,
      ): Promise<DBCoreMutateResponse> {
        const { trans } = req;
        const primaryKey = table.schema.primaryKey;
        const keyOf = (row: Row): unknown => primaryKey.extractKey?.(row);
        let keys: unknown[];
        let before: (Row | undefined)[];
        if (req.type === 'deleteRange') {
          // A range (or a clear): find the rows first, they are the changes.
          const found = await table.query({
            trans,
            query: { index: primaryKey, range: req.range },
            values: true,
          });
          before = found.result as Row[];
          keys = before.map((row) => keyOf(row as Row));
        } else {
          keys =
            req.type === 'delete'
              ? req.keys
              : (req.keys ?? req.values.map((value) => keyOf(value as Row)));
          before =
            // An add fails on an existing key: every row that lands is new.
            req.type === 'add'
              ? keys.map(() => undefined)
              : (knownRowsBefore(req, tableName, keys) ??
                ((await table.getMany({ trans, keys })) as (Row | undefined)[]));
        }

        const response = await table.mutate(req);
        const at = now();
        const changes: Omit<OutboxEntry, 'seq'>[] = [];
        keys.forEach((rawKey, index) => {
          if (response.failures[index]) return;
          const key = String(rawKey);
          if (tableName === 'settings' && !SHARED_SETTINGS.has(key)) return;
          const old = before[index];
          const common = { tx: state.tag, table: tableName, key, at };
          if (req.type === 'delete' || req.type === 'deleteRange') {
            if (old) changes.push({ ...common, op: 'delete', base: definedFields(old) });
            return;
          }
          const row = req.values[index] as Row;
          if (!old) {
            changes.push({ ...common, op: 'put', fields: definedFields(row) });
            return;
          }
          const diff = diffRows(old, row);
          if (diff) changes.push({ ...common, op: 'put', fields: diff.fields, base: diff.base });
        });
        if (changes.length === 0) return response;

        const counter = await nextSeq(trans, state);
        // From here to the two writes, nothing awaits: numbers are handed out and the counter is
        // stored in the same order, whatever other writes of this transaction do meanwhile.
        const entries: OutboxEntry[] = changes.map((change) => ({
          ...change,
          seq: counter.next++,
          ...(state.bulk ? { bulk: true as const } : {}),
        }));
        const written = await Promise.all([
          outbox().mutate({
            trans,
            type: 'add',
            // A bulk is only ever read whole: a thousand entries to a row (outboxStore.ts).
            values: state.bulk ? packEntries(entries) : entries,
          }),
          syncState().mutate({
            trans,
            type: 'put',
            values: [{ key: SYNC_STATE_KEYS.nextSeq, value: counter.next }],
          }),
        ]);
        const failure = written.find((result) => result.numFailures > 0);
        if (failure) {
          // Throwing aborts the transaction: the change is not kept without its outbox entry.
          throw Object.values(failure.failures)[0] ?? new Error('Outbox write failed');
        }
        notifyOnCommit(trans, state);
        return response;
      }

      function notifyOnCommit(trans: DBCoreTransaction, state: TrackedTransaction) {
        const idb = trans as unknown as Partial<IDBTransaction>;
        if (state.listening || typeof idb.addEventListener !== 'function') return;
        state.listening = true;
        idb.addEventListener(
          'complete',
          () => {
            if (control.onCommitted) control.onCommitted();
            else announceEntries(down.schema.name);
          },
          { once: true },
        );
      }
    },
  };
}
