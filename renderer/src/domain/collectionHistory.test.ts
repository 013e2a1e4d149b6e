/** A record and the changes stored beside it read as one record: foldHistory, table-tested. */
import { describe, expect, it } from 'vitest';
import {
  type CollectedActivity,
  foldHistory,
  type HistoryRow,
  historyChange,
  historyOfRecords,
  historyRecord,
  storedActivity,
  storedLetter,
} from './collectionHistory';
import { isoDate } from './dates';

const call = (id: string, text: string, debtorId = 'd1'): CollectedActivity => ({
  id,
  debtorId,
  type: 'call',
  at: '2026-11-02T10:00:00.000Z',
  text,
});
const letter = (id: string) => ({
  id,
  debtorId: 'd1',
  template: 'relance-1',
  date: isoDate('2026-11-03'),
});

const record = historyRecord(
  3,
  [storedActivity(call('a1', 'premier'))],
  [storedLetter(letter('l1'))],
);
const set = (...activities: CollectedActivity[]) => ({
  activities: activities.map(storedActivity),
  letters: [],
});
/** Change `sequence` of `bucket`: `removed` leave, then `facts` are set. */
const change = (
  bucket: number,
  sequence: number,
  facts: ReturnType<typeof set>,
  removed: string[],
) => historyChange(bucket, sequence, { ...facts, removed });
const texts = (rows: HistoryRow[]) => historyOfRecords(rows).activities.map((a) => a.text);

describe('foldHistory', () => {
  it('keeps a record without changes as it is', () => {
    expect(foldHistory([record])).toEqual([record]);
    expect(foldHistory([record])[0]).toBe(record);
  });

  it.each<[string, HistoryRow[], string[]]>([
    [
      'a change adds a fact',
      [record, change(3, 0, set(call('a2', 'second')), [])],
      ['premier', 'second'],
    ],
    [
      'a later change replaces a fact of the same id',
      [record, change(3, 0, set(call('a1', 'corrigé')), [])],
      ['corrigé'],
    ],
    ['a change removes a fact', [record, change(3, 0, set(), ['a1'])], []],
    [
      'changes apply in sequence order, whatever order they are read in',
      [
        change(3, 1, set(call('a1', 'dernier')), []),
        record,
        change(3, 0, set(call('a1', 'avant')), []),
      ],
      ['dernier'],
    ],
    [
      'within a change, removals come before the facts set (an update)',
      [record, change(3, 0, set(call('a1', 'remplacé')), ['a1'])],
      ['remplacé'],
    ],
    ['changes without a record make one', [change(5, 0, set(call('a9', 'seul')), [])], ['seul']],
  ])('%s', (_, rows, expected) => {
    expect(texts(rows)).toEqual(expected);
  });

  it('leaves no record for a bucket emptied, and keeps the other buckets', () => {
    const other = historyRecord(4, [storedActivity(call('b1', 'autre', 'd4'))], []);
    const folded = foldHistory([record, other, change(3, 0, set(), ['a1', 'l1'])]);
    expect(folded).toEqual([other]);
  });

  it('folds to the record a full rewrite would have written', () => {
    const folded = foldHistory([record, change(3, 0, set(call('a0', 'zéro')), ['l1'])]);
    expect(folded).toEqual([
      historyRecord(
        3,
        [storedActivity(call('a0', 'zéro')), storedActivity(call('a1', 'premier'))],
        [],
      ),
    ]);
  });
});
