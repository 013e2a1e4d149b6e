/**
 * The manager's figures per controller (data/repositories/controllerStats.ts) keep the period's
 * payments and activities and, after a write, read again only the rows written. They equal the
 * figures computed from every payment and activity of the ledger: after any sequence of calls
 * logged inside or outside the period, promises found kept or broken, activities deleted or moved
 * in time, payments added, deleted or re-dated, 30 activities at once (a range for Dexie), and
 * debtors reassigned; read after groups of writes, for one period or another, with the debtors
 * read from the queue summary or handed over by the dashboard's live rows. Real IndexedDB
 * (fake-indexeddb).
 */
import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controllerStatsRepo } from '../../renderer/src/data/repositories/controllerStats';
import { portfolioRepo } from '../../renderer/src/data/repositories/portfolio';
import { portfolioSettingsRepo } from '../../renderer/src/data/repositories/portfolioSettings';
import { loadDemoData } from '../../renderer/src/demo';
import {
  controllerStats,
  type StatsPeriodKind,
  statsPeriod,
} from '../../renderer/src/domain/controllerStats';
import { isoDate } from '../../renderer/src/domain/dates';
import type { Activity } from '../../renderer/src/domain/model';
import { cents } from '../../renderer/src/domain/money';
import { entriesOf } from '../../renderer/src/domain/queueSummary';
import { openCentsOfItems } from '../../renderer/src/domain/summaryItems';
import { useFreshDb } from './testDb';

const TODAY = isoDate('2026-11-23');
const OPTIONS = { seed: 5, debtors: 30, items: 200, asOfDate: TODAY, previousImports: 0 };
const KINDS: StatsPeriodKind[] = ['current-month', 'previous-month', 'last-30-days'];
/** Days from the period's edges and beyond: inside, just outside, far before. */
const DAYS = ['2026-09-15', '2026-10-01', '2026-10-31', '2026-11-01', '2026-11-23', '2026-11-24'];

type Op =
  | { kind: 'call'; debtor: number; day: number; by: number }
  | { kind: 'promiseStatus'; debtor: number; day: number; kept: boolean }
  | { kind: 'deleteActivity'; activity: number }
  | { kind: 'moveActivity'; activity: number; day: number }
  | { kind: 'pay'; debtor: number; day: number; euros: number }
  | { kind: 'deletePayment'; payment: number }
  | { kind: 'redatePayment'; payment: number; day: number }
  | { kind: 'bulkCalls'; debtor: number; day: number }
  | { kind: 'assign'; debtor: number; assignee: number };

const index = fc.nat({ max: 999 });
const day = fc.nat({ max: DAYS.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('call' as const), debtor: index, day, by: fc.nat({ max: 2 }) }),
  fc.record({
    kind: fc.constant('promiseStatus' as const),
    debtor: index,
    day,
    kept: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('deleteActivity' as const), activity: index }),
  fc.record({ kind: fc.constant('moveActivity' as const), activity: index, day }),
  fc.record({
    kind: fc.constant('pay' as const),
    debtor: index,
    day,
    euros: fc.integer({ min: 1, max: 9_000 }),
  }),
  fc.record({ kind: fc.constant('deletePayment' as const), payment: index }),
  fc.record({ kind: fc.constant('redatePayment' as const), payment: index, day }),
  fc.record({ kind: fc.constant('bulkCalls' as const), debtor: index, day }),
  fc.record({ kind: fc.constant('assign' as const), debtor: index, assignee: fc.nat({ max: 2 }) }),
);

const NAMES = ['Camille', 'Julien', 'Nina'];
let serial = 0;

const pick = <T>(rows: readonly T[], i: number): T | undefined =>
  rows[i % Math.max(1, rows.length)];
const dayAt = (i: number) => DAYS[i] ?? TODAY;
const instantOn = (i: number, n: number) =>
  `${dayAt(i)}T${String(8 + (n % 10)).padStart(2, '0')}:00:00.000Z`;

describe('the figures per controller, kept and patched after a write', () => {
  const db = useFreshDb();

  /** The figures from every payment and activity of the ledger, and the debtors as the summary holds them. */
  async function fromEveryRow(kind: StatsPeriodKind) {
    const [settings, summaries, payments, activities] = await Promise.all([
      portfolioSettingsRepo.assignees(),
      db().queueSummaries.toArray(),
      db().payments.toArray(),
      db().activities.toArray(),
    ]);
    const entries = entriesOf(summaries);
    return controllerStats({
      controllers: settings.names,
      debtors: entries.flatMap((entry) => (entry.debtor ? [entry.debtor] : [])),
      openCents: new Map(entries.map((entry) => [entry.debtorId, openCentsOfItems(entry.items)])),
      payments,
      activities,
      period: statsPeriod(kind, TODAY),
    });
  }

  async function apply(step: Op, n: number): Promise<void> {
    const d = db();
    const debtor =
      'debtor' in step ? pick(await d.debtors.orderBy('id').toArray(), step.debtor) : undefined;
    const call = (id: string, debtorId: string, at: string, by = 'Camille'): Activity => ({
      id,
      debtorId,
      type: 'call',
      at,
      by,
      text: 'Appel',
    });
    switch (step.kind) {
      case 'call':
        if (debtor)
          await d.activities.add(
            call(`call-${n}`, debtor.id, instantOn(step.day, n), NAMES[step.by]),
          );
        return;
      case 'promiseStatus':
        if (debtor)
          await d.activities.add({
            id: `status-${n}`,
            debtorId: debtor.id,
            type: 'note',
            at: instantOn(step.day, n),
            by: 'Recouvra',
            text: 'Promesse',
            details: {
              kind: 'promise-status',
              promiseId: `p-${n}`,
              status: step.kept ? 'kept' : 'broken',
            },
          });
        return;
      case 'deleteActivity':
      case 'moveActivity': {
        const activity = pick(await d.activities.orderBy('id').toArray(), step.activity);
        if (!activity) return;
        if (step.kind === 'deleteActivity') await d.activities.delete(activity.id);
        else await d.activities.update(activity.id, { at: instantOn(step.day, n) });
        return;
      }
      case 'pay':
        if (debtor)
          await d.payments.add({
            id: `pay-${n}`,
            debtorId: debtor.id,
            invoiceId: `none-${n}`,
            date: isoDate(dayAt(step.day)),
            cents: cents(step.euros * 100),
            source: 'manual',
            recordedAt: instantOn(step.day, n),
          });
        return;
      case 'deletePayment':
      case 'redatePayment': {
        const payment = pick(await d.payments.orderBy('id').toArray(), step.payment);
        if (!payment) return;
        if (step.kind === 'deletePayment') await d.payments.delete(payment.id);
        else await d.payments.update(payment.id, { date: isoDate(dayAt(step.day)) });
        return;
      }
      case 'bulkCalls':
        if (debtor)
          await d.activities.bulkAdd(
            Array.from({ length: 30 }, (_, i) =>
              call(`bulk-${n}-${i}`, debtor.id, instantOn(step.day, n + i)),
            ),
          );
        return;
      case 'assign':
        if (debtor) await d.debtors.update(debtor.id, { assignee: NAMES[step.assignee] });
        return;
    }
  }

  it('equal the figures from every row, after any writes, for any period', async () => {
    await loadDemoData(OPTIONS);
    await portfolioSettingsRepo.saveAssignees({ names: ['Camille', 'Julien'] });
    const groups = fc.array(fc.tuple(fc.array(op, { maxLength: 3 }), fc.constantFrom(...KINDS)), {
      minLength: 1,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(groups, async (steps) => {
        for (const [writes, kind] of steps) {
          for (const step of writes) await apply(step, serial++);
          const expected = await fromEveryRow(kind);
          expect((await controllerStatsRepo.load(kind, TODAY)).rows).toEqual(expected);
          // As the dashboard asks: with its live rows by record, counted again where written.
          const { parts } = await portfolioRepo.view();
          expect((await controllerStatsRepo.load(kind, TODAY, parts)).rows).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('computed with the rows of before a write, are not given back for the rows after it', async () => {
    await loadDemoData(OPTIONS);
    const { parts: before } = await portfolioRepo.view();
    const open = (await db().invoices.toArray()).find(
      (item) => item.status === 'open' && item.openCents > 0,
    );
    if (!open) throw new Error('aucune pièce ouverte');
    await db().invoices.update(open.id, { status: 'paid', openCents: cents(0) });
    // The controllers' table wakes first, with the dashboard's rows of before the write…
    await controllerStatsRepo.load('current-month', TODAY, before);
    // …then the dashboard's view is built again, at the same write generation.
    const { parts: after } = await portfolioRepo.view();
    const shown = await controllerStatsRepo.load('current-month', TODAY, after);
    expect(shown.rows).toEqual((await controllerStatsRepo.load('current-month', TODAY)).rows);
  });

  it('are drawn again, live, when a payment of the period is corrected in place', async () => {
    await loadDemoData(OPTIONS);
    const [debtor] = await db().debtors.orderBy('id').limit(1).toArray();
    if (!debtor) throw new Error('aucun débiteur');
    await db().payments.add({
      id: 'corrected',
      debtorId: debtor.id,
      invoiceId: 'none',
      date: TODAY,
      cents: cents(10_000),
      source: 'manual',
      recordedAt: `${TODAY}T09:00:00.000Z`,
    });
    const collected: number[] = [];
    const subscription = liveQuery(() =>
      controllerStatsRepo.load('current-month', TODAY),
    ).subscribe((view) =>
      collected.push(view.rows.reduce((sum, row) => sum + row.collectedCents, 0)),
    );
    /** Resolves once the live query has given more than `count` values (3 s at most). */
    const emitted = async (count: number) => {
      for (let i = 0; i < 600 && collected.length <= count; i++)
        await new Promise((resolve) => setTimeout(resolve, 5));
    };
    try {
      await emitted(0);
      const before = collected.at(-1) ?? 0;
      // Neither its key nor its date changes: only the row's own range says it was written.
      await db().payments.update('corrected', { cents: cents(12_500) });
      await emitted(1);
      expect(collected.at(-1)).toBe(before + 2_500);
    } finally {
      subscription.unsubscribe();
    }
  });
});
