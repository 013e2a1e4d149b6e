/**
 * The collection history's part of the aggregates middleware: each write of `activities` or
 * `letters` adds, in the same transaction, one change to each bucket it touched (the facts it set
 * and the ids it removed: domain/collectionHistory says what a record and a change hold, and
 * why), not the bucket's whole record again. A bucket's changes are folded into its record once
 * there are `MAX_CHANGES` of them.
 *
 * The writes of one transaction share what they know of each bucket (the keys of its changes,
 * read once), so that concurrent writes of one transaction number their changes apart.
 */
import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import {
  foldHistory,
  type HistoryBucket,
  type HistoryRow,
  historyBucket,
  historyChange,
  historyChangeRange,
  isCollectionFact,
  isHistoryChange,
  MAX_CHANGES,
  type StoredActivity,
  type StoredLetter,
  storedActivity,
  storedLetter,
} from '../../domain/collectionHistory';
import type { Activity, Letter } from '../../domain/model';
import {
  type InZone,
  readAllRecords,
  readKeysBetween,
  type Written,
  writeRecords,
} from './records';

/** A bucket's changes stored, by key, and the sequence number of the next one. */
interface BucketChanges {
  keys: unknown[];
  next: number;
}

/** What a transaction knows of each bucket's changes, by bucket. */
export type HistoryTransaction = Map<number, Promise<BucketChanges>>;

/** The change a write makes to one bucket, until it is flushed. */
interface PendingChange {
  activities: StoredActivity[];
  letters: StoredLetter[];
  removed: string[];
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

  private readonly pending = new Map<number, PendingChange>();

  private change(debtorId: string): PendingChange {
    const bucket = historyBucket(debtorId);
    let change = this.pending.get(bucket);
    if (!change) {
      change = { activities: [], letters: [], removed: [] };
      this.pending.set(bucket, change);
    }
    return change;
  }

  /** Activities replaced: only those the collection rules read are kept. */
  activities(pairs: readonly Written<Activity>[]): void {
    for (const [old, next] of pairs) {
      if (old && isCollectionFact(old)) this.change(old.debtorId).removed.push(old.id);
      if (next && isCollectionFact(next)) {
        this.change(next.debtorId).activities.push(storedActivity(next));
      }
    }
  }

  /** Letters replaced; a letter given a tracking number or a proof changes nothing here. */
  letters(pairs: readonly Written<Letter>[]): void {
    for (const [old, next] of pairs) {
      if (old && next && sameLetterFacts(old, next)) continue;
      if (old) this.change(old.debtorId).removed.push(old.id);
      if (next) this.change(next.debtorId).letters.push(storedLetter(next));
    }
  }

  /** The whole `activities` or `letters` table cleared: every record rewritten without them. */
  async clear(what: 'activities' | 'letters'): Promise<void> {
    const rows = await readAllRecords<HistoryRow>(this.table(), this.trans, this.inZone);
    const kept = foldHistory(rows)
      .map((record): HistoryBucket => ({ ...record, [what]: [] }))
      .filter((record) => record.activities.length > 0 || record.letters.length > 0);
    const keptBuckets = new Set(kept.map((record) => record.bucket));
    const deletes = rows
      .filter((row) => isHistoryChange(row) || !keptBuckets.has(row.bucket))
      .map((row) => row.bucket);
    // The changes are deleted: the next write of this transaction reads their keys again.
    this.state.clear();
    await writeRecords(
      this.table(),
      this.trans,
      this.inZone,
      kept.map((record) => () => record),
      deletes,
    );
  }

  /** The keys of a bucket's changes, read once per transaction. */
  private changesOf(bucket: number): Promise<BucketChanges> {
    let known = this.state.get(bucket);
    if (!known) {
      known = readKeysBetween(
        this.table(),
        this.trans,
        this.inZone,
        historyChangeRange(bucket),
      ).then((keys) => {
        const last = keys.at(-1) as readonly [number, number] | undefined;
        return { keys, next: last ? last[1] + 1 : 0 };
      });
      this.state.set(bucket, known);
    }
    return known;
  }

  /**
   * Writes each bucket's change; a bucket that has `MAX_CHANGES` already gets them folded into its
   * record with this one. Throwing aborts the transaction.
   */
  async flush(): Promise<void> {
    const pending = [...this.pending];
    this.pending.clear();
    if (pending.length === 0) return;
    const known = await Promise.all(pending.map(([bucket]) => this.changesOf(bucket)));
    const puts: (() => HistoryRow)[] = [];
    const deletes: unknown[] = [];
    const folds: Promise<void>[] = [];
    pending.forEach(([bucket, facts], index) => {
      const changes = known[index] as BucketChanges;
      const change = historyChange(bucket, changes.next++, facts);
      if (changes.keys.length < MAX_CHANGES) {
        changes.keys.push(change.bucket);
        puts.push(() => change);
        return;
      }
      // Taken now: a change another write of this transaction adds meanwhile stays beside the
      // record, after it.
      const folded = changes.keys;
      changes.keys = [];
      folds.push(
        this.read([bucket, ...folded]).then((rows) => {
          const [record] = foldHistory([...rows, change]);
          if (record) puts.push(() => record);
          else deletes.push(bucket);
          deletes.push(...folded);
        }),
      );
    });
    await Promise.all(folds);
    await writeRecords(this.table(), this.trans, this.inZone, puts, deletes);
  }

  private async read(keys: unknown[]): Promise<HistoryRow[]> {
    const rows = await this.inZone(() => this.table().getMany({ trans: this.trans, keys }));
    return (rows as (HistoryRow | undefined)[]).filter((row) => row !== undefined);
  }
}
