/**
 * Reading and writing the outbox whatever the shape of its rows: single entries, or packs of a
 * bulk transaction's consecutive entries (outboxTypes.ts, OutboxPack). Every reader goes through
 * here and sees entries, one per mutation, in seq order (the packing itself: outboxPacks.ts).
 */
import type { RecouvraDb } from '../db';
import { lastSeqOf, unpack } from './outboxPacks';
import { type OutboxEntry, type OutboxRow, PACKED_TABLE } from './outboxTypes';

/** Every pending entry, in seq order. */
export async function outboxEntries(db: RecouvraDb): Promise<OutboxEntry[]> {
  return unpack(await db.outbox.orderBy('seq').toArray());
}

/** The rows of one local transaction as stored (packs not parsed), in seq order. */
export function rowsOfTransaction(db: RecouvraDb, tx: string): Promise<OutboxRow[]> {
  return db.outbox.where('tx').equals(tx).sortBy('seq');
}

/** Deletes the rows holding seqs `first` to `last` (a pack is keyed by its first seq). */
export function deleteSeqs(db: RecouvraDb, first: number, last: number): Promise<number> {
  return db.outbox.where('seq').between(first, last, true, true).delete();
}

/**
 * Changes waiting to be sent. Seqs are consecutive without gaps (docs/sync-protocol.md), so the
 * count is the span from the first row to the last, without reading the packs in between.
 */
export async function pendingCount(db: RecouvraDb): Promise<number> {
  const [first] = await db.outbox.orderBy('seq').limit(1).primaryKeys();
  if (first === undefined) return 0;
  const last = await db.outbox.orderBy('seq').last();
  return last ? lastSeqOf(last) - first + 1 : 0;
}

/** The packs waiting, in seq order: their own place in the `[table+key]` index. */
const packs = (db: RecouvraDb) => db.outbox.where('[table+key]').equals([PACKED_TABLE, '']);

/** The first seq of the first pack waiting, without reading it; undefined when none waits. */
export async function firstPackSeq(db: RecouvraDb): Promise<number | undefined> {
  const [seq] = await packs(db).primaryKeys();
  return seq;
}

/** The packed entries waiting, by row (`table` NUL `key`): none unless a bulk is pending. */
export async function packedEntriesByRow(db: RecouvraDb): Promise<Map<string, OutboxEntry[]>> {
  const packed = await packs(db).toArray();
  const byRow = new Map<string, OutboxEntry[]>();
  for (const entry of unpack(packed)) {
    const id = `${entry.table}\u0000${entry.key}`;
    const list = byRow.get(id);
    if (list) list.push(entry);
    else byRow.set(id, [entry]);
  }
  return byRow;
}
