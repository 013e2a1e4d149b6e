import { describe, expect, it } from 'vitest';
import {
  aggregateBucket,
  aggregateBucketsOf,
  aggregateIn,
  aggregatesOf,
  aggregatesOfBucket,
  portfolioFactsOf,
  storedEntriesOf,
} from './aggregateBuckets';
import { isoDate } from './dates';
import { addItem, addNotice, type DebtorAggregate, emptyDebtorAggregate } from './ledgerAggregates';
import { cents } from './money';

function aggregateWith(debtorId: string, index: number): DebtorAggregate {
  const aggregate = emptyDebtorAggregate(debtorId);
  for (let i = 0; i <= index % 4; i++) {
    addItem(
      aggregate,
      {
        debtorId,
        kind: i === 3 ? 'credit-note' : 'invoice',
        status: i === 2 ? 'disputed' : 'open',
        dueDate: isoDate(`2026-0${1 + i}-15`),
        amountCents: cents(10_000),
        openCents: cents(i === 3 ? -2_500 : 10_000 - i),
      },
      1,
    );
  }
  if (index % 5 === 0)
    addNotice(aggregate, { template: 'mise-en-demeure', date: isoDate('2026-11-20') }, 1);
  return aggregate;
}

describe('debtor aggregates stored many to a record', () => {
  const all = Array.from({ length: 60 }, (_, i) =>
    aggregateWith(`d${String(i).padStart(2, '0')}`, i),
  );

  it('come back as they were, in debtor id order', () => {
    const shuffled = [...all].reverse();
    expect(aggregatesOf(aggregateBucketsOf(shuffled))).toEqual(all);
  });

  it('are decoded only when a write reads them, and stored again as they were otherwise', () => {
    const [record] = aggregateBucketsOf(all).sort((a, b) => b.entries.length - a.entries.length);
    if (!record || record.entries.length < 3) throw new Error('a record of three debtors or more');
    const stored = new Map(record.entries.map((entry) => [entry[0], entry]));
    const aggregates = aggregatesOfBucket(record);
    const [first, second] = record.entries.map((entry) => entry[0]);
    const read = aggregateIn(aggregates, first ?? '');
    expect(read).toEqual(all.find((a) => a.debtorId === first));
    // Decoded once: a change made to it is the one written back.
    if (read) read.openItemCount += 1;
    expect(aggregateIn(aggregates, first ?? '')).toBe(read);
    // Emptied: left out of the record.
    aggregates.set(second ?? '', emptyDebtorAggregate(second ?? ''));
    const entries = storedEntriesOf(aggregates);
    expect(entries.map((e) => e[0])).toEqual(
      record.entries.map((e) => e[0]).filter((id) => id !== second),
    );
    for (const entry of entries) {
      if (entry[0] === first) expect(entry[1]).toBe((stored.get(first)?.[1] ?? 0) + 1);
      // Never read: the very tuple that was read from the record.
      else expect(entry).toBe(stored.get(entry[0]));
    }
    expect(aggregateIn(aggregates, 'absent')).toBeUndefined();
  });

  it('sit in the record of their debtor, each record once', () => {
    const rows = aggregateBucketsOf(all);
    expect(new Set(rows.map((r) => r.bucket)).size).toBe(rows.length);
    for (const row of rows) {
      for (const [debtorId] of row.entries) expect(aggregateBucket(debtorId)).toBe(row.bucket);
    }
    expect(rows.length).toBeGreaterThan(1);
  });

  it('give each debtor its latest notice up to the as-of date', () => {
    const aggregate = emptyDebtorAggregate('d1');
    for (const date of ['2026-10-02', '2026-11-20', '2026-12-01']) {
      addNotice(aggregate, { template: 'dernier-avis', date: isoDate(date) }, 1);
    }
    const facts = portfolioFactsOf(
      aggregateBucketsOf([aggregate]),
      isoDate('2026-11-23'),
      [30, 60, 90, 180],
    );
    expect(facts.latestNotice.get('d1')).toBe('2026-11-20');
    // No open item: not aged, as ageByDebtor leaves it out.
    expect(facts.aging.has('d1')).toBe(false);
  });
});
