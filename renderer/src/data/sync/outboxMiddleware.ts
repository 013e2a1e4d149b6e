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
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { SHARED_SETTING_KEYS, SYNCED_TABLES, type SyncedTable } from '../../../../contracts/sync';
import { type InZone, zoneOfCurrentTransaction } from '../dexieZone';
import { knownRowsBefore } from '../rowsBefore';
import { mutationTexts, packEntries } from './outboxPacks';
import { type OutboxEntry, type OutboxPack, SYNC_STATE_KEYS } from './outboxTypes';
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
  /** A bulk's packs, kept as they are added: what `whenBulkIssued` hands over. */
  packs: OutboxPack[];
  /** How many outbox rows waited before this transaction's first entry, once read. */
  waitingBefore: number | null;
  /** Writes of synced tables issued to the whole stack, and those recorded since. */
  issued: number;
  recorded: number;
  /** Aborted, committed, or an entry could not be recorded: nothing is handed over early. */
  closed: boolean;
  /** Called when `recorded` or `closed` change. */
  progress: (() => void)[];
  /** Who takes the bulk's entries once every write issued is recorded (whenBulkIssued). */
  handOver: ((bulk: IssuedBulk) => void) | null;
}

/**
 * A bulk transaction's outbox entries, known before the transaction commits: `texts` are its
 * packs' mutations (outboxPacks.ts, mutationTexts), seqs `firstSeq`…`lastSeq`.
 */
export interface IssuedBulk {
  tx: string;
  firstSeq: number;
  lastSeq: number;
  texts: string[];
  /** The tables its entries write. */
  tables: SyncedTable[];
}

const tracked = new WeakMap<DBCoreTransaction, TrackedTransaction>();

/** The writes of bulk transactions the outermost layer counted as issued (whenBulkIssued). */
const countedWrites = new WeakSet<DBCoreMutateRequest>();

/** DBCoreRangeType.Any (an ambient const enum, not importable as a value): every row. */
const ALL_ROWS = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined };

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
  if (state) becomeBulk(trans, state);
}

/** A bulk hands nothing over early once its transaction has ended, either way. */
function becomeBulk(trans: DBCoreTransaction, state: TrackedTransaction): void {
  if (state.bulk) return;
  state.bulk = true;
  const idb = trans as unknown as Partial<IDBTransaction>;
  if (typeof idb.addEventListener !== 'function') return;
  const close = () => {
    state.closed = true;
    tellProgress(state);
  };
  idb.addEventListener('complete', close, { once: true });
  idb.addEventListener('abort', close, { once: true });
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
  becomeBulk(trans, state);
}

/**
 * Calls `handOver` with the entries of a bulk transaction (`tagTransaction`) as soon as every
 * write issued so far has recorded them, before any of its rows is written: an import can be
 * sent to the server while IndexedDB still writes it (docs/sync-protocol.md, « Sent before the
 * local commit »). Not called when nothing is recorded, when the transaction ends first, and when
 * older entries wait in the outbox: the server must receive those first. Call once the
 * transaction's last write is issued.
 */
export function whenBulkIssued(
  trans: DBCoreTransaction,
  handOver: (bulk: IssuedBulk) => void,
): void {
  const state = tracked.get(trans);
  if (!state?.bulk || state.bypass) return;
  state.handOver = handOver;
  handOverIfIssued(state);
}

/** Hands the bulk over once its last write issued is recorded, in that same turn. */
function handOverIfIssued(state: TrackedTransaction): void {
  const { handOver } = state;
  if (!handOver || state.recorded !== state.issued || state.closed) return;
  state.handOver = null;
  if (state.waitingBefore !== 0 || state.packs.length === 0) return;
  const packs = [...state.packs].sort((a, b) => a.seq - b.seq);
  try {
    handOver({
      tx: state.tag,
      firstSeq: (packs[0] as OutboxPack).seq,
      lastSeq: (packs.at(-1) as OutboxPack).lastSeq,
      texts: mutationTexts(packs),
      tables: [...new Set(packs.flatMap((pack) => pack.tables))],
    });
  } catch (error) {
    // The import does not depend on it: its outbox entries are pushed once committed.
    console.error(error);
  }
}

/**
 * A write reaches the recorder after the middlewares above it, which may first read the rows it
 * replaces: a bulk's entries are only known once each write issued has been recorded.
 */
async function everyIssuedWriteRecorded(state: TrackedTransaction): Promise<void> {
  while (state.recorded < state.issued && !state.closed) {
    await new Promise<void>((resolve) => state.progress.push(resolve));
  }
}

function tellProgress(state: TrackedTransaction): void {
  for (const resolve of state.progress.splice(0)) resolve();
}

/** `down`'s tables, the synced ones with their writes passed through `mutate`. */
function withSyncedMutate(
  down: DBCore,
  mutate: (
    name: SyncedTable,
    table: DBCoreTable,
    req: DBCoreMutateRequest,
  ) => Promise<DBCoreMutateResponse>,
): DBCore['table'] {
  return (name) => {
    const table = down.table(name);
    if (!SYNCED.has(name)) return table;
    return { ...table, mutate: (req) => mutate(name as SyncedTable, table, req) };
  };
}

/**
 * Counts the writes of synced tables as they are issued, before any middleware below has
 * awaited anything (`whenBulkIssued` waits until each is recorded). The outermost layer: Dexie
 * calls it in the same turn as `bulkPut`, `add`…
 */
export function createOutboxIssueMiddleware(control: OutboxControl): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'RecouvraOutboxIssue',
    level: 100,
    create(down) {
      return {
        ...down,
        table: withSyncedMutate(down, (_name, table, req) => {
          const state = tracked.get(req.trans);
          if (state?.bulk && !state.bypass && control.active) {
            state.issued += 1;
            countedWrites.add(req);
          }
          return table.mutate(req);
        }),
      };
    },
  };
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
            packs: [],
            waitingBefore: null,
            handOver: null,
            issued: 0,
            recorded: 0,
            closed: false,
            progress: [],
          });
          return trans;
        },
        table: withSyncedMutate(down, (name, table, req) => {
          const state = tracked.get(req.trans);
          if (state && !state.bypass && control.active) {
            return recordMutation(name, table, req, state);
          }
          // Counted as issued but recorded nowhere (team mode left meanwhile): the bulk's
          // other writes must not wait for it, and its entries are not all known.
          if (state?.bulk && countedWrites.has(req)) {
            state.closed = true;
            tellProgress(state);
          }
          return table.mutate(req);
        }),
      };

      function nextSeq(trans: DBCoreTransaction, state: TrackedTransaction) {
        state.counter ??= Promise.all([
          syncState().get({ trans, key: SYNC_STATE_KEYS.nextSeq }),
          state.bulk
            ? outbox().count({
                trans,
                query: { index: outbox().schema.primaryKey, range: ALL_ROWS },
              })
            : 0,
        ]).then(([row, waiting]: [{ value?: unknown } | undefined, number]) => {
          state.waitingBefore = waiting;
          return { next: typeof row?.value === 'number' ? row.value : 1 };
        });
        return state.counter;
      }

      async function recordMutation(
        tableName: SyncedTable,
        table: DBCoreTable,
        req: DBCoreMutateRequest,
        state: TrackedTransaction,
      ): Promise<DBCoreMutateResponse> {
        // Calls down are made in the transaction's zone: Dexie's own middlewares read it.
        const inZone = zoneOfCurrentTransaction();
        if (!state.bulk) {
          const { keys, before } = await rowsBefore(tableName, table, req, inZone);
          const response = await inZone(() => table.mutate(req));
          const changes = changesOf(tableName, req, keys, before, state, response.failures);
          await (await recordChanges(changes, req.trans, state, inZone)).written;
          return response;
        }
        // A bulk's entries are recorded before its rows are written, so that `whenBulkIssued`
        // hands them over while IndexedDB writes the rows. Its rows wait for every write issued
        // to be recorded: serialising 100,000 items for IndexedDB takes the worker two seconds,
        // which the hand-over would otherwise wait for. Meanwhile the transaction stays open:
        // each write still recording has a request pending. Its writes never fail one by one:
        // any failure throws, which aborts the transaction, entries included.
        let written: Promise<void>;
        try {
          const { keys, before } = await rowsBefore(tableName, table, req, inZone);
          const changes = changesOf(tableName, req, keys, before, state);
          ({ written } = await recordChanges(changes, req.trans, state, inZone));
          // Recorded without being counted (team mode joined meanwhile): the counts no longer
          // say when every entry is known, so nothing is handed over.
          if (countedWrites.has(req)) state.recorded += 1;
          else state.closed = true;
          handOverIfIssued(state);
        } catch (error) {
          state.closed = true;
          throw error;
        } finally {
          tellProgress(state);
        }
        await everyIssuedWriteRecorded(state);
        const [response] = await Promise.all([inZone(() => table.mutate(req)), written]);
        const failure = Object.values(response.failures)[0];
        if (failure) throw failure;
        return response;
      }

      /** The keys a write changes and their rows before it (undefined: no row). */
      async function rowsBefore(
        tableName: SyncedTable,
        table: DBCoreTable,
        req: DBCoreMutateRequest,
        inZone: InZone,
      ): Promise<{ keys: unknown[]; before: (Row | undefined)[] }> {
        const { trans } = req;
        const primaryKey = table.schema.primaryKey;
        const keyOf = (row: Row): unknown => primaryKey.extractKey?.(row);
        if (req.type === 'deleteRange') {
          // A range (or a clear): find the rows first, they are the changes.
          const found = await inZone(() =>
            table.query({ trans, query: { index: primaryKey, range: req.range }, values: true }),
          );
          const before = found.result as Row[];
          return { keys: before.map((row) => keyOf(row)), before };
        }
        const keys =
          req.type === 'delete'
            ? req.keys
            : (req.keys ?? req.values.map((value) => keyOf(value as Row)));
        const before =
          // An add fails on an existing key: every row that lands is new.
          req.type === 'add'
            ? keys.map(() => undefined)
            : (knownRowsBefore(req, tableName, keys) ??
              ((await inZone(() => table.getMany({ trans, keys }))) as (Row | undefined)[]));
        return { keys, before };
      }

      /** One change per row the write changes, but for the writes that failed. */
      function changesOf(
        tableName: SyncedTable,
        req: DBCoreMutateRequest,
        keys: readonly unknown[],
        before: readonly (Row | undefined)[],
        state: TrackedTransaction,
        failures: DBCoreMutateResponse['failures'] = {},
      ): Omit<OutboxEntry, 'seq'>[] {
        const at = now();
        const changes: Omit<OutboxEntry, 'seq'>[] = [];
        keys.forEach((rawKey, index) => {
          if (failures[index]) return;
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
        return changes;
      }

      /**
       * Numbers the changes and adds them to the outbox. Resolves once they are numbered (a
       * bulk's packs kept for `whenBulkIssued`); `written` once IndexedDB has taken them.
       */
      async function recordChanges(
        changes: Omit<OutboxEntry, 'seq'>[],
        trans: DBCoreTransaction,
        state: TrackedTransaction,
        inZone: InZone,
      ): Promise<{ written: Promise<void> }> {
        if (changes.length === 0) return { written: Promise.resolve() };
        const counter = await inZone(() => nextSeq(trans, state));
        // From here to the two writes, nothing awaits: numbers are handed out and the counter is
        // stored in the same order, whatever other writes of this transaction do meanwhile.
        const entries: OutboxEntry[] = changes.map((change) => ({
          ...change,
          seq: counter.next++,
          ...(state.bulk ? { bulk: true as const } : {}),
        }));
        // A bulk is only ever read whole: a thousand entries to a row (outboxStore.ts).
        const packs = state.bulk ? packEntries(entries) : null;
        if (packs) state.packs.push(...packs);
        const writes = inZone(() =>
          Promise.all([
            outbox().mutate({ trans, type: 'add', values: packs ?? entries }),
            syncState().mutate({
              trans,
              type: 'put',
              values: [{ key: SYNC_STATE_KEYS.nextSeq, value: counter.next }],
            }),
          ]),
        );
        notifyOnCommit(trans, state);
        const written = writes.then((results) => {
          const failure = results.find((result) => result.numFailures > 0);
          // Throwing aborts the transaction: the change is not kept without its outbox entry.
          if (failure) throw Object.values(failure.failures)[0] ?? new Error('Outbox write failed');
        });
        return { written };
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
