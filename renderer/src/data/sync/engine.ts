/**
 * The sync engine of a workstation (docs/sync-protocol.md): pushes the outbox in sequence order,
 * pulls the server's changes after the cursor, listens to the live channel, and retries with
 * backoff while the server cannot be reached. Plain TypeScript: the transport, the clock and the
 * waiting are injected, so tests drive it against an in-process fake server.
 *
 * Nothing is lost or applied twice: an outbox entry is deleted only once the server has
 * acknowledged it (`applied` or `duplicate`), and the server recognises a replay by the
 * workstation id and the sequence number.
 */
import {
  type BulkResponse,
  type Change,
  type FieldHistoryEntry,
  type LiveEvent,
  MAX_PULL_CHANGES,
  MAX_PUSH_MUTATIONS,
  type Mutation,
  type MutationResult,
  type SyncedTable,
} from '../../../../contracts/sync';
import type { RecouvraDb } from '../db';
import { type ServerRow, syncedTables, withoutOutbox, writeServerRows } from './applyServerRows';
import { BLOB_TABLES, uploadReferencedBlobs } from './blobUpload';
import { acceptEarlyImports, EarlyImports, sendableEarly } from './earlyImports';
import { clearImportOutcome, noteImportOutcome, outcomeOf } from './importOutcomes';
import type { IssuedBulk } from './outboxMiddleware';
import {
  entriesWriting,
  isPack,
  lastSeqOf,
  mutationTexts,
  setsNull,
  toMutation,
  unpackWhere,
} from './outboxPacks';
import { deleteSeqs, firstPackSeq, outboxEntries, rowsOfTransaction } from './outboxStore';
import { type OutboxEntry, type OutboxRow, SYNC_STATE_KEYS } from './outboxTypes';
import { type BlobTransport, OfflineError, SyncHttpError, type SyncTransport } from './transport';

/**
 * Changes pulled before one write: four pages of a large import. Fewer rewrites of the derived
 * records (see pull); each write still serialises its rows in one task of the window.
 */
const PULL_WRITE_CHANGES = 20_000;

/**
 * Writes the server's rows as they are (a pull, an acknowledgment, the cursor past an own bulk),
 * in one transaction over the synced tables: written again at the next exchange if a power cut
 * loses them, so not waiting for the disk (applyServerRows.ts, withoutOutbox).
 */
function writeAsServerSaid<T>(db: RecouvraDb, work: () => Promise<T>): Promise<T> {
  return withoutOutbox(db, syncedTables(db), work, { redoable: true });
}

export interface Refusal {
  mutation: Mutation;
  /** The server's French sentence, shown to the user as is. */
  reason: string;
  /** A whole import (its outbox transaction tag) refused and rolled back on the workstation. */
  importTx?: string;
}

export interface SyncStatus {
  /** The last exchange with the server succeeded. */
  online: boolean;
  /** ISO instant of the last complete push and pull. */
  lastSyncAt: string | null;
  /** The last error, in French, for the status bar and Paramètres › Équipe. */
  error: string | null;
  /** The server refused the session (expired or revoked): sign in again. */
  needsSignIn: boolean;
  /** Debtors a colleague is calling: debtorId -> who, until when. */
  calling: Readonly<Record<string, { by: string; until: string }>>;
}

export interface SyncEngineOptions {
  db: RecouvraDb;
  transport: SyncTransport;
  /** Documents' bytes: uploaded before the rows that reference them (see blobUpload.ts). */
  blobs?: BlobTransport;
  workstationId: string;
  clock: { nowIso(): string; now(): Date };
  onRefused?: (refusal: Refusal) => void;
  onStatus?: (status: SyncStatus) => void;
  /** Waits `ms`, or less if `signal` aborts; injected by tests. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Largest pull page asked for (the server may answer fewer). */
  pullLimit?: number;
  /** Changes gathered before one write (PULL_WRITE_CHANGES unless a test says otherwise). */
  pullWriteChanges?: number;
  /** Periodic pull even without a live event, in ms. */
  idlePullMs?: number;
}

export const BACKOFF_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000] as const;

const defaultWait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function isForbidden(error: unknown): error is SyncHttpError {
  return error instanceof SyncHttpError && error.status === 403;
}

/** The row as it was before `entry`'s change: its `base` values back, an insert undone. */
type Row = Record<string, unknown>;

function rowBefore(entry: OutboxEntry, current: Row | null): Row | null {
  if (entry.op === 'put' && entry.base === undefined) return null;
  const row: Row = { ...(current ?? {}) };
  for (const [field, value] of Object.entries(entry.base ?? {})) {
    if (value === null) delete row[field];
    else row[field] = value;
  }
  return row;
}

/** Another import runs on the server: the bulk is sent again later. */
function isImportRunning(error: unknown): error is SyncHttpError {
  return error instanceof SyncHttpError && error.code === 'import_running';
}

/** The server will never take this bulk as it is (it would change a fact, malformed, too big). */
function isBulkRefused(error: unknown): error is SyncHttpError {
  if (!(error instanceof SyncHttpError)) return false;
  if (error.status === 400 || error.status === 413) return true;
  const retried = ['import_running', 'sequence_gap', 'tampered'];
  return error.status === 409 && !retried.includes(error.code ?? '');
}

const rowId = (entry: OutboxEntry) => `${entry.table}\u0000${entry.key}`;

function messageOf(error: unknown): string {
  if (error instanceof OfflineError) return 'Serveur injoignable : nouvel essai bientôt.';
  if (error instanceof SyncHttpError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Transaction tag of « Initialiser le serveur avec ce poste » (teamSync.seedServerFromLedger). */
export const SEED_TX_PREFIX = 'seed-';

export class SyncEngine {
  private status: SyncStatus = {
    online: false,
    lastSyncAt: null,
    error: null,
    needsSignIn: false,
    calling: {},
  };
  private stopController: AbortController | null = null;
  private wake: (() => void) | null = null;
  private dirty = false;
  private readonly wait: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The push running now: pushes never overlap (the sync loop, an import's undo). */
  private pushing: Promise<void> = Promise.resolve();
  /**
   * Imports sent before their local commit (earlyImports.ts), without outbox seqs: the local
   * transaction may still fail. They are confirmed once committed.
   */
  private readonly early = new EarlyImports((bulk) => this.sendBulk(bulk.tx, bulk.texts));
  private stopAcceptingEarly: (() => void) | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    this.wait = options.wait ?? defaultWait;
  }

  /** An import's entries, handed over by its worker before its local commit (earlyImports.ts). */
  sendEarly(bulk: IssuedBulk): void {
    if (!sendableEarly(bulk.tables)) return;
    this.early.add(bulk);
  }

  /** The local commit of an import sent early failed: pulls resume, the import comes back. */
  forgetEarly(tx: string): void {
    if (this.early.forget(tx)) this.trigger();
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.options.onStatus?.(this.status);
  }

  /** Pushes every pending change, in sequence order; after the push already running, if any. */
  push(): Promise<void> {
    const run = this.pushing.then(() => this.pushOutbox());
    this.pushing = run.catch(() => undefined);
    return run;
  }

  private async pushOutbox(): Promise<void> {
    const { db } = this.options;
    for (;;) {
      const first = await db.outbox.orderBy('seq').first();
      if (!first) return;
      const sizes = new Map<string, number>();
      const isBulk = async (entry: OutboxRow): Promise<boolean> => {
        if (entry.bulk) return true;
        let size = sizes.get(entry.tx);
        if (size === undefined) {
          size = await db.outbox.where('tx').equals(entry.tx).count();
          sizes.set(entry.tx, size);
        }
        return size > MAX_PUSH_MUTATIONS;
      };
      if (await isBulk(first)) {
        await this.pushBulk(first.tx);
        continue;
      }
      // The single entries before the first pack: a pack is bulk, and a thousand entries to read.
      const firstPack = await firstPackSeq(db);
      const head = await db.outbox
        .where('seq')
        .between(first.seq, firstPack ?? Number.POSITIVE_INFINITY, true, false)
        .limit(MAX_PUSH_MUTATIONS + 1)
        .toArray();
      const batch: OutboxEntry[] = [];
      for (const entry of head) {
        // The head ends before the first pack; the check tells the compiler so.
        if (batch.length === MAX_PUSH_MUTATIONS || isPack(entry) || (await isBulk(entry))) break;
        batch.push(entry);
      }
      await this.uploadBlobs(batch);
      let response: Awaited<ReturnType<SyncTransport['push']>>;
      try {
        response = await this.options.transport.push({
          workstationId: this.options.workstationId,
          mutations: batch.map(toMutation),
        });
      } catch (error) {
        if (!isForbidden(error)) throw error;
        await this.undoLocally(error.message);
        return;
      }
      await this.acknowledge(batch, response.results);
    }
  }

  /**
   * One local transaction larger than a push (an import, a seeding): one server transaction. Its
   * packs are sent as the JSON text they hold; only those that may reference a blob, name the
   * import or remove a field are parsed, when that is needed.
   */
  private async pushBulk(tx: string): Promise<void> {
    const { db } = this.options;
    const rows = await rowsOfTransaction(db, tx);
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return;
    const [firstSeq, lastSeq] = [first.seq, lastSeqOf(last)];
    await this.uploadBlobs(entriesWriting(rows, BLOB_TABLES));
    let response: BulkResponse;
    try {
      const early = await this.early.answerFor(tx, firstSeq, lastSeq);
      response = early
        ? await this.confirmEarly(tx, early, rows, firstSeq, lastSeq)
        : await this.sendBulk(tx, mutationTexts(rows), { first: firstSeq, last: lastSeq });
    } catch (error) {
      // Pulls resume whatever the outcome; sent again, the import goes whole.
      this.early.done(tx);
      if (isForbidden(error)) {
        await this.undoLocally(error.message);
        return;
      }
      if (isBulkRefused(error)) {
        await this.refuseBulk(tx, error.message);
        return;
      }
      if (isImportRunning(error)) {
        // Kept in the outbox and sent again with the backoff; the import page says why.
        const at = this.options.clock.nowIso();
        const record = entriesWriting(rows, ['imports']);
        await noteImportOutcome(db, outcomeOf(tx, record, 'waiting', error.message, at));
      }
      throw error;
    }
    // The bulk's seqs are consecutive (one local transaction numbers them): deleted as one range,
    // not 100,000 deletes each answered on the main thread (12 s for an import on disk).
    await deleteSeqs(db, firstSeq, lastSeq);
    this.early.done(tx);
    await clearImportOutcome(db, tx);
    await this.holdOwnBulk(
      unpackWhere(rows, (pack) => pack.setsNull, setsNull),
      response,
    );
  }

  /**
   * The server's rows of this bulk are the workstation's own when it had pulled everything the
   * server held before it (`after`): the cursor moves past the bulk instead of pulling back
   * 100,000 changes it already holds. One difference remains: a field the workstation removed,
   * the server keeps as null (a removed field travels as null); it is set to null here too,
   * unless a later pending change has set it again, so the replica is the server's exactly.
   * `removals`: the bulk's puts that removed a field.
   */
  private async holdOwnBulk(removals: OutboxEntry[], response: BulkResponse): Promise<void> {
    const { after, cursor, duplicate } = response;
    if (duplicate || after === undefined || cursor <= after) return;
    const { db } = this.options;
    await writeAsServerSaid(db, async () => {
      if ((await this.cursor()) !== after) return;
      // The puts that removed a field, by table: their rows are read in one request per table,
      // not one per row (an import can remove a field from thousands of items).
      const byTable = new Map<OutboxEntry['table'], OutboxEntry[]>();
      for (const entry of removals) {
        const list = byTable.get(entry.table);
        if (list) list.push(entry);
        else byTable.set(entry.table, [entry]);
      }
      const removed: ServerRow[] = [];
      for (const [table, puts] of byTable) {
        const rows = (await db.table(table).bulkGet(puts.map((e) => e.key))) as (Row | undefined)[];
        puts.forEach((entry, index) => {
          const held = rows[index];
          if (!held) return;
          const absent = Object.entries(entry.fields ?? {}).filter(
            ([field, value]) => value === null && held[field] === undefined,
          );
          if (absent.length === 0) return;
          removed.push({
            table,
            key: entry.key,
            row: { ...held, ...Object.fromEntries(absent) },
          });
        });
      }
      if (removed.length > 0) await writeServerRows(db, removed);
      await db.syncState.put({ key: SYNC_STATE_KEYS.cursor, value: cursor });
    });
  }

  /**
   * The server refused this bulk for good: its rows get back their values from before it, and so
   * do the later pending changes of the same rows (they were made on top of it); the other
   * pending changes stay. The user reads the server's sentence, on the import page too.
   */
  private async refuseBulk(tx: string, reason: string): Promise<void> {
    const { db } = this.options;
    const dropped = await withoutOutbox(db, syncedTables(db), async () => {
      const all = await outboxEntries(db);
      const rows = new Set(all.filter((entry) => entry.tx === tx).map(rowId));
      const drop = all.filter((entry) => entry.tx === tx || rows.has(rowId(entry)));
      await this.dropEntries(all, drop);
      return drop;
    });
    const mine = dropped.filter((entry) => entry.tx === tx);
    const first = mine[0];
    if (!first) return;
    const at = this.options.clock.nowIso();
    await noteImportOutcome(db, outcomeOf(tx, mine, 'refused', reason, at));
    this.options.onRefused?.({ mutation: toMutation(first), reason, importTx: tx });
  }

  /**
   * An import the server took before its local commit: its outbox seqs are confirmed, and the
   * answer it had then (with `after`) is the bulk's. Sent whole if the server does not know it.
   */
  private async confirmEarly(
    tx: string,
    early: BulkResponse,
    rows: OutboxRow[],
    firstSeq: number,
    lastSeq: number,
  ): Promise<BulkResponse> {
    try {
      await this.options.transport.confirmBulk({
        workstationId: this.options.workstationId,
        importId: tx,
        outboxSeqs: { first: firstSeq, last: lastSeq },
      });
      return early;
    } catch (error) {
      if (!(error instanceof SyncHttpError && error.code === 'import_unknown')) throw error;
      return this.sendBulk(tx, mutationTexts(rows), { first: firstSeq, last: lastSeq });
    }
  }

  /**
   * `outboxSeqs`: the outbox entries the bulk stands for. The server advances this workstation's
   * push sequence past them: no gap for the next push.
   */
  private sendBulk(
    tx: string,
    texts: string[],
    outboxSeqs?: { first: number; last: number },
  ): Promise<BulkResponse> {
    return this.options.transport.bulk({
      workstationId: this.options.workstationId,
      importId: tx,
      kind: tx.startsWith(SEED_TX_PREFIX) ? 'seed' : 'import',
      ...(outboxSeqs ? { outboxSeqs } : {}),
      mutationTexts: texts,
    });
  }

  /** Sends the bytes these entries reference, before the entries themselves. */
  private async uploadBlobs(entries: OutboxEntry[]): Promise<void> {
    const { blobs, db, onRefused } = this.options;
    if (!blobs) return;
    await uploadReferencedBlobs(db, blobs, entries, (entry, reason) =>
      onRefused?.({ mutation: toMutation(entry), reason }),
    );
  }

  /**
   * The server refuses this account's writes (a lecture seule account): every pending change is
   * undone on the workstation — each row gets back the values it had before (`base`), an
   * inserted row disappears — and the user reads the server's sentence once.
   */
  private async undoLocally(reason: string): Promise<void> {
    const { db } = this.options;
    const earliest = await withoutOutbox(db, syncedTables(db), async () => {
      const all = await outboxEntries(db);
      await this.dropEntries(all, all);
      return all[0];
    });
    if (!earliest) return;
    this.options.onRefused?.({ mutation: toMutation(earliest), reason });
  }

  /**
   * Inside `withoutOutbox`: takes `drop` out of the outbox (`all`, in seq order), puts their rows
   * back as they were before them (a seeding's entries changed no row: nothing to put back),
   * and numbers the entries kept again from the first one, so the next push follows the last
   * seq the server received without a gap.
   */
  private async dropEntries(all: OutboxEntry[], drop: readonly OutboxEntry[]): Promise<void> {
    const { db } = this.options;
    const start = all[0]?.seq;
    if (start === undefined || drop.length === 0) return;
    const dropped = new Set(drop.map((entry) => entry.seq));
    const rows = new Map<string, ServerRow>();
    for (const entry of [...drop].reverse()) {
      if (entry.tx.startsWith(SEED_TX_PREFIX)) continue;
      const id = rowId(entry);
      const current = rows.has(id)
        ? (rows.get(id)?.row ?? null)
        : (((await db.table(entry.table).get(entry.key)) as Row | undefined) ?? null);
      rows.set(id, { table: entry.table, key: entry.key, row: rowBefore(entry, current) });
    }
    const kept = all
      .filter((entry) => !dropped.has(entry.seq))
      .map((entry, index) => ({ ...entry, seq: start + index }));
    await db.outbox.clear();
    await writeServerRows(db, [...rows.values()]);
    await db.outbox.bulkAdd(kept);
    await db.syncState.put({ key: SYNC_STATE_KEYS.nextSeq, value: start + kept.length });
  }

  /** Deletes acknowledged entries; puts the server's row back for refused ones. */
  private async acknowledge(batch: OutboxEntry[], results: MutationResult[]): Promise<void> {
    const { db } = this.options;
    const bySeq = new Map(batch.map((entry) => [entry.seq, entry]));
    const done: number[] = [];
    const rollbacks: ServerRow[] = [];
    const refusals: Refusal[] = [];
    for (const result of results) {
      const entry = bySeq.get(result.seq);
      if (!entry) continue;
      done.push(entry.seq);
      if (result.status === 'refused') {
        rollbacks.push({ table: entry.table, key: entry.key, row: result.row });
        refusals.push({ mutation: toMutation(entry), reason: result.reason });
      }
    }
    if (done.length === 0) return;
    await writeAsServerSaid(db, async () => {
      await db.outbox.bulkDelete(done);
      // Later pending changes of the same row are laid over the server's row again.
      if (rollbacks.length > 0) await writeServerRows(db, rollbacks);
    });
    for (const refusal of refusals) this.options.onRefused?.(refusal);
  }

  /**
   * Pulls and applies every change after the cursor: pages gathered up to PULL_WRITE_CHANGES,
   * written in one transaction. Each transaction that writes items also rewrites the derived
   * records they feed (aggregates, queue summary), whatever the number of items: a colleague's
   * 100,000-item import written 5,000 at a time rewrote them 25 times, 4 to 5 s a page on disk.
   * The next changes are fetched while these are written: the server and the network work
   * during the write instead of after it.
   */
  async pull(): Promise<void> {
    // Until the import sent early is committed here and its entries pushed: the server's
    // changes would be its own rows, written a second time (the push then skips them).
    if (this.early.pending) return;
    const { db } = this.options;
    let cursor = await this.cursor();
    let next = this.gather(cursor);
    for (;;) {
      const batch = await next;
      const prefetch = batch.more ? this.gather(batch.cursor) : null;
      // Awaited on the next turn; a write that stops the pull leaves it unread, not unhandled.
      prefetch?.catch(() => undefined);
      const written = await writeAsServerSaid(db, async () => {
        // Another pull may have gone further meanwhile: never move the cursor back.
        if ((await this.cursor()) !== cursor) return false;
        await writeServerRows(db, batch.changes);
        await db.syncState.put({ key: SYNC_STATE_KEYS.cursor, value: batch.cursor });
        return true;
      });
      if (!written || !prefetch) return;
      cursor = batch.cursor;
      next = prefetch;
    }
  }

  /** The changes after `after`, pages gathered up to PULL_WRITE_CHANGES. */
  private async gather(
    after: number,
  ): Promise<{ changes: Change[]; cursor: number; more: boolean }> {
    const { transport } = this.options;
    const limit = this.options.pullLimit ?? MAX_PULL_CHANGES;
    const batchSize = this.options.pullWriteChanges ?? PULL_WRITE_CHANGES;
    let page = await transport.pull(after, limit);
    const changes = [...page.changes];
    while (page.more && page.changes.length > 0 && changes.length < batchSize) {
      page = await transport.pull(page.cursor, limit);
      changes.push(...page.changes);
    }
    return { changes, cursor: page.cursor, more: page.more && page.changes.length > 0 };
  }

  async cursor(): Promise<number> {
    const row = await this.options.db.syncState.get(SYNC_STATE_KEYS.cursor);
    return typeof row?.value === 'number' ? row.value : 0;
  }

  /** One exchange: push everything, then pull everything. */
  async syncOnce(): Promise<void> {
    await this.push();
    await this.pull();
    const at = this.options.clock.nowIso();
    await this.options.db.syncState.put({ key: SYNC_STATE_KEYS.lastSyncAt, value: at });
    this.setStatus({ online: true, lastSyncAt: at, error: null, needsSignIn: false });
  }

  /**
   * Tells the colleagues this workstation is calling a debtor (or no longer). Best effort: a
   * presence that cannot be sent is not retried (the next renewal or the expiry settles it).
   */
  async presence(debtorId: string, calling: boolean): Promise<boolean> {
    try {
      await this.options.transport.presence({ debtorId, calling });
      return true;
    } catch {
      return false;
    }
  }

  /** The field history of one row, straight from the server (OfflineError when unreachable). */
  history(table: SyncedTable, key: string): Promise<FieldHistoryEntry[]> {
    return this.options.transport.history(table, key);
  }

  /** Asks for a sync soon (a local change was committed, the live channel said so). */
  trigger(): void {
    this.dirty = true;
    this.wake?.();
  }

  /** Runs until `stop()`: sync, wait for a trigger (or the idle period), again; backoff on errors. */
  start(): void {
    if (this.stopController) return;
    const controller = new AbortController();
    this.stopController = controller;
    void this.options.db.syncState.get(SYNC_STATE_KEYS.lastSyncAt).then((row) => {
      if (typeof row?.value === 'string' && !this.status.lastSyncAt) {
        this.setStatus({ lastSyncAt: row.value });
      }
    });
    this.stopAcceptingEarly = acceptEarlyImports(this.options.db.name, this);
    void this.loop(controller.signal);
    void this.listen(controller.signal);
  }

  stop(): void {
    this.stopController?.abort();
    this.stopController = null;
    this.stopAcceptingEarly?.();
    this.stopAcceptingEarly = null;
    this.wake?.();
  }

  private async sleepUntilTriggered(ms: number, signal: AbortSignal): Promise<void> {
    if (this.dirty || signal.aborted) return;
    const local = new AbortController();
    const onAbort = () => local.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    this.wake = () => local.abort();
    try {
      await this.wait(ms, local.signal);
    } finally {
      this.wake = null;
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async loop(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      this.dirty = false;
      try {
        await this.syncOnce();
        failures = 0;
        await this.sleepUntilTriggered(this.options.idlePullMs ?? 30_000, signal);
      } catch (error) {
        if (signal.aborted) return;
        const needsSignIn = error instanceof SyncHttpError && error.status === 401;
        this.setStatus({
          online: !(error instanceof OfflineError),
          error: messageOf(error),
          needsSignIn,
        });
        if (needsSignIn) return;
        const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 60_000;
        failures += 1;
        // Backoff is not cut short by local changes: only by stop().
        await this.wait(delay, signal);
      }
    }
  }

  /** The live channel: each `changes` event past our cursor triggers a sync. */
  private async listen(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        await this.options.transport.events((event) => this.onLiveEvent(event), signal);
        failures = 0;
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof SyncHttpError && error.status === 401) return;
        failures += 1;
      }
      const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 60_000;
      await this.wait(delay, signal);
    }
  }

  private onLiveEvent(event: LiveEvent): void {
    if (event.type === 'changes') {
      void this.cursor().then((cursor) => {
        if (event.cursor > cursor) this.trigger();
      });
    } else if (event.type === 'calling') {
      const calling = { ...this.status.calling };
      if (new Date(event.until) > this.options.clock.now()) {
        calling[event.debtorId] = { by: event.by, until: event.until };
      } else delete calling[event.debtorId];
      this.setStatus({ calling });
    } else if (event.type === 'import' && event.state === 'finished') {
      this.trigger();
    }
  }
}
