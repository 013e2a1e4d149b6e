import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import {
  type HeaderFlagFacts,
  type HeaderFlagKind,
  headerFlags,
  nextStepLine,
  stageOfFile,
} from './debtorHeader';
import type { LadderState } from './escalation';
import { DEFAULT_LADDER } from './ladder';
import { reminderOf } from './ladderItems';
import type { PaymentPromise } from './model';
import { cents } from './money';
import type { PromiseState } from './promiseStatus';

const TODAY = isoDate('2026-12-04');

type Item = HeaderFlagFacts['items'][number];
function item(number: string, dueDate: string, openCents: number, extra: Partial<Item> = {}): Item {
  return {
    id: number,
    number,
    kind: 'invoice',
    status: 'open',
    dueDate: isoDate(dueDate),
    openCents: cents(openCents),
    ...extra,
  };
}

function promise(
  kind: PaymentPromise['kind'],
  createdAt: string,
  state: PromiseState,
  brokenAfter?: string,
): HeaderFlagFacts['promises'][number] {
  return {
    promise: { kind, createdAt },
    evaluation: { state, ...(brokenAfter ? { brokenAfter: isoDate(brokenAfter) } : {}) },
  };
}

function facts(extra: Partial<HeaderFlagFacts> = {}): HeaderFlagFacts {
  return {
    today: TODAY,
    debtor: {},
    balanceCents: cents(100_000),
    items: [item('F-1', '2026-10-01', 100_000)],
    promises: [],
    interruptions: [],
    ...extra,
  };
}

const kinds = (f: HeaderFlagFacts) => headerFlags(f).map((flag) => flag.kind);

describe('headerFlags', () => {
  it.each<[string, Partial<HeaderFlagFacts>, HeaderFlagKind[]]>([
    ['nothing to flag', {}, []],
    // The case seen on the demo: 853 602,79 € against a limit of 376 000 €.
    [
      'balance above the credit limit',
      { debtor: { creditLimitCents: cents(37_600_000) }, balanceCents: cents(85_360_279) },
      ['credit-limit'],
    ],
    [
      'balance exactly at the limit is not a breach, but near it',
      { debtor: { creditLimitCents: cents(100_000) }, balanceCents: cents(100_000) },
      ['credit-limit-near'],
    ],
    [
      'one cent above the limit is a breach',
      { debtor: { creditLimitCents: cents(100_000) }, balanceCents: cents(100_001) },
      ['credit-limit'],
    ],
    [
      'at 90 % of the limit: near',
      { debtor: { creditLimitCents: cents(100_000) }, balanceCents: cents(90_000) },
      ['credit-limit-near'],
    ],
    [
      'below 90 % of the limit: nothing',
      { debtor: { creditLimitCents: cents(100_000) }, balanceCents: cents(89_999) },
      [],
    ],
    [
      'a limit of 0 means none was set',
      { debtor: { creditLimitCents: cents(0) }, balanceCents: cents(500_000) },
      [],
    ],
    [
      'an open disputed item',
      { items: [item('F-1', '2026-10-01', 50_000, { status: 'disputed' })] },
      ['dispute'],
    ],
    [
      'a settled disputed item is no longer a dispute',
      { items: [item('F-1', '2026-10-01', 0, { status: 'disputed' })] },
      [],
    ],
    [
      'the latest promise is broken',
      { promises: [promise('promise', '2026-11-10T09:00:00Z', 'broken', '2026-11-25')] },
      ['broken-promise'],
    ],
    [
      'a broken promise followed by a kept one is history',
      {
        promises: [
          promise('promise', '2026-10-10T09:00:00Z', 'broken', '2026-10-25'),
          promise('promise', '2026-11-10T09:00:00Z', 'kept'),
        ],
      },
      [],
    ],
    [
      'a broken promise older than 90 days is history',
      { promises: [promise('promise', '2026-07-01T09:00:00Z', 'broken', '2026-07-20')] },
      [],
    ],
    [
      'a cancelled newer promise does not hide the broken one',
      {
        promises: [
          promise('plan', '2026-11-01T09:00:00Z', 'broken', '2026-11-20'),
          promise('promise', '2026-11-15T09:00:00Z', 'cancelled'),
        ],
      },
      ['broken-promise'],
    ],
    [
      'a promise past its date without evidence is to verify',
      { promises: [promise('promise', '2026-11-20T09:00:00Z', 'to-verify')] },
      ['promise-to-verify'],
    ],
    [
      'an active promise is not a risk',
      { promises: [promise('promise', '2026-11-20T09:00:00Z', 'active')] },
      [],
    ],
    // Due 2022-01-15 between merchants: last day 2027-01-15, 42 days ahead (< 90).
    [
      'an invoice prescribed within 90 days',
      { items: [item('F-9', '2022-01-15', 10_000)] },
      ['prescription-soon'],
    ],
    [
      'an invoice past its prescription',
      { items: [item('F-8', '2021-06-30', 10_000)] },
      ['prescribed'],
    ],
    [
      'a written acknowledgement restarts the clock',
      {
        items: [item('F-9', '2022-01-15', 10_000)],
        interruptions: [{ date: isoDate('2025-02-01'), cause: 'acknowledgement' }],
      },
      [],
    ],
    [
      'a consumer debt prescribes in 2 years',
      { debtor: { isConsumer: true }, items: [item('F-7', '2025-01-20', 10_000)] },
      ['prescription-soon'],
    ],
    [
      'a credit note never prescribes',
      { items: [item('AV-1', '2021-01-01', 10_000, { kind: 'credit-note' })] },
      [],
    ],
    [
      'the most serious first',
      {
        debtor: { creditLimitCents: cents(10_000) },
        balanceCents: cents(60_000),
        items: [
          item('F-1', '2026-10-01', 50_000, { status: 'disputed' }),
          item('F-9', '2022-01-15', 10_000),
        ],
        promises: [promise('promise', '2026-11-10T09:00:00Z', 'broken', '2026-11-25')],
      },
      ['credit-limit', 'broken-promise', 'prescription-soon', 'dispute'],
    ],
  ])('%s', (_name, extra, expected) => {
    expect(kinds(facts(extra))).toEqual(expected);
  });

  it('states the breach in euros', () => {
    const [flag] = headerFlags(
      facts({ debtor: { creditLimitCents: cents(37_600_000) }, balanceCents: cents(85_360_279) }),
    );
    expect(flag?.severity).toBe('danger');
    expect(flag?.detail.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Solde de 853 602,79 € pour un encours autorisé de 376 000,00 € : dépassement de 477 602,79 €.',
    );
  });

  it('names the invoice that prescribes first and when', () => {
    const [flag] = headerFlags(
      facts({ items: [item('F-10', '2022-02-01', 1_000), item('F-9', '2022-01-15', 1_000)] }),
    );
    expect(flag?.detail.replace(/\u00a0/g, ' ')).toBe(
      'La facture F-9 se prescrit le 15/01/2027 (dans 42 jours) : agir en justice ou obtenir une reconnaissance de dette avant.',
    );
  });
});

describe('stageOfFile', () => {
  type FileFacts = Parameters<typeof stageOfFile>[0];
  const base: FileFacts = {
    debtor: { id: 'd1', status: 'active' },
    overdueCents: cents(10_000),
    disputedCents: cents(0),
    promises: [],
    cases: [],
  };
  const pending = { date: isoDate('2026-12-10'), cents: cents(10_000), status: 'pending' as const };
  const notice = (template: string, date: string) => ({
    debtorId: 'd1',
    template,
    date: isoDate(date),
  });
  it.each<[string, Record<string, unknown>, string]>([
    ['overdue, nothing else: relance', {}, 'relance'],
    ['nothing overdue: à jour', { overdueCents: cents(0) }, 'a-jour'],
    [
      'active promise with an instalment pending',
      { promises: [{ status: 'active', installments: [pending] }] },
      'promesse',
    ],
    [
      'a broken promise does not hold the stage',
      { promises: [{ status: 'broken', installments: [pending] }] },
      'relance',
    ],
    ['everything late is disputed', { disputedCents: cents(10_000) }, 'litige'],
    [
      'an open case at mise en demeure',
      { cases: [{ stage: 'mise-en-demeure' }] },
      'mise-en-demeure',
    ],
    [
      'a closed case counts for nothing',
      { cases: [{ stage: 'procedure', closedAt: '2026-01-01T00:00:00Z' }] },
      'relance',
    ],
    ['account in litigation', { debtor: { id: 'd1', status: 'litigation' } }, 'judiciaire'],
    [
      'a mise en demeure sent for what is late',
      { letters: [notice('mise-en-demeure', '2026-11-20')], oldestDueDate: '2026-10-31' },
      'mise-en-demeure',
    ],
    [
      'a dernier avis counts as a notice too',
      { letters: [notice('dernier-avis', '2026-11-20')], oldestDueDate: '2026-10-31' },
      'mise-en-demeure',
    ],
    [
      'a notice about items since paid (sent before the oldest owed fell due)',
      { letters: [notice('mise-en-demeure', '2026-09-20')], oldestDueDate: '2026-10-31' },
      'relance',
    ],
    [
      'a reminder is not a notice',
      { letters: [notice('relance-2', '2026-11-20')], oldestDueDate: '2026-10-31' },
      'relance',
    ],
    [
      'another debtor’s notice',
      {
        letters: [{ ...notice('mise-en-demeure', '2026-11-20'), debtorId: 'd2' }],
        oldestDueDate: '2026-10-31',
      },
      'relance',
    ],
    [
      'a promise running after the notice',
      {
        letters: [notice('mise-en-demeure', '2026-11-20')],
        oldestDueDate: '2026-10-31',
        promises: [{ status: 'active', installments: [pending] }],
      },
      'promesse',
    ],
  ])('%s', (_name, extra, expected) => {
    expect(stageOfFile({ ...base, ...extra } as FileFacts)).toBe(expected);
  });
});

describe('nextStepLine', () => {
  const step = DEFAULT_LADDER.steps[1];
  if (!step) throw new Error('default ladder without a second step');
  const stepState = (status: 'step' | 'below-minimum', dueOn: string): LadderState => ({
    status,
    step,
    stepIndex: 1,
    dueOn: isoDate(dueOn),
    pending: ['courrier-simple'],
    items: reminderOf([
      { id: 'F-1', number: 'F-1', dueDate: isoDate('2026-10-01'), openCents: cents(10_000) },
    ]),
    amountCents: cents(10_000),
    daysLate: 40,
    anchor: isoDate('2026-10-01'),
    reason: 'Montant sous le seuil de cette étape',
  });
  it.each<[string, LadderState, { tone: string; title: string; detail: string }]>([
    [
      'a step due for days',
      stepState('step', '2026-11-12'),
      {
        tone: 'due',
        title: 'Relance 2 (Courrier simple)',
        detail: 'due depuis le 12/11/2026 (22\u00a0jours)',
      },
    ],
    [
      'a step due today',
      stepState('step', '2026-12-04'),
      { tone: 'due', title: 'Relance 2 (Courrier simple)', detail: 'due aujourd’hui (04/12/2026)' },
    ],
    [
      'a step to come',
      stepState('step', '2026-12-10'),
      { tone: 'planned', title: 'Relance 2 (Courrier simple)', detail: 'prévue le 10/12/2026' },
    ],
    [
      'below the step’s minimum',
      stepState('below-minimum', '2026-11-12'),
      {
        tone: 'none',
        title: 'Relance 2 (Courrier simple)',
        detail: 'Montant sous le seuil de cette étape',
      },
    ],
    [
      'paused by a promise',
      {
        status: 'paused',
        reason: 'Promesse en cours jusqu’au 10/12/2026',
        headline: 'Promesse en cours',
      },
      {
        tone: 'paused',
        title: 'Relances en pause',
        detail: 'Promesse en cours jusqu’au 10/12/2026',
      },
    ],
    [
      'nothing due',
      { status: 'clear' },
      { tone: 'none', title: 'Rien d’échu', detail: 'Aucune relance à faire.' },
    ],
  ])('%s', (_name, state, expected) => {
    expect(nextStepLine(state, TODAY)).toMatchObject(expected);
  });
});
