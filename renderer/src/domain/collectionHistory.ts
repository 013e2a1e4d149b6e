/**
 * What the File d'actions and the « Envoi groupé » read of each debtor's timeline and letters,
 * kept apart from them: the activities the collection rules read (calls, queue decisions,
 * callbacks, undos, promises made, payments entered, acknowledgements, disputes opened, stage
 * changes) and each letter's template and date.
 *
 * Why: with a year of history (56,000 activities and 22,000 letters for 10,000 debtors) reading
 * both tables took 2.3 s in Chromium on a disk profile; the same facts, 16 records of flat
 * arrays (the queue summary's layout, queueSummary.ts), read in about 90 ms. A debtor's facts
 * sit in its queue summary record (`summaryBucket`).
 */
import { isoDate } from './dates';
import type { Activity, ActivityDetails, Letter } from './model';
import { byCodeUnits, summaryBucket } from './queueSummary';

/** What the collection rules read of an activity. */
export type CollectedActivity = Pick<
  Activity,
  'id' | 'debtorId' | 'type' | 'at' | 'text' | 'invoiceIds' | 'details'
>;

/** What the collection rules read of a letter. */
export type CollectedLetter = Pick<Letter, 'id' | 'debtorId' | 'template' | 'date'>;

/**
 * The details the rules read (escalationEvidence, escalationReason, agenda, actionQueue,
 * queueAlerts, prescription, undo, collectionView). Not read: e-mails and letters logged on the
 * timeline (the letters themselves are), plain notes, promise outcomes, dispute notes and
 * resolutions.
 */
const READ_KINDS: ReadonlySet<ActivityDetails['kind']> = new Set<ActivityDetails['kind']>([
  'queue-decision',
  'call',
  'reminder',
  'undo',
  'promise-made',
  'payment-entry',
  'acknowledgement',
  'dispute-opened',
  'stage-change',
]);

/** Whether the collection rules read this activity (a call counts even without details). */
export function isCollectionFact(activity: Pick<Activity, 'type' | 'details'>): boolean {
  return activity.type === 'call' || (!!activity.details && READ_KINDS.has(activity.details.kind));
}

/**
 * A stored record: the facts of the debtors whose id falls in `bucket`, in id order.
 * `activities` repeats id, debtorId, type, at, text, details (JSON) and invoice ids (JSON), null
 * for an absent field; `letters` repeats id, debtorId, template, date.
 */
export interface HistoryBucket {
  bucket: number;
  activities: (string | null)[];
  letters: string[];
}

/**
 * A change to a record's facts, stored beside it until it is folded in: `removed` (ids of
 * activities or letters) leave first, then `activities` and `letters` (flat, as in the record) are
 * set, replacing a fact of the same id. Keyed `[bucket, sequence]`; a bucket's changes apply in
 * sequence order, after its record.
 *
 * Why: a record holds a sixteenth of a year of history (600-900 KB once serialised), and every
 * write rewrote the records it touched. A batch of 200 letters touches all sixteen: reading and
 * writing them again took 500 ms of its 1.2 s of recording, on a disk profile. A change is the
 * size of what changed; the writer folds a bucket's changes into its record once there are
 * `MAX_CHANGES` of them.
 */
export interface HistoryChange {
  bucket: readonly [bucket: number, sequence: number];
  activities: (string | null)[];
  letters: string[];
  removed: string[];
}

/** What the collection history table holds: records, and the changes not yet folded into them. */
export type HistoryRow = HistoryBucket | HistoryChange;

/** Changes a bucket keeps beside its record before the writer folds them in. */
export const MAX_CHANGES = 8;

export const isHistoryChange = (row: HistoryRow): row is HistoryChange => Array.isArray(row.bucket);

/** The bucket a row of the table belongs to (its key: a number, or `[bucket, sequence]`). */
export const bucketOfHistoryKey = (key: unknown): number =>
  (Array.isArray(key) ? key[0] : key) as number;

/** The key range of a bucket's changes. */
export const historyChangeRange = (bucket: number) =>
  [
    [bucket, Number.NEGATIVE_INFINITY],
    [bucket, Number.POSITIVE_INFINITY],
  ] as const;

/** An activity as stored: id, debtorId, type, at, text, details (JSON), invoice ids (JSON). */
export type StoredActivity = readonly [
  id: string,
  debtorId: string,
  type: string,
  at: string,
  text: string,
  details: string | null,
  invoiceIds: string | null,
];
/** A letter as stored: id, debtorId, template, date. */
export type StoredLetter = readonly [id: string, debtorId: string, template: string, date: string];

const ACTIVITY_FIELDS = 7;
const LETTER_FIELDS = 4;

export const historyBucket = summaryBucket;

export function storedActivity(activity: CollectedActivity): StoredActivity {
  const { id, debtorId, type, at, text, invoiceIds, details } = activity;
  return [
    id,
    debtorId,
    type,
    at,
    text,
    details ? JSON.stringify(details) : null,
    invoiceIds ? JSON.stringify(invoiceIds) : null,
  ];
}

export function storedLetter({ id, debtorId, template, date }: CollectedLetter): StoredLetter {
  return [id, debtorId, template, date];
}

const byId = (a: readonly [string, ...unknown[]], b: readonly [string, ...unknown[]]) =>
  byCodeUnits(a[0], b[0]);

/** One record holding these facts (all of one bucket), in id order as the tables are. */
export function historyRecord(
  bucket: number,
  activities: Iterable<StoredActivity>,
  letters: Iterable<StoredLetter>,
): HistoryBucket {
  const flatActivities: (string | null)[] = [];
  for (const fields of [...activities].sort(byId)) flatActivities.push(...fields);
  const flatLetters: string[] = [];
  for (const fields of [...letters].sort(byId)) flatLetters.push(...fields);
  return { bucket, activities: flatActivities, letters: flatLetters };
}

/** A change of `bucket` numbered `sequence`: `removed` leave, then these facts are set. */
export function historyChange(
  bucket: number,
  sequence: number,
  {
    activities,
    letters,
    removed,
  }: {
    activities: readonly StoredActivity[];
    letters: readonly StoredLetter[];
    removed: string[];
  },
): HistoryChange {
  return {
    bucket: [bucket, sequence],
    activities: activities.flat(),
    letters: letters.flat(),
    removed,
  };
}

/**
 * Each bucket's record with its changes applied, in sequence order; a record without changes is
 * returned as it is. A bucket left without facts has no record.
 */
export function foldHistory(rows: Iterable<HistoryRow>): HistoryBucket[] {
  const records = new Map<number, HistoryBucket>();
  const changes = new Map<number, HistoryChange[]>();
  for (const row of rows) {
    if (!isHistoryChange(row)) records.set(row.bucket, row);
    else {
      const list = changes.get(row.bucket[0]);
      if (list) list.push(row);
      else changes.set(row.bucket[0], [row]);
    }
  }
  for (const [bucket, list] of changes) {
    const { activities, letters } = storedFactsOf(records.get(bucket));
    const byIdA = new Map(activities.map((fields) => [fields[0], fields]));
    const byIdL = new Map(letters.map((fields) => [fields[0], fields]));
    for (const change of list.sort((a, b) => a.bucket[1] - b.bucket[1])) {
      for (const id of change.removed) {
        byIdA.delete(id);
        byIdL.delete(id);
      }
      const set = storedFactsOf(change);
      for (const fields of set.activities) byIdA.set(fields[0], fields);
      for (const fields of set.letters) byIdL.set(fields[0], fields);
    }
    if (byIdA.size === 0 && byIdL.size === 0) records.delete(bucket);
    else records.set(bucket, historyRecord(bucket, byIdA.values(), byIdL.values()));
  }
  return [...records.values()].sort((a, b) => a.bucket - b.bucket);
}

/** The facts of a record as stored, one tuple each (a write changes a few and keeps the rest). */
export function storedFactsOf(row: Pick<HistoryBucket, 'activities' | 'letters'> | undefined): {
  activities: StoredActivity[];
  letters: StoredLetter[];
} {
  const activities: StoredActivity[] = [];
  const letters: StoredLetter[] = [];
  const a = row?.activities ?? [];
  for (let i = 0; i + ACTIVITY_FIELDS <= a.length; i += ACTIVITY_FIELDS) {
    activities.push(a.slice(i, i + ACTIVITY_FIELDS) as unknown as StoredActivity);
  }
  const l = row?.letters ?? [];
  for (let i = 0; i + LETTER_FIELDS <= l.length; i += LETTER_FIELDS) {
    letters.push(l.slice(i, i + LETTER_FIELDS) as unknown as StoredLetter);
  }
  return { activities, letters };
}

function activitiesOfRecord(row: HistoryBucket, into: CollectedActivity[]): void {
  const flat = row.activities;
  for (let i = 0; i + ACTIVITY_FIELDS <= flat.length; i += ACTIVITY_FIELDS) {
    const details = flat[i + 5];
    const invoiceIds = flat[i + 6];
    const activity: CollectedActivity = {
      id: flat[i] as string,
      debtorId: flat[i + 1] as string,
      type: flat[i + 2] as Activity['type'],
      at: flat[i + 3] as string,
      text: flat[i + 4] as string,
    };
    // Set rather than spread: two objects fewer per fact, for thousands of facts per record.
    if (invoiceIds) activity.invoiceIds = JSON.parse(invoiceIds) as string[];
    if (details) activity.details = JSON.parse(details) as ActivityDetails;
    into.push(activity);
  }
}

function lettersOfRecord(row: HistoryBucket, into: CollectedLetter[]): void {
  const flat = row.letters;
  for (let i = 0; i + LETTER_FIELDS <= flat.length; i += LETTER_FIELDS) {
    into.push({
      id: flat[i] as string,
      debtorId: flat[i + 1] as string,
      template: flat[i + 2] as string,
      date: isoDate(flat[i + 3] as string),
    });
  }
}

/** Every fact of the records and their changes, decoded; each debtor's in id order. */
export function historyOfRecords(rows: Iterable<HistoryRow>): {
  activities: CollectedActivity[];
  letters: CollectedLetter[];
} {
  const activities: CollectedActivity[] = [];
  const letters: CollectedLetter[] = [];
  for (const row of foldHistory(rows)) {
    activitiesOfRecord(row, activities);
    lettersOfRecord(row, letters);
  }
  return { activities, letters };
}

/** Every fact of these rows spread over their records, in bucket order (a rebuild's write). */
export function historyRecordsOf(
  activities: Iterable<Activity>,
  letters: Iterable<Letter>,
): HistoryBucket[] {
  const buckets = new Map<number, { activities: StoredActivity[]; letters: StoredLetter[] }>();
  const of = (debtorId: string) => {
    const bucket = historyBucket(debtorId);
    let found = buckets.get(bucket);
    if (!found) {
      found = { activities: [], letters: [] };
      buckets.set(bucket, found);
    }
    return found;
  };
  for (const a of activities) {
    if (isCollectionFact(a)) of(a.debtorId).activities.push(storedActivity(a));
  }
  for (const l of letters) of(l.debtorId).letters.push(storedLetter(l));
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([bucket, facts]) => historyRecord(bucket, facts.activities, facts.letters));
}
