/**
 * Each debtor's latest activity (the debtor list's « Dernière action »), stored apart from the
 * debtor aggregates (aggregateBuckets.ts): a call logged changes only this. Kept in the aggregate
 * record, a call rewrote the dues of a sixteenth of the ledger, and reading that record back (625
 * debtors at 10,000) was most of the dashboard's time after a call; this record is two arrays of
 * ids and instants. Many debtors to a record, the queue summary's (`summaryBucket`).
 */
import type { IsoInstant } from './model';
import { byCodeUnits, spreadOverBuckets } from './queueSummary';

/** A stored record: the latest activity of each debtor whose id falls in `bucket`. */
export interface LastActionsBucket {
  bucket: number;
  /** In debtor id order (code units), `at` of the same length. */
  debtorIds: string[];
  at: IsoInstant[];
}

/** A record's latest activities, by debtor id (an absent record holds none). */
export function lastActionsOfBucket(row: LastActionsBucket | undefined): Map<string, IsoInstant> {
  const actions = new Map<string, IsoInstant>();
  row?.debtorIds.forEach((debtorId, i) => {
    const at = row.at[i];
    if (at !== undefined) actions.set(debtorId, at);
  });
  return actions;
}

/** The record `bucket` holding `actions` (every one of its debtors'). */
export function lastActionsBucket(
  bucket: number,
  actions: ReadonlyMap<string, IsoInstant>,
): LastActionsBucket {
  const debtorIds = [...actions.keys()].sort(byCodeUnits);
  return { bucket, debtorIds, at: debtorIds.map((id) => actions.get(id) as IsoInstant) };
}

/** Sets `at` as the debtor's latest activity when it is later than the one known. */
export function noteAction(
  actions: Map<string, IsoInstant>,
  debtorId: string,
  at: IsoInstant,
): boolean {
  const known = actions.get(debtorId);
  if (known !== undefined && known >= at) return false;
  actions.set(debtorId, at);
  return true;
}

/** The latest activity of each debtor of `activities`. */
export function latestActions(
  activities: Iterable<{ debtorId: string; at: IsoInstant }>,
): Map<string, IsoInstant> {
  const actions = new Map<string, IsoInstant>();
  for (const { debtorId, at } of activities) noteAction(actions, debtorId, at);
  return actions;
}

/** The latest activities spread over their records, records without any left out. */
export function lastActionsBucketsOf(
  actions: ReadonlyMap<string, IsoInstant>,
): LastActionsBucket[] {
  const entries = [...actions].map(([debtorId, at]) => ({ debtorId, at }));
  return spreadOverBuckets(entries, (entry) => entry).map(({ bucket, entries: inBucket }) =>
    lastActionsBucket(bucket, new Map(inBucket.map(({ debtorId, at }) => [debtorId, at]))),
  );
}

/** Every record's latest activities, by debtor id. */
export function allLastActions(rows: Iterable<LastActionsBucket>): Map<string, IsoInstant> {
  const actions = new Map<string, IsoInstant>();
  for (const row of rows) for (const [id, at] of lastActionsOfBucket(row)) actions.set(id, at);
  return actions;
}
