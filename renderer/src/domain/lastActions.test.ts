import { describe, expect, it } from 'vitest';
import {
  allLastActions,
  lastActionsBucket,
  lastActionsBucketsOf,
  lastActionsOfBucket,
  latestActions,
  noteAction,
} from './lastActions';
import type { IsoInstant } from './model';
import { SUMMARY_BUCKETS, summaryBucket } from './queueSummary';

const at = (day: number, hour = 9): IsoInstant =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('latest activities stored many debtors to a record', () => {
  it('keep each debtor’s latest instant, whatever the order the activities come in', () => {
    const actions = latestActions([
      { debtorId: 'd1', at: at(3) },
      { debtorId: 'd2', at: at(5) },
      { debtorId: 'd1', at: at(9) },
      { debtorId: 'd1', at: at(4) },
      { debtorId: 'd2', at: at(5, 8) },
    ]);
    expect(Object.fromEntries(actions)).toEqual({ d1: at(9), d2: at(5) });
  });

  it('note an action only when it is later than the one known', () => {
    const actions = new Map([['d1', at(9)]]);
    expect(noteAction(actions, 'd1', at(8))).toBe(false);
    expect(noteAction(actions, 'd1', at(9))).toBe(false);
    expect(actions.get('d1')).toBe(at(9));
    expect(noteAction(actions, 'd1', at(10))).toBe(true);
    expect(noteAction(actions, 'd2', at(1))).toBe(true);
    expect(Object.fromEntries(actions)).toEqual({ d1: at(10), d2: at(1) });
  });

  it('spread over the queue summary’s records and read back as they were', () => {
    const actions = new Map(
      Array.from({ length: 200 }, (_, i) => [`debtor-${i}`, at(1 + (i % 28))] as const),
    );
    const rows = lastActionsBucketsOf(actions);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThanOrEqual(SUMMARY_BUCKETS);
    for (const row of rows) {
      expect(row.debtorIds.every((id) => summaryBucket(id) === row.bucket)).toBe(true);
      expect(row.debtorIds).toEqual([...row.debtorIds].sort());
      expect(row.at).toHaveLength(row.debtorIds.length);
    }
    expect(allLastActions(rows)).toEqual(actions);
    const [first] = rows;
    if (!first) throw new Error('no record');
    expect(lastActionsBucket(first.bucket, lastActionsOfBucket(first))).toEqual(first);
  });

  it('read an absent record as no activity', () => {
    expect(lastActionsOfBucket(undefined).size).toBe(0);
    expect(lastActionsBucketsOf(new Map())).toEqual([]);
  });
});
