import { describe, expect, it } from 'vitest';
import type { QueueAction } from './actionQueue';
import { isoDate } from './dates';
import type { Channel } from './ladder';
import { reminderOf } from './ladderItems';
import { cents } from './money';
import { debtorRows, filterChoices, filterRows, NO_FILTERS, type QueueFilters } from './queueRows';

const TODAY = isoDate('2026-11-23');

function action(debtorId: string, channel: Channel, extra: Partial<QueueAction> = {}): QueueAction {
  return {
    key: `${debtorId}|r1|2026-11-01|${channel}`,
    debtorId,
    debtorName: `Société ${debtorId.toUpperCase()}`,
    accountNo: `411${debtorId}`,
    assignee: 'Camille',
    channel,
    step: { id: 'relance-1', label: 'Relance 1', templateId: 'relance-1' },
    dueOn: TODAY,
    overdueDays: 0,
    items: reminderOf([
      {
        id: `${debtorId}-1`,
        number: `F-${debtorId}`,
        dueDate: isoDate('2026-11-01'),
        openCents: cents(100),
      },
    ]),
    amountCents: cents(100_00),
    daysLate: 22,
    reason: 'Échue depuis 22 jours',
    strategic: false,
    priority: 1,
    ...extra,
  };
}

const ACTIONS = [
  action('a', 'telephone', { amountCents: cents(5_000_00), daysLate: 40, priority: 9 }),
  action('a', 'email', { amountCents: cents(5_000_00), daysLate: 40, priority: 9 }),
  action('b', 'courrier-simple', {
    step: { id: 'relance-2', label: 'Relance 2', templateId: 'relance-2' },
    assignee: 'Hugo',
    amountCents: cents(300_00),
    daysLate: 80,
    priority: 5,
  }),
  action('c', 'email', {
    debtorName: 'Éclair SARL',
    amountCents: cents(900_00),
    daysLate: 10,
    priority: 3,
    failure: 'Aucune adresse e-mail',
  }),
];
const TAGS: Record<string, string[]> = { a: ['grand compte'], b: [], c: ['export'] };

const CALLBACK = {
  debtorId: 'z',
  debtorName: 'Zeta',
  accountNo: '411z',
  activityId: 'n1',
  date: TODAY,
  source: 'note' as const,
  text: 'Rappeler lundi',
  key: 'z|_rappel|n1|telephone',
};

const rows = debtorRows(ACTIONS, (id) => TAGS[id] ?? [], [CALLBACK], TODAY);

describe('one row per debtor', () => {
  it('groups the channels of a debtor in one row, callbacks due first', () => {
    expect(
      rows.map((r) => [r.debtorId, r.actions.map((a) => a.channel), r.stage?.label ?? null]),
    ).toEqual([
      ['z', ['telephone'], null],
      ['a', ['telephone', 'email'], 'Relance 1'],
      ['b', ['courrier-simple'], 'Relance 2'],
      ['c', ['email'], 'Relance 1'],
    ]);
    expect(rows[3]?.failure).toBe('Aucune adresse e-mail');
  });

  it('a callback on a debtor already in the queue joins its row, first', () => {
    const joined = debtorRows(ACTIONS, () => [], [{ ...CALLBACK, debtorId: 'b' }], TODAY);
    const b = joined[0];
    expect(b?.debtorId).toBe('b');
    expect(b?.actions.map((a) => a.step.id)).toEqual(['_rappel', 'relance-2']);
  });

  it('a callback of a later day waits', () => {
    const later = debtorRows([], () => [], [{ ...CALLBACK, date: isoDate('2026-11-24') }], TODAY);
    expect(later).toEqual([]);
  });
});

describe('filters, search and sort', () => {
  it.each<[string, Partial<QueueFilters>, string[]]>([
    ['nothing', {}, ['z', 'a', 'b', 'c']],
    ['assignee', { assignee: 'Hugo' }, ['b']],
    ['unassigned', { assignee: '' }, ['z']],
    ['stage', { stage: 'relance-2' }, ['b']],
    ['callbacks', { stage: '_rappel' }, ['z']],
    ['channel', { channel: 'email' }, ['a', 'c']],
    ['amount at least 900 €', { minAmountCents: cents(900_00) }, ['a', 'c']],
    ['days late at least 40', { minDaysLate: 40 }, ['a', 'b']],
    ['tag', { tag: 'export' }, ['c']],
    ['search without accents', { search: 'eclair' }, ['c']],
    ['search an account', { search: '411b' }, ['b']],
    ['search an invoice number', { search: 'F-a' }, ['a']],
    ['by amount', { sort: 'amount' }, ['a', 'c', 'b', 'z']],
    ['by days late', { sort: 'days-late' }, ['b', 'a', 'c', 'z']],
    ['by name', { sort: 'name' }, ['c', 'a', 'b', 'z']],
    ['combined', { channel: 'email', minDaysLate: 20 }, ['a']],
  ])('%s', (_, filters, expected) => {
    expect(filterRows(rows, { ...NO_FILTERS, ...filters }).map((r) => r.debtorId)).toEqual(
      expected,
    );
  });

  it('offers the values present in the queue', () => {
    expect(filterChoices(rows)).toEqual({
      assignees: ['Camille', 'Hugo'],
      stages: [
        { value: '_rappel', label: 'Rappel prévu' },
        { value: 'relance-1', label: 'Relance 1' },
        { value: 'relance-2', label: 'Relance 2' },
      ],
      tags: ['export', 'grand compte'],
    });
  });
});
