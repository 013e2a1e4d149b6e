import { describe, expect, it } from 'vitest';
import { batchCandidates, defaultBatchTemplate } from './batchCandidates';
import { debtorCollections } from './collectionView';
import { addDays, isoDate } from './dates';
import type { Ladder } from './ladder';
import type { Debtor, Invoice, PaymentPromise } from './model';
import { cents, formatEuros } from './money';

const TODAY = isoDate('2026-11-23');

/** Two one-channel steps: Relance 1 by e-mail at J+5, Relance 2 by letter at J+15. */
const LADDER: Ladder = {
  steps: [
    {
      id: 'r1',
      label: 'Relance 1',
      delayDays: 5,
      from: 'due-date',
      channels: ['email'],
      templateId: 'relance-1',
      minimumCents: 0,
    },
    {
      id: 'r2',
      label: 'Relance 2',
      delayDays: 15,
      from: 'due-date',
      channels: ['courrier-simple'],
      templateId: 'relance-2',
      minimumCents: 0,
    },
  ],
  promiseGraceDays: 3,
  minimumGapDays: 0,
};

function debtor(id: string): Debtor {
  return {
    id,
    accountNo: `411${id}`,
    name: `Société ${id}`,
    addressLines: ['1 rue de la Paix'],
    postalCode: '75002',
    city: 'Paris',
    contacts: [],
    tags: [],
    status: 'active',
  };
}

function item(
  id: string,
  debtorId: string,
  daysLate: number,
  euros: number,
  status: Invoice['status'] = 'open',
): Invoice {
  return {
    id,
    debtorId,
    number: id,
    kind: 'invoice',
    dueDate: addDays(TODAY, -daysLate),
    amountCents: cents(euros * 100),
    openCents: cents(euros * 100),
    currency: 'EUR',
    status,
  };
}

function promise(
  id: string,
  debtorId: string,
  kind: 'promise' | 'plan',
  invoiceIds: string[],
  euros: number[],
): PaymentPromise {
  return {
    id,
    debtorId,
    kind,
    invoiceIds,
    createdAt: `${TODAY}T08:00:00Z`,
    installments: euros.map((e, i) => ({
      date: addDays(TODAY, 10 * (i + 1)),
      cents: cents(e * 100),
      status: 'pending',
    })),
    status: 'active',
    startOpenCents: cents(euros.reduce((a, b) => a + b, 0) * 100),
  };
}

const collections = debtorCollections({
  today: TODAY,
  ladder: LADDER,
  debtors: ['a', 'b', 'c', 'd', 'e', 'f'].map(debtor),
  items: [
    item('A1', 'a', 10, 100),
    item('B1', 'b', 20, 200),
    item('C1', 'c', 10, 50_000),
    item('D1', 'd', 10, 300),
    item('E1', 'e', 10, 400, 'disputed'),
    item('F1', 'f', 10, 1000),
    item('F2', 'f', 8, 70),
  ],
  promises: [
    promise('pc', 'c', 'promise', ['C1'], [50_000]),
    promise('pd', 'd', 'plan', ['D1'], [100, 100, 100]),
    promise('pf', 'f', 'promise', ['F1'], [1000]),
  ],
  cases: [],
  activities: [],
  letters: [{ debtorId: 'b', template: 'relance-1', date: addDays(TODAY, -14) }],
});

describe('batch candidates', () => {
  it.each([
    [
      'relance-1',
      [
        ['a', 'Relance 1', 10000, ['A1'], undefined, false],
        // Due, the amount without the item under promise, the promise shown.
        ['f', 'Relance 1', 7000, ['F2'], undefined, true],
        // Held: greyed with the ladder's reason, never selected.
        ['c', 'Échelle suspendue', 0, [], 'Promesse de paiement en cours', true],
        ['d', 'Échelle suspendue', 0, [], 'Échéancier en cours', true],
        ['e', 'Échelle suspendue', 0, [], 'Pièces échues en litige', false],
      ],
    ],
    [
      'relance-2',
      [
        ['b', 'Relance 2', 20000, ['B1'], undefined, false],
        ['c', 'Échelle suspendue', 0, [], 'Promesse de paiement en cours', true],
        ['d', 'Échelle suspendue', 0, [], 'Échéancier en cours', true],
        ['e', 'Échelle suspendue', 0, [], 'Pièces échues en litige', false],
      ],
    ],
  ])('for %s', (template, expected) => {
    const rows = batchCandidates(collections, template, TODAY);
    expect(
      rows.map((r) => [
        r.debtorId,
        r.stage,
        r.amountCents,
        r.itemIds,
        r.excluded?.headline,
        r.promise !== undefined,
      ]),
    ).toEqual(expected);
    expect(rows.find((r) => r.debtorId === 'e')?.dispute).toBe(
      `1 facture en litige (${formatEuros(cents(40000))})`,
    );
  });

  it('a template no step prints is for every debtor with something to claim', () => {
    const rows = batchCandidates(collections, 'releve', TODAY, false);
    expect(rows.map((r) => [r.debtorId, r.excluded === undefined])).toEqual([
      ['b', true],
      ['a', true],
      ['f', true],
      ['c', false],
      ['d', false],
      ['e', false],
    ]);
    expect(rows.find((r) => r.debtorId === 'f')?.heldItemIds).toEqual(['F1']);
  });

  it('opens on the template most debtors are due for, the earlier step on a tie', () => {
    expect(defaultBatchTemplate(collections, ['relance-1', 'relance-2'], TODAY)).toBe('relance-1');
    const onlyB = collections.filter((c) => c.debtor.id === 'b');
    expect(defaultBatchTemplate(onlyB, ['relance-1', 'relance-2'], TODAY)).toBe('relance-2');
    expect(defaultBatchTemplate([], ['relance-1', 'relance-2'], TODAY)).toBe('relance-1');
  });

  it('never opens on a notice, even when most debtors are due for it', () => {
    const notices = debtorCollections({
      today: TODAY,
      ladder: {
        ...LADDER,
        steps: LADDER.steps.map((s) =>
          s.templateId === 'relance-2' ? { ...s, templateId: 'mise-en-demeure' } : s,
        ),
      },
      debtors: ['a', 'b', 'g'].map(debtor),
      // a is due for Relance 1; b and g, reminded two weeks ago, for the mise en demeure.
      items: [item('A1', 'a', 10, 100), item('B1', 'b', 20, 200), item('G1', 'g', 25, 300)],
      promises: [],
      cases: [],
      activities: [],
      letters: ['b', 'g'].map((debtorId) => ({
        debtorId,
        template: 'relance-1',
        date: addDays(TODAY, -14),
      })),
    });
    const order = ['relance-1', 'mise-en-demeure'];
    expect(
      batchCandidates(notices, 'mise-en-demeure', TODAY).filter((r) => !r.excluded),
    ).toHaveLength(2);
    expect(defaultBatchTemplate(notices, order, TODAY)).toBe('relance-1');
    const onlyNotices = notices.filter((c) => c.debtor.id !== 'a');
    expect(defaultBatchTemplate(onlyNotices, order, TODAY)).toBe('relance-1');
  });
});
