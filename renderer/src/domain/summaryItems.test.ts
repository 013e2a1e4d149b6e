import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from './dates';
import { itemRows } from './ladderItems';
import type { Invoice, InvoiceKind, InvoiceStatus } from './model';
import { cents } from './money';
import { compareOpenItems, encodeOpenItems, isSummarizedItem, openItemOf } from './queueSummary';
import { decodeOpenItems, openCentsOfItems, SummaryItems } from './summaryItems';

const START = isoDate('2024-01-01');

const item = (index: number): fc.Arbitrary<Invoice> =>
  fc
    .record({
      kind: fc.constantFrom<InvoiceKind>('invoice', 'invoice', 'credit-note', 'unapplied-payment'),
      status: fc.constantFrom<InvoiceStatus>('open', 'open', 'disputed', 'paid'),
      due: fc.integer({ min: 0, max: 10 }),
      openCents: fc.constantFrom(-300, 0, 1, 250, 99_999),
      // Ids and numbers are free text: the separators of the encoding must come back as they were.
      text: fc.constantFrom('', '\u001e', '\u001f', '\u001d', '\u001dr', 'é€'),
      // Most items are in euros; the others keep their currency (and a blank one is the euro).
      currency: fc.constantFrom('EUR', 'EUR', 'USD', 'CHF', ''),
    })
    .map((i) => ({
      id: `i${i.text}${String(index).padStart(2, '0')}`,
      debtorId: 'd1',
      number: `F${index}${i.text}`,
      kind: i.kind,
      dueDate: addDays(START, i.due * 7),
      amountCents: cents(100_000),
      openCents: cents(i.openCents),
      currency: i.currency,
      status: i.status,
    }));

const items = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(i))))
  // The ledger's order: by id (IndexedDB's order of string keys).
  .map((list) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));

/** A day between two due dates, or a due date itself (« overdue » is strictly before today). */
const day = fc
  .tuple(fc.integer({ min: -1, max: 12 }), fc.constantFrom(0, 3))
  .map(([weeks, days]) => addDays(START, weeks * 7 + days));

const summaryOf = (list: readonly Invoice[]) => {
  const open = list.filter(isSummarizedItem).map(openItemOf).sort(compareOpenItems);
  return new SummaryItems('d1', encodeOpenItems(open));
};

describe('a debtor’s items read from the queue summary', () => {
  it('decode to the items encoded, in due date then id order', () => {
    fc.assert(
      fc.property(items, (list) => {
        const open = list.filter(isSummarizedItem).map(openItemOf).sort(compareOpenItems);
        expect(decodeOpenItems('d1', encodeOpenItems(open))).toEqual(open);
      }),
    );
  });

  it('add up to the open amount of the open and disputed items', () => {
    fc.assert(
      fc.property(items, (list) => {
        const open = list.filter(isSummarizedItem);
        const encoded = encodeOpenItems(open.map(openItemOf).sort(compareOpenItems));
        expect(openCentsOfItems(encoded)).toBe(open.reduce((sum, i) => sum + i.openCents, 0));
      }),
    );
  });

  it('answer the ladder as the rows do', () => {
    fc.assert(
      fc.property(
        items,
        day,
        fc.subarray(['i00', 'i01', 'i02', 'i03', 'i04']),
        (list, today, paused) => {
          const rows = itemRows(list.filter(isSummarizedItem));
          const summary = summaryOf(list);
          expect(summary.anyOverdue(today)).toBe(rows.anyOverdue(today));
          expect(summary.overdueOwing(today)).toBe(rows.overdueOwing(today));
          const pausedIds = new Set(
            list.filter((i) => paused.some((p) => i.id.endsWith(p.slice(1)))).map((i) => i.id),
          );
          const expected = rows.reminder(today, pausedIds);
          const got = summary.reminder(today, pausedIds);
          if (!expected) {
            expect(got).toBeNull();
            return;
          }
          expect(
            got && {
              count: got.count,
              amountCents: got.amountCents,
              oldest: { id: got.oldest.id, number: got.oldest.number, dueDate: got.oldest.dueDate },
              list: got.list(),
            },
          ).toEqual({
            count: expected.count,
            amountCents: expected.amountCents,
            oldest: {
              id: expected.oldest.id,
              number: expected.oldest.number,
              dueDate: expected.oldest.dueDate,
            },
            list: expected.list(),
          });
          for (const { id } of list) expect(got?.has(id)).toBe(expected.has(id));
        },
      ),
    );
  });

  it('give the owing invoices due by a day, and every item by id', () => {
    fc.assert(
      fc.property(items, day, (list, bound) => {
        const summary = summaryOf(list);
        const open = list.filter(isSummarizedItem).map(openItemOf);
        expect(summary.owingDueBy(bound)).toEqual(
          open
            .filter((i) => i.kind === 'invoice' && i.openCents > 0 && i.dueDate <= bound)
            .sort(compareOpenItems),
        );
        expect(summary.byId()).toEqual(new Map(open.map((i) => [i.id, i])));
        expect(summary.isEmpty).toBe(open.length === 0);
      }),
    );
  });
});
