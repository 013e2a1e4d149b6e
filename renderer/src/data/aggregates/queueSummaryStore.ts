/**
 * The queue summary's part of the aggregates middleware: the entries of the debtors a write of
 * `debtors` or `invoices` touched, changed in the same transaction (domain/queueSummary says what
 * an entry holds and why entries are stored many to a record).
 *
 * Like the debtor aggregates, the records read are cached for the rest of the transaction and
 * changed in memory before each write is issued, so concurrent writes of one transaction never
 * lose each other's change: the last put of a record carries every change made before it. The
 * items of the entries changed are kept decoded meanwhile, so a transaction writing the same
 * debtors in several batches decodes them once.
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Debtor, Invoice } from '../../domain/model';
import {
  compareOpenItems,
  encodeOpenItems,
  entryOf,
  isSummarizedItem,
  type OpenItem,
  openItemOf,
  type QueueSummary,
  queueDebtorOf,
  type SummaryBucket,
  storedEntry,
  summaryBucket,
} from '../../domain/queueSummary';
import { decodeOpenItems } from '../../domain/summaryItems';
import { type InZone, loadBuckets, readAllRecords, type Written, writeRecords } from './records';

export interface SummaryTransaction {
  /** Records read so far, as entries by debtor id (null: no record). */
  buckets: Map<number, Map<string, QueueSummary> | null>;
  /** Decoded items of the entries changed so far, in `compareOpenItems` order. */
  items: Map<string, OpenItem[]>;
}

export const emptySummaryTransaction = (): SummaryTransaction => ({
  buckets: new Map(),
  items: new Map(),
});

const entriesOfRecord = (row: SummaryBucket | undefined): Map<string, QueueSummary> | null =>
  row ? new Map(row.entries.map((stored) => [stored[0], entryOf(stored)])) : null;

export class SummaryWriter {
  constructor(
    private readonly table: () => DBCoreTable,
    private readonly trans: DBCoreTransaction,
    private readonly state: SummaryTransaction,
    private readonly inZone: InZone,
  ) {}

  private readonly changed = new Set<number>();

  /** Loads the records of these debtors into the transaction's cache. */
  private async load(debtorIds: Iterable<string>): Promise<void> {
    const buckets = [...debtorIds].map(summaryBucket);
    const { table, trans, inZone, state } = this;
    await loadBuckets(table(), trans, inZone, state.buckets, buckets, entriesOfRecord);
  }

  /** Every record (a clear touches every entry). */
  private async loadAll(): Promise<void> {
    const all = await readAllRecords<SummaryBucket>(this.table(), this.trans, this.inZone);
    for (const row of all) {
      if (!this.state.buckets.has(row.bucket)) {
        this.state.buckets.set(row.bucket, entriesOfRecord(row));
      }
    }
  }

  private entry(debtorId: string): QueueSummary | undefined {
    return this.state.buckets.get(summaryBucket(debtorId))?.get(debtorId);
  }

  /** Puts a debtor's entry in its (loaded) record, or drops it when left with nothing. */
  private place(entry: QueueSummary): void {
    const bucket = summaryBucket(entry.debtorId);
    let entries = this.state.buckets.get(bucket);
    if (!entries) {
      entries = new Map();
      this.state.buckets.set(bucket, entries);
    }
    if (entry.debtor || entry.items !== '') entries.set(entry.debtorId, entry);
    else {
      entries.delete(entry.debtorId);
      this.state.items.delete(entry.debtorId);
    }
    this.changed.add(bucket);
  }

  private itemsOf(debtorId: string): OpenItem[] {
    let items = this.state.items.get(debtorId);
    if (!items) {
      items = decodeOpenItems(debtorId, this.entry(debtorId)?.items ?? '');
      this.state.items.set(debtorId, items);
    }
    return items;
  }

  /** Debtor rows written (`next` for each key; undefined: deleted). */
  async debtors(changes: readonly { key: string; next: Debtor | undefined }[]): Promise<void> {
    await this.load(changes.map((c) => c.key));
    for (const { key, next } of changes) {
      const { debtor: _replaced, ...entry } = this.entry(key) ?? { debtorId: key, items: '' };
      this.place(next ? { ...entry, debtor: queueDebtorOf(next) } : entry);
    }
  }

  /** Items replaced: each pair is the row before and after (undefined: none). */
  async items(pairs: readonly Written<Invoice>[]): Promise<void> {
    const removed = new Map<string, Set<string>>();
    const added = new Map<string, OpenItem[]>();
    for (const [old, next] of pairs) {
      if (old && isSummarizedItem(old)) {
        const ids = removed.get(old.debtorId) ?? new Set<string>();
        ids.add(old.id);
        removed.set(old.debtorId, ids);
      }
      if (next && isSummarizedItem(next)) {
        const list = added.get(next.debtorId) ?? [];
        list.push(openItemOf(next));
        added.set(next.debtorId, list);
      }
    }
    const debtorIds = new Set([...removed.keys(), ...added.keys()]);
    if (debtorIds.size === 0) return;
    await this.load(debtorIds);
    for (const debtorId of debtorIds) {
      const gone = removed.get(debtorId);
      const before = this.itemsOf(debtorId);
      const kept = gone ? before.filter((i) => !gone.has(i.id)) : before;
      const fresh = added.get(debtorId) ?? [];
      const items = fresh.length > 0 ? [...kept, ...fresh].sort(compareOpenItems) : kept;
      this.state.items.set(debtorId, items);
      const entry = this.entry(debtorId) ?? { debtorId, items: '' };
      this.place({ ...entry, items: encodeOpenItems(items) });
    }
  }

  /** The whole `debtors` or `invoices` table cleared. */
  async clear(what: 'debtors' | 'items'): Promise<void> {
    await this.loadAll();
    const entries: QueueSummary[] = [];
    for (const record of this.state.buckets.values()) if (record) entries.push(...record.values());
    for (const { debtor, ...entry } of entries) {
      if (what === 'debtors') {
        this.place(entry);
      } else {
        this.state.items.set(entry.debtorId, []);
        this.place({ ...entry, ...(debtor ? { debtor } : {}), items: '' });
      }
    }
  }

  /** Writes the records changed; throwing aborts the transaction. */
  async flush(): Promise<void> {
    const puts: (() => SummaryBucket)[] = [];
    const deletes: number[] = [];
    for (const bucket of this.changed) {
      const entries = this.state.buckets.get(bucket);
      if (!entries || entries.size === 0) {
        deletes.push(bucket);
        this.state.buckets.set(bucket, null);
      } else {
        puts.push(() => ({ bucket, entries: [...entries.values()].map(storedEntry) }));
      }
    }
    this.changed.clear();
    await writeRecords(this.table(), this.trans, this.inZone, puts, deletes);
  }
}
