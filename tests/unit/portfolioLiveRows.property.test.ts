/**
 * The live portfolio's rows, kept per record and built again only for the records a write touched
 * (data/repositories/liveRows.ts), equal the rows built from every record at once, as the
 * dashboard and the debtor list built them before: after any sequence of calls logged, payments,
 * items added or deleted (and 60 at once, which Dexie reports as a range), debtors renamed,
 * reassigned, added or deleted, promises made or kept, cases opened or moved, and the aging
 * boundaries changed; read after several writes, by two views at once. Real IndexedDB
 * (fake-indexeddb), the real middleware keeping the aggregates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portfolioRepo } from '../../renderer/src/data/repositories/portfolio';
import { portfolioSettingsRepo } from '../../renderer/src/data/repositories/portfolioSettings';
import { loadDemoData } from '../../renderer/src/demo';
import { portfolioFactsOf } from '../../renderer/src/domain/aggregateBuckets';
import { isoDate } from '../../renderer/src/domain/dates';
import { buildDebtorSummaries } from '../../renderer/src/domain/debtorSummary';
import { allLastActions } from '../../renderer/src/domain/lastActions';
import type { Case, Invoice, PaymentPromise } from '../../renderer/src/domain/model';
import { cents } from '../../renderer/src/domain/money';
import { entriesOf } from '../../renderer/src/domain/queueSummary';
import { useFreshDb } from './testDb';

const OPTIONS = {
  seed: 11,
  debtors: 48,
  items: 400,
  asOfDate: isoDate('2026-11-23'),
  previousImports: 0,
};

type Op =
  | { kind: 'call'; debtor: number }
  | { kind: 'pay'; item: number }
  | { kind: 'deleteItem'; item: number }
  | { kind: 'addItem'; debtor: number; days: number; euros: number }
  | { kind: 'rename'; debtor: number; name: string }
  | { kind: 'assign'; debtor: number; assignee: string }
  | { kind: 'addDebtor'; n: number }
  | { kind: 'promise'; debtor: number }
  | { kind: 'keepPromise'; promise: number }
  | { kind: 'openCase'; debtor: number }
  | { kind: 'moveCase'; case: number }
  | { kind: 'deleteDebtor'; debtor: number }
  | { kind: 'bulkItems'; debtor: number }
  | { kind: 'boundaries'; first: number };

const index = fc.nat({ max: 999 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('call' as const), debtor: index }),
  fc.record({ kind: fc.constant('pay' as const), item: index }),
  fc.record({ kind: fc.constant('deleteItem' as const), item: index }),
  fc.record({
    kind: fc.constant('addItem' as const),
    debtor: index,
    days: fc.integer({ min: -30, max: 400 }),
    euros: fc.integer({ min: 1, max: 90_000 }),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    debtor: index,
    name: fc.constantFrom('Alpha SAS', 'Zéphyr SARL', 'Bêta & fils'),
  }),
  fc.record({
    kind: fc.constant('assign' as const),
    debtor: index,
    assignee: fc.constantFrom('Camille', 'Julien', 'Nina'),
  }),
  fc.record({ kind: fc.constant('addDebtor' as const), n: index }),
  fc.record({ kind: fc.constant('promise' as const), debtor: index }),
  fc.record({ kind: fc.constant('keepPromise' as const), promise: index }),
  fc.record({ kind: fc.constant('openCase' as const), debtor: index }),
  fc.record({ kind: fc.constant('moveCase' as const), case: index }),
  fc.record({ kind: fc.constant('deleteDebtor' as const), debtor: index }),
  fc.record({ kind: fc.constant('bulkItems' as const), debtor: index }),
  fc.record({ kind: fc.constant('boundaries' as const), first: fc.constantFrom(15, 30, 45) }),
);

/** Ids of the rows the steps add, unique across sequences. */
let serial = 0;

const pick = <T>(rows: readonly T[], i: number): T | undefined =>
  rows[i % Math.max(1, rows.length)];

describe('live portfolio rows kept per record', () => {
  const db = useFreshDb();

  /** The rows from every record at once: the dashboard's build before liveRows.ts. */
  async function rowsFromEveryRecord() {
    const [summaries, aggregates, lastActions, promises, cases, aging] = await Promise.all([
      db().queueSummaries.toArray(),
      db().aggregateBuckets.toArray(),
      db().lastActions.toArray(),
      db().promises.where('status').equals('active').toArray(),
      db().cases.toArray(),
      portfolioSettingsRepo.aging(),
    ]);
    const debtors = entriesOf(summaries).flatMap((entry) => (entry.debtor ? [entry.debtor] : []));
    const facts = portfolioFactsOf(aggregates, OPTIONS.asOfDate, aging.boundaries);
    return buildDebtorSummaries({
      debtors,
      agingByDebtor: facts.aging,
      promises,
      cases,
      lastActivityAt: allLastActions(lastActions),
      notices: facts.latestNotice,
    });
  }

  async function apply(step: Op, n: number): Promise<void> {
    const d = db();
    const debtors = await d.debtors.orderBy('id').toArray();
    const debtor = 'debtor' in step ? pick(debtors, step.debtor) : undefined;
    const at = `2026-11-2${n % 10}T10:00:00.000Z`;
    switch (step.kind) {
      case 'call':
        if (debtor)
          await d.activities.add({
            id: `call-${n}`,
            debtorId: debtor.id,
            type: 'call',
            at,
            by: 'Camille',
            text: 'Appel',
          });
        return;
      case 'pay':
      case 'deleteItem': {
        const item = pick(await d.invoices.orderBy('id').toArray(), step.item);
        if (!item) return;
        if (step.kind === 'deleteItem') await d.invoices.delete(item.id);
        else await d.invoices.update(item.id, { openCents: cents(0), status: 'paid' });
        return;
      }
      case 'addItem': {
        if (!debtor) return;
        const dueDate = isoDate(
          new Date(Date.UTC(2026, 10, 23 - step.days)).toISOString().slice(0, 10),
        );
        const item: Invoice = {
          id: `item-${n}`,
          debtorId: debtor.id,
          number: `P${n}`,
          kind: 'invoice',
          issueDate: dueDate,
          dueDate,
          amountCents: cents(step.euros * 100),
          openCents: cents(step.euros * 100),
          currency: 'EUR',
          status: 'open',
        };
        await d.invoices.add(item);
        return;
      }
      case 'rename':
        if (debtor) await d.debtors.update(debtor.id, { name: step.name });
        return;
      case 'assign':
        if (debtor) await d.debtors.update(debtor.id, { assignee: step.assignee });
        return;
      case 'addDebtor':
        await d.debtors.add({
          id: `new-${n}`,
          accountNo: `411N${n}`,
          name: `Nouveau ${step.n}`,
          addressLines: [],
          contacts: [],
          tags: [],
          status: 'active',
        });
        return;
      case 'promise': {
        if (!debtor) return;
        const promise: PaymentPromise = {
          id: `promise-${n}`,
          debtorId: debtor.id,
          kind: 'promise',
          invoiceIds: [],
          createdAt: at,
          installments: [{ date: isoDate('2026-12-15'), cents: cents(50_000), status: 'pending' }],
          status: 'active',
        };
        await d.promises.add(promise);
        return;
      }
      case 'keepPromise': {
        const promise = pick(await d.promises.orderBy('id').toArray(), step.promise);
        if (promise) await d.promises.update(promise.id, { status: 'kept' });
        return;
      }
      case 'openCase': {
        if (!debtor) return;
        const record: Case = {
          id: `case-${n}`,
          debtorId: debtor.id,
          invoiceIds: [],
          stage: 'mise-en-demeure',
          procedure: 'amiable',
          openedAt: at,
        };
        await d.cases.add(record);
        return;
      }
      case 'deleteDebtor':
        if (debtor) await d.debtors.delete(debtor.id);
        return;
      case 'bulkItems': {
        // Many rows in one write: Dexie reports it as a range, not key by key.
        if (!debtor) return;
        const items: Invoice[] = Array.from({ length: 60 }, (_, i) => ({
          id: `bulk-${n}-${i}`,
          debtorId: debtor.id,
          number: `B${n}-${i}`,
          kind: 'invoice',
          issueDate: isoDate('2026-06-01'),
          dueDate: isoDate('2026-07-01'),
          amountCents: cents(10_000 + i),
          openCents: cents(10_000 + i),
          currency: 'EUR',
          status: 'open',
        }));
        await d.invoices.bulkAdd(items);
        return;
      }
      case 'boundaries':
        await portfolioSettingsRepo.saveAging({ boundaries: [step.first, 60, 90, 180] });
        return;
      case 'moveCase': {
        const record = pick(await d.cases.orderBy('id').toArray(), step.case);
        if (record) await d.cases.update(record.id, { stage: 'procedure' });
        return;
      }
    }
  }

  it('equal the rows built from every record, after any writes, read by two screens at once', async () => {
    await loadDemoData(OPTIONS);
    // Groups of zero to three writes, each group then read by two views at once (the dashboard
    // and the debtor list share the rows kept).
    const groups = fc.array(fc.array(op, { maxLength: 3 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(groups, async (writes) => {
        // Each sequence starts from the rows kept after the previous one: the state carries on,
        // so a shrunk counterexample may need the sequences before it.
        for (const group of writes) {
          for (const step of group) await apply(step, serial++);
          const [first, second] = await Promise.all([portfolioRepo.view(), portfolioRepo.view()]);
          const expected = await rowsFromEveryRecord();
          expect(first.rows).toEqual(expected);
          expect(second.rows).toEqual(expected);
        }
      }),
      { numRuns: 30 },
    );
  });
});
