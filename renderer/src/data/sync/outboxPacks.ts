/**
 * Packing a bulk transaction's consecutive outbox entries into rows (outboxTypes.ts,
 * OutboxPack), and unpacking them. Pure: the outbox middleware packs, outboxStore.ts reads.
 */
import type { Mutation } from '../../../../contracts/sync';
import { type OutboxEntry, type OutboxPack, type OutboxRow, PACKED_TABLE } from './outboxTypes';

/** Entries per pack: a few hundred kilobytes a row, a thousand times fewer rows. */
export const OUTBOX_PACK_SIZE = 1000;

export const isPack = (row: OutboxRow): row is OutboxPack => row.table === PACKED_TABLE;

/** The entry as the server receives it. */
export const toMutation = ({ tx: _tx, bulk: _bulk, ...mutation }: OutboxEntry): Mutation =>
  mutation;

/** Consecutive entries of one bulk transaction, packed OUTBOX_PACK_SIZE to a row. */
export function packEntries(entries: readonly OutboxEntry[]): OutboxPack[] {
  const packs: OutboxPack[] = [];
  for (let start = 0; start < entries.length; start += OUTBOX_PACK_SIZE) {
    const slice = entries.slice(start, start + OUTBOX_PACK_SIZE);
    const first = slice[0] as OutboxEntry;
    packs.push({
      seq: first.seq,
      lastSeq: (slice.at(-1) as OutboxEntry).seq,
      tx: first.tx,
      bulk: true,
      table: PACKED_TABLE,
      key: '',
      mutations: slice.map(toMutation),
    });
  }
  return packs;
}

/** The entries these rows hold, in seq order. */
export function unpack(rows: readonly OutboxRow[]): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const row of rows) {
    if (!isPack(row)) entries.push(row);
    else
      for (const mutation of row.mutations) entries.push({ ...mutation, tx: row.tx, bulk: true });
  }
  return entries;
}

export const lastSeqOf = (row: OutboxRow): number => (isPack(row) ? row.lastSeq : row.seq);
