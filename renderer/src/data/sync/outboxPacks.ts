/**
 * Packing a bulk transaction's consecutive outbox entries into rows (outboxTypes.ts,
 * OutboxPack), and unpacking them. Pure: the outbox middleware packs, outboxStore.ts reads.
 */
import type { Mutation, SyncedTable } from '../../../../contracts/sync';
import { type OutboxEntry, type OutboxPack, type OutboxRow, PACKED_TABLE } from './outboxTypes';

/** Entries per pack: a few hundred kilobytes a row, a thousand times fewer rows. */
export const OUTBOX_PACK_SIZE = 1000;

export const isPack = (row: OutboxRow): row is OutboxPack => row.table === PACKED_TABLE;

/** The entry as the server receives it. */
export const toMutation = ({ tx: _tx, bulk: _bulk, ...mutation }: OutboxEntry): Mutation =>
  mutation;

/** A put that removes a field: the field travels as null. */
export const setsNull = (entry: Pick<Mutation, 'op' | 'fields'>): boolean =>
  entry.op === 'put' && Object.values(entry.fields ?? {}).includes(null);

/** Consecutive entries of one bulk transaction, packed OUTBOX_PACK_SIZE to a row. */
export function packEntries(entries: readonly OutboxEntry[]): OutboxPack[] {
  const packs: OutboxPack[] = [];
  for (let start = 0; start < entries.length; start += OUTBOX_PACK_SIZE) {
    const slice = entries.slice(start, start + OUTBOX_PACK_SIZE);
    packs.push(packOf(slice.map(toMutation), (slice[0] as OutboxEntry).tx));
  }
  return packs;
}

/** One pack of `mutations` (consecutive, at least one) of transaction `tx`. */
export function packOf(mutations: readonly Mutation[], tx: string): OutboxPack {
  return {
    seq: (mutations[0] as Mutation).seq,
    lastSeq: (mutations.at(-1) as Mutation).seq,
    tx,
    bulk: true,
    table: PACKED_TABLE,
    key: '',
    json: JSON.stringify(mutations),
    tables: [...new Set(mutations.map((m) => m.table))],
    setsNull: mutations.some(setsNull),
  };
}

/** The entries of one pack, in seq order. */
function entriesOfPack(pack: OutboxPack): OutboxEntry[] {
  return (JSON.parse(pack.json) as Mutation[]).map((m) => ({ ...m, tx: pack.tx, bulk: true }));
}

/** The entries these rows hold, in seq order. */
export function unpack(rows: readonly OutboxRow[]): OutboxEntry[] {
  return rows.flatMap((row) => (isPack(row) ? entriesOfPack(row) : [row]));
}

/**
 * The entries these rows hold that `wanted` may keep, in seq order: a pack is parsed only when
 * `packMayHold` says it may hold one.
 */
export function unpackWhere(
  rows: readonly OutboxRow[],
  packMayHold: (pack: OutboxPack) => boolean,
  wanted: (entry: OutboxEntry) => boolean,
): OutboxEntry[] {
  return rows.flatMap((row) => {
    if (!isPack(row)) return wanted(row) ? [row] : [];
    return packMayHold(row) ? entriesOfPack(row).filter(wanted) : [];
  });
}

/** The entries these rows hold that write one of `tables`; only the packs that do are parsed. */
export function entriesWriting(
  rows: readonly OutboxRow[],
  tables: readonly SyncedTable[],
): OutboxEntry[] {
  return unpackWhere(
    rows,
    (pack) => pack.tables.some((table) => tables.includes(table)),
    (entry) => tables.includes(entry.table),
  );
}

/**
 * The mutations these rows hold as JSON texts, in seq order: each text is consecutive mutations
 * separated by commas (a pack's array without its brackets, copied as it is, or one entry), so
 * `[${texts.join(',')}]` is the array the server reads.
 */
export function mutationTexts(rows: readonly OutboxRow[]): string[] {
  return rows.map((row) => (isPack(row) ? row.json.slice(1, -1) : JSON.stringify(toMutation(row))));
}

export const lastSeqOf = (row: OutboxRow): number => (isPack(row) ? row.lastSeq : row.seq);
