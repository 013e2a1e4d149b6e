/**
 * Writing the server's rows on the workstation: pulled changes, and the server's row when it
 * refuses a change. These writes are not local changes, so they bypass the outbox; local changes
 * the server has not acknowledged yet are then re-applied on top, so pulling never hides them.
 */
import Dexie, { type Table } from 'dexie';
import { SYNCED_TABLES, type SyncedTable, TABLE_KEYS } from '../../../../contracts/sync';
import type { RecouvraDb } from '../db';
import { redoableWrites } from '../durability';
import { tellRowsBefore } from '../rowsBefore';
import { bypassOutbox } from './outboxMiddleware';
import { packedEntriesByRow } from './outboxStore';
import type { OutboxEntry } from './outboxTypes';
import { sameValue } from './rowDiff';

type Row = Record<string, unknown>;

export interface ServerRow {
  table: SyncedTable;
  key: string;
  /** The row after the change; null: deleted. */
  row: Row | null;
}

/**
 * The rows that differ from what the workstation holds. Writing a row again as it is costs as
 * much as a real change (the aggregates middleware re-reads and re-adds it), and the changes a
 * workstation pulls include its own, already there: its import of 100,000 items came back whole.
 */
async function withoutSameRows(target: Table, keyField: string, rows: Row[]): Promise<Row[]> {
  const keys = rows.map((row) => row[keyField]) as string[];
  const current = await heldRows(target, keys);
  // The rows just read are the ones the write replaces: the middlewares need not read them again.
  const held = new Map<unknown, Row | undefined>(keys.map((key, index) => [key, current[index]]));
  const trans = Dexie.currentTransaction?.idbtrans;
  if (trans) tellRowsBefore(trans, target.name, held, false);
  return rows.filter((row, index) => !sameValue(row, current[index]));
}

/**
 * The rows held under `keys` (undefined where none). A colleague's import creates most of the
 * rows it pulls, under time-ordered ids (UUID v7) that sit in one narrow range of keys: one
 * key-only read of that range tells which exist, and only those are read. Looking up 20,000
 * absent keys one by one took 0.6 s of a 3 s write on disk. When the range holds more keys than
 * the page (ids of every age, an update of rows already held), every key is read as before.
 */
async function heldRows(target: Table, keys: readonly string[]): Promise<(Row | undefined)[]> {
  if (keys.length === 0) return [];
  let low = keys[0] as string;
  let high = low;
  for (const key of keys) {
    if (key < low) low = key;
    else if (key > high) high = key;
  }
  const inRange = (await target
    .where(':id')
    .between(low, high, true, true)
    .limit(keys.length + 1)
    .primaryKeys()) as string[];
  if (inRange.length > keys.length) return (await target.bulkGet([...keys])) as (Row | undefined)[];
  const existing = new Set(inRange);
  const present = keys.filter((key) => existing.has(key));
  const found = (await target.bulkGet(present)) as (Row | undefined)[];
  const byKey = new Map(present.map((key, index) => [key, found[index]]));
  return keys.map((key) => byKey.get(key));
}

/**
 * Runs `work` in one readwrite transaction (outbox and sync state included) recording nothing.
 * `redoable`: what it writes comes from the server and is written again at the next exchange if
 * lost (a pull and its cursor, an acknowledgment): committed without waiting for the disk,
 * though its scope holds tables that otherwise do (durability.ts). A rollback the workstation
 * decides on the server's word of the moment (a refused import, a read-only account) is not: the
 * server might answer otherwise next time. `work` must not start a transaction of its own.
 */
export function withoutOutbox<T>(
  db: RecouvraDb,
  tables: readonly Table[],
  work: () => Promise<T>,
  { redoable = false }: { redoable?: boolean } = {},
): Promise<T> {
  const open = () =>
    db.transaction('rw', [...tables, db.outbox, db.syncState], async (tx) => {
      bypassOutbox(tx.idbtrans);
      return work();
    });
  return redoable ? redoableWrites(open) : open();
}

export function syncedTables(db: RecouvraDb): Table[] {
  return SYNCED_TABLES.map((name) => db.table(name));
}

/** A pending local change laid over a row: its fields (null removes a field), or a delete. */
export function overlay(row: Row | null, entry: OutboxEntry): Row | null {
  if (entry.op === 'delete') return null;
  const next: Row = { ...(row ?? {}) };
  for (const [field, value] of Object.entries(entry.fields ?? {})) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  return next;
}

/**
 * Writes the server's rows, then re-applies the still-pending local changes of those rows.
 * Call inside `withoutOutbox` (the caller adds its own writes, e.g. the cursor, to the same
 * transaction).
 *
 * Written in bulk, one bulkPut and one bulkDelete per table: a page of a 100,000-item import
 * is thousands of rows, and a put awaited per row costs a round trip each. Within a page the
 * changes are in server order, so the last change of a row is the one that stands.
 */
export async function writeServerRows(db: RecouvraDb, rows: readonly ServerRow[]): Promise<void> {
  const latest = new Map<string, ServerRow>();
  for (const change of rows) latest.set(`${change.table}\u0000${change.key}`, change);
  const hasPending = (await db.outbox.count()) > 0;
  // A bulk still waiting (an import made offline) is packed: its entries are read once.
  const packed = hasPending ? await packedEntriesByRow(db) : null;
  const byTable = new Map<SyncedTable, { puts: Row[]; deletes: string[] }>();
  for (const [id, { table, key, row }] of latest) {
    let value = row;
    if (packed) {
      const single = (await db.outbox
        .where('[table+key]')
        .equals([table, key])
        .toArray()) as OutboxEntry[];
      const pending = [...(packed.get(id) ?? []), ...single].sort((a, b) => a.seq - b.seq);
      for (const entry of pending) value = overlay(value, entry);
    }
    let writes = byTable.get(table);
    if (!writes) {
      writes = { puts: [], deletes: [] };
      byTable.set(table, writes);
    }
    if (value === null) writes.deletes.push(key);
    else writes.puts.push(value);
  }
  for (const [table, { puts, deletes }] of byTable) {
    const target = db.table(table);
    if (deletes.length > 0) await target.bulkDelete(deletes);
    const changed = await withoutSameRows(target, TABLE_KEYS[table], puts);
    if (changed.length > 0) await target.bulkPut(changed);
  }
}
