/**
 * The collection history's part of the aggregates middleware: the records of the debtors a write
 * of `activities` or `letters` touched, changed in the same transaction (domain/collectionHistory
 * says what a record holds and why).
 *
 * Like the queue summary, the records read are cached for the rest of the transaction and changed
 * in memory before each write is issued, so concurrent writes of one transaction never lose each
 * other's change. Facts stay in their stored form (tuples of strings): a write re-encodes only
 * what it changed.
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import {
  type HistoryBucket,
  historyBucket,
  historyRecord,
  isCollectionFact,
  type StoredActivity,
  type StoredLetter,
  storedActivity,
  storedFactsOf,
  storedLetter,
} from '../../domain/collectionHistory';
import type { Activity, Letter } from '../../domain/model';
import { type InZone, loadBuckets, readAllRecords, type Written, writeRecords } from './records';

interface CachedRecord {
  activities: Map<string, StoredActivity>;
  letters: Map<string, StoredLetter>;
}

/** Records read so far in a transaction, by bucket. */
export type HistoryTransaction = Map<number, CachedRecord>;

function cachedRecord(row: HistoryBucket | undefined): CachedRecord {
  const { activities, letters } = storedFactsOf(row);
  return {
    activities: new Map(activities.map((fields) => [fields[0], fields])),
    letters: new Map(letters.map((fields) => [fields[0], fields])),
  };
}

const sameLetterFacts = (a: Letter, b: Letter) =>
  a.debtorId === b.debtorId && a.template === b.template && a.date === b.date;

export class HistoryWriter {
  constructor(
    private readonly table: () => DBCoreTable,
    private readonly trans: DBCoreTransaction,
    private readonly state: HistoryTransaction,
    private readonly inZone: InZone,
  ) {}

  private readonly changed = new Set<number>();

  /** Loads the records of these debtors into the transaction's cache. */
  private async load(debtorIds: Iterable<string>): Promise<void> {
    const buckets = [...debtorIds].map(historyBucket);
    await loadBuckets(this.table(), this.trans, this.inZone, this.state, buckets, cachedRecord);
  }

  private record(debtorId: string): CachedRecord {
    const bucket = historyBucket(debtorId);
    this.changed.add(bucket);
    let record = this.state.get(bucket);
    if (!record) {
      record = cachedRecord(undefined);
      this.state.set(bucket, record);
    }
    return record;
  }

  /** Activities replaced: only those the collection rules read are kept. */
  async activities(pairs: readonly Written<Activity>[]): Promise<void> {
    const facts = pairs
      .map(([old, next]) => [
        old && isCollectionFact(old) ? old : undefined,
        next && isCollectionFact(next) ? next : undefined,
      ])
      .filter(([old, next]) => old || next);
    if (facts.length === 0) return;
    await this.load(facts.flatMap((pair) => pair.flatMap((a) => (a ? [a.debtorId] : []))));
    for (const [old, next] of facts) {
      if (old) this.record(old.debtorId).activities.delete(old.id);
      if (next) this.record(next.debtorId).activities.set(next.id, storedActivity(next));
    }
  }

  /** Letters replaced; a letter given a tracking number or a proof changes nothing here. */
  async letters(pairs: readonly Written<Letter>[]): Promise<void> {
    const changes = pairs.filter(([old, next]) => !(old && next && sameLetterFacts(old, next)));
    if (changes.length === 0) return;
    await this.load(changes.flatMap((pair) => pair.flatMap((l) => (l ? [l.debtorId] : []))));
    for (const [old, next] of changes) {
      if (old) this.record(old.debtorId).letters.delete(old.id);
      if (next) this.record(next.debtorId).letters.set(next.id, storedLetter(next));
    }
  }

  /** The whole `activities` or `letters` table cleared. */
  async clear(what: 'activities' | 'letters'): Promise<void> {
    const all = await readAllRecords<HistoryBucket>(this.table(), this.trans, this.inZone);
    for (const row of all) {
      if (!this.state.has(row.bucket)) this.state.set(row.bucket, cachedRecord(row));
    }
    for (const [bucket, record] of this.state) {
      record[what].clear();
      this.changed.add(bucket);
    }
  }

  /** Writes the records changed; throwing aborts the transaction. */
  async flush(): Promise<void> {
    const puts: (() => HistoryBucket)[] = [];
    const deletes: number[] = [];
    for (const bucket of this.changed) {
      const record = this.state.get(bucket);
      if (!record || (record.activities.size === 0 && record.letters.size === 0)) {
        deletes.push(bucket);
      } else {
        puts.push(() => historyRecord(bucket, record.activities.values(), record.letters.values()));
      }
    }
    this.changed.clear();
    await writeRecords(this.table(), this.trans, this.inZone, puts, deletes);
  }
}
