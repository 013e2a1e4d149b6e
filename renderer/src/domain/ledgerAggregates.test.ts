import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateBucketsOf, portfolioFactsOf } from './aggregateBuckets';
import { ageByDebtor, approximateBuckets, type BucketBoundaries } from './aging';
import { eurEquivalent, eurNoteOf, isForeign } from './currency';
import { isoDate } from './dates';
import { computeDso } from './dso';
import {
  type AggregatedItem,
  addItem,
  addItemToLedger,
  aggregateLedger,
  agingOfAggregate,
  approximateOfTotals,
  type DebtorAggregate,
  dsoOfTotals,
  emptyDebtorAggregate,
  emptyLedgerTotals,
  eurNoteOfTotals,
  isEmptyAggregate,
} from './ledgerAggregates';
import type { InvoiceKind, InvoiceStatus } from './model';
import { cents } from './money';

const AS_OF = isoDate('2026-11-23');
const DEFAULT: BucketBoundaries = [30, 60, 90, 180];

function item(
  dueDate: string,
  openCents: number,
  extra: Partial<AggregatedItem> = {},
): AggregatedItem {
  return {
    debtorId: 'd1',
    kind: openCents < 0 ? 'credit-note' : 'invoice',
    status: 'open',
    dueDate: isoDate(dueDate),
    issueDate: isoDate(dueDate),
    amountCents: cents(openCents),
    openCents: cents(openCents),
    ...extra,
  };
}

function aggregateOf(items: AggregatedItem[]): DebtorAggregate {
  const aggregate = emptyDebtorAggregate('d1');
  for (const i of items) addItem(aggregate, i, 1);
  return aggregate;
}

describe('a debtor aggregate aged at read time', () => {
  it.each<[string, AggregatedItem[], Partial<ReturnType<typeof agingOfAggregate>>]>([
    ['nothing open', [], { totalCents: cents(0), openItemCount: 0, daysPastDue: 0 }],
    [
      'one invoice 31 days late',
      [item('2026-10-23', 10_000)],
      { totalCents: cents(10_000), overdueCents: cents(10_000), daysPastDue: 31 },
    ],
    [
      'two invoices on the same due date share one entry',
      [item('2026-11-30', 5_000), item('2026-11-30', 7_000)],
      { totalCents: cents(12_000), overdueCents: cents(0), openItemCount: 2, daysPastDue: 0 },
    ],
    [
      'a credit note nets in its own bucket and is not the oldest owed',
      [item('2026-01-01', -3_000), item('2026-11-01', 10_000)],
      {
        totalCents: cents(7_000),
        creditCents: cents(-3_000),
        overdueCents: cents(7_000),
        oldestDueDate: isoDate('2026-11-01'),
        daysPastDue: 22,
      },
    ],
    [
      'a disputed item counts in the buckets and in disputed',
      [item('2026-09-01', 4_000, { status: 'disputed' })],
      { disputedCents: cents(4_000), overdueCents: cents(4_000) },
    ],
    [
      'paid and written-off items are not open',
      [
        item('2026-09-01', 0, { status: 'paid' }),
        item('2026-09-01', 900, { status: 'written-off' }),
      ],
      { totalCents: cents(0), openItemCount: 0 },
    ],
  ])('%s', (_label, items, expected) => {
    const aging = agingOfAggregate(aggregateOf(items), AS_OF, DEFAULT);
    expect(aging).toMatchObject(expected);
    expect(aging).toEqual(ageByDebtor(items, AS_OF, DEFAULT).get('d1') ?? aging);
  });

  it('follows the as-of date and the boundaries without any write', () => {
    const aggregate = aggregateOf([item('2026-10-01', 10_000)]);
    expect(agingOfAggregate(aggregate, isoDate('2026-10-15'), DEFAULT).buckets.d1_30).toBe(10_000);
    expect(agingOfAggregate(aggregate, isoDate('2026-11-15'), DEFAULT).buckets.d31_60).toBe(10_000);
    expect(
      agingOfAggregate(aggregate, isoDate('2026-10-15'), [10, 20, 30, 40]).buckets.d31_60,
    ).toBe(10_000);
  });

  it('removing an item is the exact inverse of adding it (no dead entries)', () => {
    const aggregate = aggregateOf([item('2026-10-01', 10_000)]);
    const other = item('2026-08-01', -2_500, { status: 'disputed', dueDateIsLatest: true });
    addItem(aggregate, other, 1);
    addItem(aggregate, other, -1);
    expect(aggregate).toEqual(aggregateOf([item('2026-10-01', 10_000)]));
    addItem(aggregate, item('2026-10-01', 10_000), -1);
    expect(isEmptyAggregate(aggregate)).toBe(true);
    expect(aggregate.dues).toEqual({});
    expect(aggregate.owed).toEqual({});
  });
});

describe('ledger totals', () => {
  it.each<[string, AggregatedItem[]]>([
    ['empty ledger', []],
    [
      'sales of paid invoices still count',
      [item('2026-10-01', 0, { status: 'paid', amountCents: cents(50_000) })],
    ],
    [
      'unapplied payments are not sales, documents without an issue date neither',
      [
        item('2026-10-01', -4_000, { kind: 'unapplied-payment' }),
        item('2026-09-01', 8_000, { issueDate: undefined }),
        item('2026-11-10', 12_000),
      ],
    ],
    ['a document issued after the as-of date is no receivable', [item('2026-12-10', 12_000)]],
  ])('DSO equals computeDso on the documents: %s', (_label, items) => {
    const { totals } = aggregateLedger(items);
    expect(dsoOfTotals(totals, AS_OF)).toEqual(computeDso(items, AS_OF));
  });

  it.each<[string, AggregatedItem[]]>([
    ['no bounded item', [item('2026-10-01', 1_000)]],
    [
      'a bounded item below the oldest bucket',
      [item('2026-09-01', 1_000, { dueDateIsLatest: true })],
    ],
    [
      'a bounded item already in the oldest bucket',
      [item('2025-01-01', 1_000, { dueDateIsLatest: true })],
    ],
    [
      'two bounded items that net to zero on one date',
      [
        item('2026-09-01', 1_000, { dueDateIsLatest: true }),
        item('2026-09-01', -1_000, { dueDateIsLatest: true }),
      ],
    ],
  ])('approximate buckets equal approximateBuckets: %s', (_label, items) => {
    const { totals } = aggregateLedger(items);
    expect(approximateOfTotals(totals, AS_OF, DEFAULT)).toEqual(
      approximateBuckets(items, AS_OF, DEFAULT),
    );
  });
});

/** The items as euro documents: foreign ones at their rate, those without a rate left out. */
function inEuros(items: Iterable<AggregatedItem>): AggregatedItem[] {
  const out: AggregatedItem[] = [];
  for (const i of items) {
    if (!isForeign(i)) out.push(i);
    else if (i.eurRate !== undefined) {
      out.push({
        ...i,
        amountCents: eurEquivalent(i.amountCents, i.eurRate),
        openCents: eurEquivalent(i.openCents, i.eurRate),
      });
    }
  }
  return out;
}

// Property: any sequence of writes (add, change, delete, and an import's batch or its undo)
// applied incrementally equals the aggregates recomputed from the final items.
const anyDate = fc
  .integer({ min: 0, max: 700 })
  .map((offset) =>
    isoDate(new Date(Date.UTC(2025, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10)),
  );
const anyItem: fc.Arbitrary<AggregatedItem> = fc.record(
  {
    debtorId: fc.constantFrom('a', 'b', 'c', 'd'),
    kind: fc.constantFrom<InvoiceKind>('invoice', 'credit-note', 'unapplied-payment'),
    status: fc.constantFrom<InvoiceStatus>('open', 'disputed', 'paid', 'written-off'),
    issueDate: anyDate,
    dueDate: anyDate,
    amountCents: fc.integer({ min: -100_000, max: 1_000_000 }).map(cents),
    openCents: fc.integer({ min: -100_000, max: 1_000_000 }).map(cents),
    dueDateIsLatest: fc.boolean(),
    // Foreign items with a rate count for their EUR equivalent, without one not at all.
    currency: fc.constantFrom('EUR', 'GBP', 'USD'),
    eurRate: fc.constantFrom(1.165, 0.9274, 0.5),
  },
  { requiredKeys: ['debtorId', 'kind', 'status', 'dueDate', 'amountCents', 'openCents'] },
);
type Op =
  | { type: 'put'; key: number; item: AggregatedItem }
  | { type: 'delete'; key: number }
  | { type: 'batch'; puts: { key: number; item: AggregatedItem }[] }
  | { type: 'undo' };
const key = fc.integer({ min: 0, max: 15 });
const anyOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('put' as const), key, item: anyItem }),
  fc.record({ type: fc.constant('delete' as const), key }),
  fc.record({
    type: fc.constant('batch' as const),
    puts: fc.array(fc.record({ key, item: anyItem }), { maxLength: 10 }),
  }),
  fc.record({ type: fc.constant('undo' as const) }),
);

describe('maintained aggregates equal a full recomputation', () => {
  it('after any sequence of writes, batches and undos of the last batch', () => {
    fc.assert(
      fc.property(fc.array(anyOp, { maxLength: 40 }), anyDate, (ops, asOf) => {
        const items = new Map<number, AggregatedItem>();
        const debtors = new Map<string, DebtorAggregate>();
        const totals = emptyLedgerTotals();
        let lastBatch: Map<number, AggregatedItem | undefined> | null = null;
        const write = (k: number, next: AggregatedItem | undefined) => {
          const old = items.get(k);
          if (old) {
            addItem(debtors.get(old.debtorId) ?? emptyDebtorAggregate(old.debtorId), old, -1);
            addItemToLedger(totals, old, -1);
            const aggregate = debtors.get(old.debtorId);
            if (aggregate && isEmptyAggregate(aggregate)) debtors.delete(old.debtorId);
            items.delete(k);
          }
          if (next) {
            let aggregate = debtors.get(next.debtorId);
            if (!aggregate) {
              aggregate = emptyDebtorAggregate(next.debtorId);
              debtors.set(next.debtorId, aggregate);
            }
            addItem(aggregate, next, 1);
            addItemToLedger(totals, next, 1);
            if (isEmptyAggregate(aggregate)) debtors.delete(next.debtorId);
            items.set(k, next);
          }
        };
        for (const op of ops) {
          if (op.type === 'put') write(op.key, op.item);
          else if (op.type === 'delete') write(op.key, undefined);
          else if (op.type === 'batch') {
            lastBatch = new Map();
            for (const { key: k, item: next } of op.puts) {
              if (!lastBatch.has(k)) lastBatch.set(k, items.get(k));
              write(k, next);
            }
          } else if (lastBatch) {
            for (const [k, previous] of lastBatch) write(k, previous);
            lastBatch = null;
          }
        }
        const expected = aggregateLedger(items.values());
        expect(debtors).toEqual(expected.debtors);
        expect(totals).toEqual(expected.totals);
        // Aged as stored, many debtors to a record (aggregateBuckets.ts).
        const stored = aggregateBucketsOf(debtors.values());
        expect(portfolioFactsOf(stored, asOf, DEFAULT).aging).toEqual(
          ageByDebtor(items.values(), asOf, DEFAULT),
        );
        expect(dsoOfTotals(totals, asOf)).toEqual(computeDso(inEuros(items.values()), asOf));
        expect(eurNoteOfTotals(totals)).toEqual(
          eurNoteOf(
            [...items.values()].filter((i) => i.status === 'open' || i.status === 'disputed'),
          ),
        );
        expect(approximateOfTotals(totals, asOf, DEFAULT)).toEqual(
          approximateBuckets(
            [...items.values()].filter((i) => i.status === 'open' || i.status === 'disputed'),
            asOf,
            DEFAULT,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});
