/**
 * The File d'actions read from the queue summary and the collection history
 * (collectionRepo.queue), and the « Envoi groupé » (collectionRepo.batch), are exactly the ones
 * computed from every row of the ledger, as the queue was computed before either existed: same
 * actions, rows, items, amounts, reasons, failures, callbacks, alerts and controllers, on
 * generated ledgers with promises and plans in every state, disputes, letters, cases at every
 * stage, calls, queue decisions, callbacks, reminders, undos, payments checked, activities no rule
 * reads (e-mails, notes, promise outcomes, dispute notes), closed and excluded debtors, strategic
 * accounts, consumers near prescription, several days and portfolios. And the summary and the
 * history the middleware keeps, through writes, changes, moves, deletes and clears of items,
 * debtors, activities and letters, equal those recomputed from the rows.
 *
 * Real IndexedDB (fake-indexeddb), real repositories and middleware.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { RecouvraDb, setDbForTests } from '../../../renderer/src/data/db';
import { collectionRepo, type QueueData } from '../../../renderer/src/data/repositories/collection';
import { collectionSettingsRepo } from '../../../renderer/src/data/repositories/collectionSettings';
import { settingsRepo } from '../../../renderer/src/data/repositories/settings';
import { prepareSummary } from '../../../renderer/src/data/repositories/summaryState';
import {
  HANDOVERS_SETTINGS_KEY,
  teamPortfoliosRepo,
} from '../../../renderer/src/data/repositories/teamPortfolios';
import { generateDemoPortfolio } from '../../../renderer/src/demo/generator';
import { buildQueue, type QueueAction } from '../../../renderer/src/domain/actionQueue';
import type { QueueDecision } from '../../../renderer/src/domain/activityDetails';
import { CALLBACK_STEP, pendingCallbacks } from '../../../renderer/src/domain/agenda';
import {
  batchCandidates,
  defaultBatchTemplate,
} from '../../../renderer/src/domain/batchCandidates';
import { foldHistory, historyRecordsOf } from '../../../renderer/src/domain/collectionHistory';
import { debtorCollections } from '../../../renderer/src/domain/collectionView';
import { addDays, isoDate } from '../../../renderer/src/domain/dates';
import type {
  Activity,
  ActivityDetails,
  CallOutcome,
  Case,
  CaseStage,
  Debtor,
  ImportRecord,
  Invoice,
  InvoiceKind,
  InvoiceStatus,
  IsoDate,
  Letter,
  PaymentPromise,
  Procedure,
} from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { prescriptionAlerts, promiseAlerts } from '../../../renderer/src/domain/queueAlerts';
import { debtorRows, type QueueRow } from '../../../renderer/src/domain/queueRows';
import { entriesOf, summarizeLedger } from '../../../renderer/src/domain/queueSummary';
import {
  type Handover,
  matchPortfolio,
  type PortfolioScope,
} from '../../../renderer/src/domain/teamPortfolios';

const DEBTORS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
/** Items may name a debtor with no row (« ghost »): they are in no queue. */
const ITEM_DEBTORS = [...DEBTORS, 'ghost'];
const NAMES = ['Camille', 'Julien', 'Nina'];
const TODAYS = ['2026-11-23', '2026-12-20', '2027-02-02'].map(isoDate);
const STEPS = ['relance-1', 'relance-2', 'mise-en-demeure', 'derniere-chance', 'procedure'];
const CHANNELS = ['telephone', 'email', 'courrier-simple', 'lrar', 'dossier'];
const CASE_STAGES: CaseStage[] = [
  'relance-1',
  'relance-2',
  'mise-en-demeure',
  'derniere-chance',
  'procedure',
  'execution',
  'clos',
];
const PROCEDURES: Procedure[] = ['amiable', 'injonction-de-payer', 'execution'];
const OUTCOMES: CallOutcome[] = [
  'promesse',
  'echeancier',
  'litige',
  'rappel',
  'pas-de-reponse',
  'mauvais-numero',
  'facture-renvoyee',
  'deja-paye',
  'refus',
];

/** A day from early 2019 (items near or past prescription) to spring 2027. */
const day = fc
  .integer({ min: 0, max: 3000 })
  .map((offset) => addDays(isoDate('2019-01-01'), offset));
/** Mostly within the months around the days the queue is read. */
const recentDay = fc
  .integer({ min: -200, max: 120 })
  .map((offset) => addDays(TODAYS[0] ?? isoDate('2026-11-23'), offset));
const someDay = fc.oneof({ weight: 4, arbitrary: recentDay }, { weight: 1, arbitrary: day });
const instant = someDay.chain((d) =>
  fc.integer({ min: 0, max: 23 }).map((h) => `${d}T${String(h).padStart(2, '0')}:30:00.000Z`),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const debtor = (id: string): fc.Arbitrary<Debtor> =>
  fc
    .record({
      name: fc.constantFrom('Alpha SAS', 'Béta & Fils', 'Gamma SARL'),
      assignee: maybe(fc.constantFrom(...NAMES, '')),
      tags: fc.subarray(['vip', 'export']),
      status: fc.constantFrom<Debtor['status']>(
        'active',
        'active',
        'active',
        'active',
        'blocked',
        'litigation',
        'closed',
      ),
      isConsumer: maybe(fc.boolean()),
      ladderOverrides: fc.option(
        fc.record(
          {
            exclude: fc.constantFrom(false, false, false, true),
            excludeReason: fc.constantFrom('', 'Client stratégique', ' '),
            strategic: fc.boolean(),
            delays: fc.record({ 'relance-1': fc.integer({ min: 0, max: 20 }) }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined, freq: 3 },
      ),
      contacts: fc.array(
        fc.record(
          {
            name: fc.constant('Contact'),
            phone: fc.constantFrom('', ' ', '01 23 45 67 89'),
            email: fc.constantFrom('', 'compta@exemple.fr'),
          },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 2 },
      ),
      addressLines: fc.constantFrom([], [''], ['1 rue de la Paix']),
      postalCode: maybe(fc.constantFrom('75002', '')),
      city: maybe(fc.constant('Paris')),
      // Learned by bank matching: the summary carries them to the matcher.
      payerIbans: maybe(
        fc.constantFrom(
          [],
          ['FR7630004000031234567890143'],
          ['BE68539007547034', 'DE89370400440532013000'],
        ),
      ),
    })
    .map((d) => {
      const row: Debtor = {
        id,
        accountNo: `411${id}`,
        name: d.name,
        addressLines: [...d.addressLines],
        contacts: d.contacts.map((c, i) => ({ ...c, id: `${id}-c${i}`, role: 'daf' as const })),
        tags: d.tags,
        status: d.status,
      };
      if (d.assignee !== undefined) row.assignee = d.assignee;
      if (d.isConsumer !== undefined) row.isConsumer = d.isConsumer;
      if (d.ladderOverrides !== undefined) row.ladderOverrides = d.ladderOverrides;
      if (d.postalCode !== undefined) row.postalCode = d.postalCode;
      if (d.city !== undefined) row.city = d.city;
      if (d.payerIbans !== undefined) row.payerIbans = [...d.payerIbans];
      return row;
    });

/** Weighted choice: `[value, weight]` pairs. */
const weighted = <T>(...choices: [T, number][]): fc.Arbitrary<T> =>
  fc.oneof(...choices.map(([value, weight]) => ({ weight, arbitrary: fc.constant(value) })));

const item = (index: number, debtorIds: readonly string[]): fc.Arbitrary<Invoice> =>
  fc
    .record({
      debtorId: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...debtorIds) },
        { weight: 1, arbitrary: fc.constant('ghost') },
      ),
      // A number is free text: the summary must give back even its separators.
      suffix: fc.constantFrom('', '', '', '-A', '\u001e\u001f\u001d', ' bis'),
      kind: weighted<InvoiceKind>(['invoice', 8], ['credit-note', 1], ['unapplied-payment', 1]),
      status: weighted<InvoiceStatus>(
        ['open', 14],
        ['disputed', 3],
        ['paid', 2],
        ['written-off', 1],
      ),
      dueDate: someDay,
      openCents: weighted(
        [0, 1],
        [-5_000, 1],
        [12_00, 1],
        [99_99, 2],
        [150_00, 2],
        [4_321_00, 3],
        [80_000_00, 2],
      ),
      currency: weighted(['EUR', 8], ['USD', 1], ['GBP', 1]),
    })
    .map((i) => ({
      id: `i${String(index).padStart(3, '0')}`,
      debtorId: i.debtorId,
      number: `F-${index}${i.suffix}`,
      kind: i.kind,
      dueDate: i.dueDate,
      amountCents: cents(Math.abs(i.openCents) + 100),
      openCents: cents(i.kind === 'invoice' ? i.openCents : -Math.abs(i.openCents)),
      currency: i.currency,
      status: i.status,
    }));

interface Ledger {
  debtors: Debtor[];
  items: Invoice[];
  promises: PaymentPromise[];
  cases: Case[];
  letters: Letter[];
  activities: Activity[];
}

/** An action key some item of the debtor could be the anchor of, or a callback's key. */
const actionKey = (debtorId: string, items: readonly Invoice[], activityIds: readonly string[]) => {
  const dates = items.filter((i) => i.debtorId === debtorId).map((i) => i.dueDate);
  return fc.oneof(
    fc
      .record({
        step: fc.constantFrom(...STEPS),
        anchor: dates.length > 0 ? fc.constantFrom(...dates) : recentDay,
        channel: fc.constantFrom(...CHANNELS),
      })
      .map(({ step, anchor, channel }) => `${debtorId}|${step}|${anchor}|${channel}`),
    activityIds.length > 0
      ? fc.constantFrom(...activityIds).map((id) => `${debtorId}|${CALLBACK_STEP}|${id}|telephone`)
      : fc.constant(`${debtorId}|relance-1|2026-01-01|telephone`),
  );
};

const decision: fc.Arbitrary<QueueDecision> = fc.oneof(
  fc.constant({ kind: 'done' as const }),
  fc.constant({ kind: 'skipped' as const, reason: 'Inutile' }),
  recentDay.map((until) => ({ kind: 'snoozed' as const, until })),
  fc.constantFrom(...NAMES).map((to) => ({ kind: 'reassigned' as const, to })),
  fc.constant({ kind: 'failed' as const, reason: 'Numéro erroné' }),
);

function activity(index: number, ledger: Omit<Ledger, 'activities'>, earlier: readonly string[]) {
  const id = `a${String(index).padStart(3, '0')}`;
  return fc.constantFrom(...DEBTORS).chain((debtorId) => {
    const own = ledger.items.filter((i) => i.debtorId === debtorId).map((i) => i.id);
    const details: fc.Arbitrary<ActivityDetails> = fc.oneof(
      fc.record({
        kind: fc.constant('queue-decision' as const),
        actionKey: actionKey(debtorId, ledger.items, earlier),
        decision,
      }),
      fc
        .record(
          {
            outcome: fc.constantFrom(...OUTCOMES),
            actionKey: actionKey(debtorId, ledger.items, earlier),
            callBackOn: recentDay,
          },
          { requiredKeys: ['outcome'] },
        )
        .map((call) => ({ kind: 'call' as const, ...call })),
      recentDay.map((date) => ({ kind: 'reminder' as const, date })),
      fc
        .subarray([...earlier, 'a999'], { minLength: 1 })
        .map((activityIds) => ({ kind: 'undo' as const, activityIds })),
      fc.record({
        kind: fc.constant('payment-entry' as const),
        date: recentDay,
        receivedCents: fc.constantFrom(0, 50_00).map(cents),
      }),
      recentDay.map((date) => ({ kind: 'acknowledgement' as const, date })),
      fc.constant({ kind: 'dispute-opened' as const, disputeId: 'x', category: 'prix' as const }),
      // Read by no collection rule: the collection history leaves them out.
      fc.constant({ kind: 'dispute-note' as const, disputeId: 'x' }),
      fc.constantFrom('kept' as const, 'broken' as const).map((status) => ({
        kind: 'promise-status' as const,
        promiseId: 'p0',
        status,
      })),
    );
    return fc
      .record({
        at: instant,
        details,
        invoiceIds: maybe(fc.subarray(own)),
        hasDetails: fc.boolean(),
        otherType: fc.constantFrom<Activity['type']>('note', 'note', 'email', 'letter', 'action'),
      })
      .map(({ at, details, invoiceIds, hasDetails, otherType }): Activity => {
        const type = details.kind === 'call' ? 'call' : otherType;
        return {
          id,
          debtorId,
          type,
          at,
          by: 'test',
          text: `Activité ${index}`,
          ...(invoiceIds ? { invoiceIds } : {}),
          ...(hasDetails || details.kind === 'undo' ? { details } : {}),
        };
      });
  });
}

const ledger: fc.Arbitrary<Ledger> = fc
  .subarray(DEBTORS, { minLength: 1 })
  .chain((ids) =>
    fc.record({
      debtors: fc.tuple(...ids.map((id) => debtor(id))),
      items: fc
        .integer({ min: 0, max: 30 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(i, ids)))),
    }),
  )
  .chain(({ debtors, items }) => {
    const promise = (index: number) =>
      fc.constantFrom(...DEBTORS).chain((debtorId) => {
        const own = items.filter((i) => i.debtorId === debtorId).map((i) => i.id);
        return fc
          .record({
            kind: fc.constantFrom<PaymentPromise['kind']>('promise', 'plan'),
            invoiceIds: fc.subarray([...own, 'i999', items[0]?.id ?? 'i998']),
            createdAt: instant,
            installments: fc.array(
              fc.record({
                date: recentDay,
                cents: fc.constantFrom(50_00, 1_000_00).map(cents),
                status: fc.constantFrom<'pending' | 'paid' | 'missed'>('pending', 'paid', 'missed'),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            status: fc.constantFrom<PaymentPromise['status']>(
              'active',
              'active',
              'kept',
              'broken',
              'cancelled',
            ),
            startOpenCents: maybe(fc.constantFrom(100_00, 5_000_00).map(cents)),
          })
          .map((p): PaymentPromise => {
            const { startOpenCents, ...rest } = p;
            return {
              id: `p${index}`,
              debtorId,
              ...rest,
              ...(startOpenCents !== undefined ? { startOpenCents } : {}),
            };
          });
      });
    const aCase = (index: number) =>
      fc
        .record({
          debtorId: fc.constantFrom(...DEBTORS),
          stage: fc.constantFrom(...CASE_STAGES),
          openedAt: instant,
          procedure: fc.constantFrom(...PROCEDURES),
          closedAt: maybe(instant),
        })
        .map(
          ({ closedAt, ...c }): Case => ({
            id: `c${index}`,
            invoiceIds: [],
            ...c,
            ...(closedAt ? { closedAt } : {}),
          }),
        );
    const letter = (index: number) =>
      fc
        .record({
          debtorId: fc.constantFrom(...DEBTORS),
          template: fc.constantFrom('relance-1', 'relance-2', 'mise-en-demeure', 'releve'),
          date: recentDay,
        })
        .map(
          (l): Letter => ({
            id: `l${index}`,
            invoiceIds: [],
            sendMethod: 'email',
            pdfSha256: '0'.repeat(64),
            createdAt: `${l.date}T09:00:00.000Z`,
            ...l,
          }),
        );
    const many = <T>(make: (i: number) => fc.Arbitrary<T>, max: number) =>
      fc
        .integer({ min: 0, max })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(i))));
    return fc
      .record({ promises: many(promise, 4), cases: many(aCase, 2), letters: many(letter, 5) })
      .chain((rows) => {
        const base = { debtors, items, ...rows };
        // Each activity may undo or name the earlier ones.
        let chain: fc.Arbitrary<Activity[]> = fc.constant([]);
        const count = 14;
        for (let i = 0; i < count; i++) {
          chain = chain.chain((done) =>
            fc.oneof(
              fc.constant(done),
              activity(
                i,
                base,
                done.map((a) => a.id),
              ).map((a) => [...done, a]),
            ),
          );
        }
        return chain.map((activities) => ({ ...base, activities }));
      });
  });

/** A change made after the first write: the summary must follow every kind of write. */
type Change =
  | { kind: 'item'; index: number; status: InvoiceStatus; openCents: number; dueShift: number }
  | { kind: 'delete-item'; index: number }
  | { kind: 'move-item'; index: number; debtorId: string }
  | { kind: 'debtor'; index: number; assignee: string | undefined; status: Debtor['status'] }
  | { kind: 'delete-debtor'; index: number }
  | { kind: 'clear-items' }
  | { kind: 'delete-activity'; index: number }
  | { kind: 'move-activity'; index: number; debtorId: string }
  | { kind: 'letter-date'; index: number; shift: number }
  | { kind: 'delete-letter'; index: number }
  | { kind: 'clear-activities' }
  | { kind: 'promise'; index: number; status: PaymentPromise['status'] }
  | { kind: 'delete-promise'; index: number }
  | { kind: 'case'; index: number; stage: CaseStage }
  | { kind: 'import'; shift: number }
  | { kind: 'ladder-delay'; days: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('item' as const),
      index: fc.nat(30),
      status: fc.constantFrom<InvoiceStatus>('open', 'disputed', 'paid'),
      openCents: fc.constantFrom(0, 10_00, 2_000_00),
      dueShift: fc.integer({ min: -60, max: 60 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete-item' as const), index: fc.nat(30) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move-item' as const),
      index: fc.nat(30),
      debtorId: fc.constantFrom(...ITEM_DEBTORS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('debtor' as const),
      index: fc.nat(6),
      assignee: maybe(fc.constantFrom(...NAMES)),
      status: fc.constantFrom<Debtor['status']>('active', 'closed'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete-debtor' as const), index: fc.nat(6) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear-items' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete-activity' as const), index: fc.nat(14) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move-activity' as const),
      index: fc.nat(14),
      debtorId: fc.constantFrom(...DEBTORS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('letter-date' as const),
      index: fc.nat(5),
      shift: fc.integer({ min: -40, max: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete-letter' as const), index: fc.nat(5) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear-activities' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('promise' as const),
      index: fc.nat(4),
      status: fc.constantFrom<PaymentPromise['status']>('active', 'kept', 'broken', 'cancelled'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete-promise' as const), index: fc.nat(4) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('case' as const),
      index: fc.nat(2),
      stage: fc.constantFrom(...CASE_STAGES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      shift: fc.integer({ min: -90, max: 30 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('ladder-delay' as const),
      days: fc.integer({ min: 0, max: 30 }),
    }),
  },
);

/** The row at `index` (modulo the table's size), if any. */
const nth = <T>(rows: readonly T[], index: number): T | undefined =>
  rows[index % Math.max(1, rows.length)];

async function applyChange(db: RecouvraDb, c: Change, today: IsoDate): Promise<void> {
  if (c.kind === 'promise' || c.kind === 'delete-promise') {
    const target = nth(await db.promises.toArray(), c.index);
    if (!target) return;
    if (c.kind === 'delete-promise') await db.promises.delete(target.id);
    else await db.promises.put({ ...target, status: c.status });
    return;
  }
  if (c.kind === 'case') {
    const target = nth(await db.cases.toArray(), c.index);
    if (target) await db.cases.put({ ...target, stage: c.stage });
    return;
  }
  if (c.kind === 'import') {
    const asOfDate = addDays(today, c.shift);
    await db.imports.put({
      id: `import-${crypto.randomUUID()}`,
      fileName: 'balance.xlsx',
      sha256: '1'.repeat(64),
      asOfDate,
      importedAt: new Date().toISOString(),
      mapping: {},
      counts: { rows: 0, debtors: 0, items: 0 },
      diff: { newItems: 0, changedItems: 0, closedItems: 0, unchangedItems: 0 },
      undoable: false,
    });
    return;
  }
  if (c.kind === 'ladder-delay') {
    const ladder = await collectionSettingsRepo.ladder();
    const [first, ...rest] = ladder.steps;
    if (first)
      await collectionSettingsRepo.saveLadder({
        ...ladder,
        steps: [{ ...first, delayDays: c.days }, ...rest],
      });
    return;
  }
  if (c.kind === 'clear-items') {
    await db.invoices.clear();
    return;
  }
  if (c.kind === 'clear-activities') {
    await db.activities.clear();
    return;
  }
  if (c.kind === 'delete-activity' || c.kind === 'move-activity') {
    const target = nth(await db.activities.toArray(), c.index);
    if (!target) return;
    if (c.kind === 'delete-activity') await db.activities.delete(target.id);
    else await db.activities.put({ ...target, debtorId: c.debtorId });
    return;
  }
  if (c.kind === 'letter-date' || c.kind === 'delete-letter') {
    const target = nth(await db.letters.toArray(), c.index);
    if (!target) return;
    if (c.kind === 'delete-letter') await db.letters.delete(target.id);
    else await db.letters.put({ ...target, date: addDays(target.date, c.shift) });
    return;
  }
  if (c.kind === 'debtor' || c.kind === 'delete-debtor') {
    const all = await db.debtors.toArray();
    const target = all[c.index % Math.max(1, all.length)];
    if (!target) return;
    if (c.kind === 'delete-debtor') await db.debtors.delete(target.id);
    else {
      const { assignee: _old, ...rest } = target;
      await db.debtors.put({
        ...rest,
        status: c.status,
        ...(c.assignee ? { assignee: c.assignee } : {}),
      });
    }
    return;
  }
  const all = await db.invoices.toArray();
  const target = all[c.index % Math.max(1, all.length)];
  if (!target) return;
  if (c.kind === 'delete-item') await db.invoices.delete(target.id);
  else if (c.kind === 'move-item') {
    const taken = await db.invoices
      .where('[debtorId+number]')
      .equals([c.debtorId, target.number])
      .count();
    if (taken === 0) await db.invoices.put({ ...target, debtorId: c.debtorId });
  } else {
    await db.invoices.put({
      ...target,
      status: c.status,
      openCents: cents(target.kind === 'invoice' ? c.openCents : -c.openCents),
      dueDate: addDays(target.dueDate, c.dueShift),
    });
  }
}

/**
 * Every debtor's collection state from the ledger's own rows, as computed before the summary and
 * the history existed. `items`: the open items in the order a reader gets them.
 */
async function collectionsFromEveryRow(
  db: RecouvraDb,
  today: IsoDate,
  items: Promise<Invoice[]> = db.invoices.where('status').anyOf('open', 'disputed').toArray(),
  onlyPromised = false,
) {
  const [debtors, open, promises, cases, activities, letters, imports, ladder] = await Promise.all([
    db.debtors.toArray(),
    items,
    db.promises.toArray(),
    db.cases.toArray(),
    db.activities.toArray(),
    db.letters.toArray(),
    db.imports.toArray(),
    collectionSettingsRepo.ladder(),
  ]);
  const latest = imports.reduce<ImportRecord | undefined>(
    (best, r) => (!best || r.importedAt > best.importedAt ? r : best),
    undefined,
  );
  const promised = new Set(promises.map((p) => p.debtorId));
  const collections = debtorCollections({
    today,
    ladder,
    debtors: onlyPromised ? debtors.filter((d) => promised.has(d.id)) : debtors,
    items: open,
    promises,
    cases,
    activities,
    letters,
    latestImportAsOf: latest?.asOfDate,
  });
  return { collections, debtors, ladder };
}

/**
 * The queue as it was computed before the summary: every debtor, open item, promise, case,
 * activity and letter read, the collection state of each debtor from its rows, then the queue,
 * rows and alerts as collectionRepo.queue assembled them.
 */
async function queueFromEveryRow(db: RecouvraDb, today: IsoDate, scope: PortfolioScope) {
  const [{ collections, debtors }, context] = await Promise.all([
    collectionsFromEveryRow(db, today),
    teamPortfoliosRepo.context(today),
  ]);
  const match = (assignee: string | undefined) =>
    matchPortfolio(assignee, scope, context.user, context.active);
  const all = buildQueue(collections, today);
  const actions = all.actions.flatMap((action) => {
    const found = match(action.assignee);
    if (!found) return [];
    return [found.entrustedBy ? { ...action, entrustedBy: found.entrustedBy } : action];
  });
  const mine = collections.filter((c) => match(c.debtor.assignee) !== null);
  const tags = new Map(debtors.map((d) => [d.id, d.tags]));
  const callbacks = mine.flatMap((c) =>
    pendingCallbacks(c.debtor.id, c.activities).map((callback) => ({
      ...callback,
      debtorName: c.debtor.name,
      accountNo: c.debtor.accountNo,
      ...(c.debtor.assignee ? { assignee: c.debtor.assignee } : {}),
    })),
  );
  return {
    queue: { ...all, actions },
    rows: debtorRows(actions, (id) => tags.get(id) ?? [], callbacks, today),
    promiseAlerts: promiseAlerts(mine, today),
    prescriptionAlerts: prescriptionAlerts(mine, today),
    controllers: context.controllers,
  };
}

/** The « Envoi groupé » as it was computed before the summary, from every row. */
async function batchFromEveryRow(db: RecouvraDb, today: IsoDate, templateId: string | undefined) {
  const { collections, ladder } = await collectionsFromEveryRow(db, today);
  const order = ladder.steps.flatMap((s) => (s.templateId ? [s.templateId] : []));
  const chosen = templateId ?? defaultBatchTemplate(collections, order, today) ?? 'relance-1';
  return {
    templateId: chosen,
    candidates: batchCandidates(collections, chosen, today, order.includes(chosen)),
  };
}

/** The Promesses view as it was computed before: every debtor with a promise, from every row. */
async function promisesFromEveryRow(db: RecouvraDb, today: IsoDate) {
  // In id order, as the view reads them per debtor.
  const items = db.invoices.filter((i) => i.status === 'open' || i.status === 'disputed').toArray();
  return (await collectionsFromEveryRow(db, today, items, true)).collections;
}

/** Actions with their items listed (the lists are read when asked for). */
const plainAction = (action: QueueAction) => ({ ...action, items: action.items.list() });
const plainRow = (row: QueueRow) => ({ ...row, actions: row.actions.map(plainAction) });
const plain = (
  data: Pick<QueueData, 'queue' | 'rows' | 'promiseAlerts' | 'prescriptionAlerts' | 'controllers'>,
) => ({
  queue: { ...data.queue, actions: data.queue.actions.map(plainAction) },
  rows: data.rows.map(plainRow),
  promiseAlerts: data.promiseAlerts,
  prescriptionAlerts: data.prescriptionAlerts,
  controllers: data.controllers,
});

const scopes: fc.Arbitrary<PortfolioScope> = fc.constantFrom<PortfolioScope>(
  { kind: 'all' },
  { kind: 'all' },
  { kind: 'all' },
  { kind: 'mine' },
  { kind: 'unassigned' },
  { kind: 'assignee', name: 'Camille' },
);

async function withDb<T>(work: (db: RecouvraDb) => Promise<T>): Promise<T> {
  const db = new RecouvraDb(`queue-summary-${crypto.randomUUID()}`);
  setDbForTests(db);
  try {
    return await work(db);
  } finally {
    setDbForTests(null);
    await db.delete();
  }
}

async function write(db: RecouvraDb, rows: Ledger, importAsOf: IsoDate | undefined) {
  await db.transaction(
    'rw',
    [db.debtors, db.invoices, db.promises, db.cases, db.letters, db.activities, db.imports],
    async () => {
      await db.debtors.bulkPut(rows.debtors);
      // Items one by one and in bulk: both write paths of the middleware.
      const [first, ...rest] = rows.items;
      if (first) await db.invoices.put(first);
      await db.invoices.bulkPut(rest);
      await db.promises.bulkPut(rows.promises);
      await db.cases.bulkPut(rows.cases);
      await db.letters.bulkPut(rows.letters);
      await db.activities.bulkPut(rows.activities);
      if (importAsOf) {
        await db.imports.put({
          id: 'import-1',
          fileName: 'balance.xlsx',
          sha256: '0'.repeat(64),
          asOfDate: importAsOf,
          importedAt: `${importAsOf}T18:00:00.000Z`,
          mapping: {},
          counts: { rows: 0, debtors: 0, items: 0 },
          diff: { newItems: 0, changedItems: 0, closedItems: 0, unchangedItems: 0 },
          undoable: false,
        });
      }
    },
  );
}

async function expectSummaryInStep(db: RecouvraDb) {
  const stored = entriesOf(await db.queueSummaries.toArray());
  expect(stored).toEqual(summarizeLedger(await db.debtors.toArray(), await db.invoices.toArray()));
  expect(foldHistory(await db.collectionHistory.toArray())).toEqual(
    historyRecordsOf(await db.activities.toArray(), await db.letters.toArray()),
  );
}

/** The queue and the batch read from the summary equal those computed from every row. */
async function expectAsFromEveryRow(
  db: RecouvraDb,
  today: IsoDate,
  scope: PortfolioScope,
  template: string | undefined,
): Promise<void> {
  expect(plain(await collectionRepo.queue(today, scope))).toEqual(
    plain(await queueFromEveryRow(db, today, scope)),
  );
  expect(await collectionRepo.batch(today, template)).toEqual(
    await batchFromEveryRow(db, today, template),
  );
}

describe('the File d’actions from the queue summary', () => {
  it('equals the queue computed from every row of the ledger', async () => {
    await fc.assert(
      fc.asyncProperty(
        ledger,
        fc.constantFrom(...TODAYS),
        scopes,
        maybe(fc.constantFrom(...NAMES)),
        fc.boolean(),
        maybe(recentDay),
        fc.array(change, { maxLength: 14 }),
        // The batch's template: the default one, a ladder step's, or one no step prints.
        fc.constantFrom(undefined, 'relance-2', 'mise-en-demeure', 'releve'),
        // The state made ready in idle time before the first reading (the dashboard does it).
        fc.boolean(),
        async (rows, today, scope, user, handover, importAsOf, changes, template, prepared) =>
          withDb(async (db) => {
            await write(db, rows, importAsOf);
            await collectionSettingsRepo.saveCurrentUser(user ?? null);
            if (handover) {
              const entrusted: Handover = {
                id: 'h1',
                from: 'Camille',
                to: 'Julien',
                start: addDays(today, -2),
                end: addDays(today, 3),
                by: 'test',
                createdAt: `${today}T08:00:00.000Z`,
              };
              await settingsRepo.set(HANDOVERS_SETTINGS_KEY, { handovers: [entrusted] });
            }
            await expectSummaryInStep(db);
            if (prepared) await collectionRepo.prepareQueue(today);
            await expectAsFromEveryRow(db, today, scope, template);
            expect(await collectionRepo.withPromises(today)).toEqual(
              await promisesFromEveryRow(db, today),
            );
            // Read after each change: the state kept since the previous read is evaluated again
            // only where the change touched it (data/repositories/summaryState).
            for (const c of changes) {
              await applyChange(db, c, today);
              await expectSummaryInStep(db);
              // Made ready again after a change: only the records it touched are evaluated.
              if (prepared) await collectionRepo.prepareQueue(today);
              await expectAsFromEveryRow(db, today, scope, template);
            }
          }),
      ),
      { numRuns: 60 },
    );
  }, 240_000);

  it('after each write of the history, read again only where written, equals the queue from every row', async () => {
    // Letters moved one after another: each write adds a change to a history record, and the
    // ninth of a record folds them in (data/aggregates/historyStore). The state kept reads back
    // only the rows written (data/repositories/summaryState).
    const letterMove = fc.record({
      kind: fc.constant('letter-date' as const),
      index: fc.nat(5),
      shift: fc.integer({ min: -40, max: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(
        ledger,
        fc.constantFrom(...TODAYS),
        fc.array(letterMove, { minLength: 10, maxLength: 20 }),
        async (rows, today, moves) =>
          withDb(async (db) => {
            await write(db, rows, today);
            const all: PortfolioScope = { kind: 'all' };
            await collectionRepo.queue(today, all);
            for (const move of moves) {
              await applyChange(db, move, today);
              await expectAsFromEveryRow(db, today, all, undefined);
            }
          }),
      ),
      { numRuns: 25 },
    );
  }, 240_000);

  it('after a letter is moved, reads back the history change only, not the records', async () => {
    const rows = fc.sample(ledger, { numRuns: 30, seed: 23 }).find((r) => r.letters.length > 0);
    const [today] = TODAYS;
    const all: PortfolioScope = { kind: 'all' };
    if (!rows || !today) throw new Error('no ledger with letters sampled');
    await withDb(async (db) => {
      await write(db, rows, today);
      await collectionRepo.queue(today, all);
      await applyChange(db, { kind: 'letter-date', index: 0, shift: -30 }, today);
      const summaries = vi.spyOn(db.queueSummaries, 'bulkGet');
      const history = vi.spyOn(db.collectionHistory, 'bulkGet');
      const data = await collectionRepo.queue(today, all);
      // No summary read again; of the history, only changes (keys [bucket, sequence]).
      expect(summaries.mock.calls.flatMap(([keys]) => keys)).toEqual([]);
      const historyKeys = history.mock.calls.flatMap(([keys]) => keys);
      expect(historyKeys.length).toBeGreaterThan(0);
      expect(historyKeys.every((key) => Array.isArray(key))).toBe(true);
      expect(plain(data)).toEqual(plain(await queueFromEveryRow(db, today, all)));
    });
  });

  it('evaluated a slice of debtors per task, equals the queue from every row', async () => {
    // 4,000 debtors: some 250 to a record of the summary, so that a screen evaluating several
    // records cuts each into slices (summaryState, DEBTORS_PER_SLICE).
    const today = isoDate('2026-11-23');
    const data = generateDemoPortfolio({ seed: 7, debtors: 4_000, items: 8_000, asOfDate: today });
    const all: PortfolioScope = { kind: 'all' };
    await withDb(async (db) => {
      await db.transaction('rw', [db.debtors, db.invoices, db.promises], async () => {
        await db.debtors.bulkPut(data.debtors);
        await db.invoices.bulkPut(data.invoices);
        await db.promises.bulkPut(data.promises.map((p) => p.promise));
      });
      await expectAsFromEveryRow(db, today, all, undefined);
      // Debtors of several records change: those records are evaluated again, in slices.
      const changed = data.debtors.slice(0, 40).map((d) => ({ ...d, status: 'closed' as const }));
      await db.debtors.bulkPut(changed);
      await expectAsFromEveryRow(db, today, all, undefined);
    });
  }, 120_000);

  it('made ready in idle time, is reused by the first reading; a reading meanwhile stops it', async () => {
    const [rows] = fc.sample(ledger, { numRuns: 1, seed: 17 });
    const [today] = TODAYS;
    const all: PortfolioScope = { kind: 'all' };
    if (!rows || !today) throw new Error('no ledger sampled');
    await withDb(async (db) => {
      await write(db, rows, today);
      await collectionRepo.prepareQueue(today);
      const reads = [
        vi.spyOn(db.queueSummaries, 'toArray'),
        vi.spyOn(db.queueSummaries, 'bulkGet'),
        vi.spyOn(db.queueSummaries, 'get'),
        vi.spyOn(db.collectionHistory, 'toArray'),
      ];
      const data = await collectionRepo.queue(today, all);
      for (const read of reads) expect(read).not.toHaveBeenCalled();
      expect(data.rows.length).toBeGreaterThan(0);
      expect(plain(data)).toEqual(plain(await queueFromEveryRow(db, today, all)));
    });
    await withDb(async (db) => {
      await write(db, rows, today);
      const preparing = prepareSummary(today);
      const reading = collectionRepo.queue(today, all);
      expect(await preparing).toBe(false);
      expect(plain(await reading)).toEqual(plain(await queueFromEveryRow(db, today, all)));
    });
    // A write heard while the evaluation is under way (made as it reads the ladder): the queue
    // is not assembled from a state already stale (the next preparation does it), and the queue
    // read is the right one. A write to a table the state does not read leaves it be.
    const duringEvaluation = (write: () => Promise<unknown>) => {
      const ladder = collectionSettingsRepo.ladder.bind(collectionSettingsRepo);
      return vi.spyOn(collectionSettingsRepo, 'ladder').mockImplementationOnce(async () => {
        await write();
        return ladder();
      });
    };
    await withDb(async (db) => {
      await write(db, rows, today);
      const debtor = rows.debtors[0];
      if (!debtor) throw new Error('no debtor sampled');
      const spy = duringEvaluation(() => db.debtors.put({ ...debtor, status: 'closed' }));
      expect(await collectionRepo.prepareQueue(today)).toBe(false);
      spy.mockRestore();
      expect(await collectionRepo.prepareQueue(today)).toBe(true);
      expect(plain(await collectionRepo.queue(today, all))).toEqual(
        plain(await queueFromEveryRow(db, today, all)),
      );
      const unread = duringEvaluation(() =>
        db.audit.add({
          id: 'a-1',
          at: '2026-11-23T10:00:00.000Z',
          by: 'Camille',
          action: 'consultation',
          entity: 'debtor',
        }),
      );
      await db.debtors.put({ ...debtor, status: 'active' });
      expect(await collectionRepo.prepareQueue(today)).toBe(true);
      expect(unread).toHaveBeenCalled();
      unread.mockRestore();
    });
  });
});
