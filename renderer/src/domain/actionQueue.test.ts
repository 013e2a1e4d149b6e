import { describe, expect, it } from 'vitest';
import { buildQueue, contactFailure, type DebtorLadder } from './actionQueue';
import type { QueueDecision } from './activityDetails';
import { isoDate } from './dates';
import type { LadderState } from './escalation';
import { type Channel, DEFAULT_LADDER } from './ladder';
import { reminderOf } from './ladderItems';
import type { Activity, Debtor } from './model';
import { cents } from './money';

const TODAY = isoDate('2026-11-23');

function debtor(id: string, extra: Partial<Debtor> = {}): Debtor {
  return {
    id,
    accountNo: `411${id}`,
    name: `Société ${id}`,
    addressLines: ['1 rue de la Paix'],
    postalCode: '75002',
    city: 'Paris',
    contacts: [
      {
        id: 'c',
        name: 'Léa Martin',
        role: 'comptabilite-fournisseurs',
        phone: '01 23 45 67 89',
        email: 'lea@exemple.fr',
      },
    ],
    tags: [],
    status: 'active',
    assignee: 'Camille',
    ...extra,
  };
}

function step(
  stepIndex: number,
  amountCents: number,
  daysLate: number,
  dueOn = '2026-11-20',
): LadderState {
  const ladderStep = DEFAULT_LADDER.steps[stepIndex];
  if (!ladderStep) throw new Error('no step');
  return {
    status: 'step',
    step: ladderStep,
    stepIndex,
    dueOn: isoDate(dueOn),
    pending: ladderStep.channels,
    items: reminderOf([
      { id: 'F-1', number: 'F-1', dueDate: isoDate('2026-10-01'), openCents: cents(amountCents) },
    ]),
    amountCents: cents(amountCents),
    daysLate,
    anchor: isoDate('2026-10-01'),
    reason: 'Facture F-1 échue',
  };
}

function decided(debtorId: string, channel: string, decision: QueueDecision): Activity {
  return {
    id: channel,
    debtorId,
    type: 'action',
    at: '2026-11-22T10:00:00.000Z',
    by: 'Camille',
    text: '',
    details: {
      kind: 'queue-decision',
      actionKey: `${debtorId}|relance-1|2026-10-01|${channel}`,
      decision,
    },
  };
}

const ladders = (rows: [Debtor, LadderState, Activity[]?][]): DebtorLadder[] =>
  rows.map(([d, state, activities]) => ({ debtor: d, state, activities: activities ?? [] }));

describe('buildQueue', () => {
  it('ranks strategic accounts first, then amount × days late', () => {
    const { actions } = buildQueue(
      ladders([
        [debtor('a'), step(2, 100_000, 10)],
        [debtor('b'), step(2, 50_000, 40)],
        [debtor('c', { ladderOverrides: { strategic: true } }), step(2, 1_000, 5)],
      ]),
      TODAY,
    );
    expect(actions.map((a) => a.debtorId)).toEqual(['c', 'b', 'a']);
  });

  it('keeps only due actions and the user’s own or unassigned ones', () => {
    const { actions } = buildQueue(
      ladders([
        [debtor('a'), step(2, 100, 10)],
        [debtor('b', { assignee: 'Julien' }), step(2, 100, 10)],
        [debtor('c', { assignee: undefined }), step(2, 100, 10)],
        [debtor('d'), step(2, 100, 10, '2026-11-24')],
      ]),
      TODAY,
      'Camille',
    );
    expect(actions.map((a) => a.debtorId)).toEqual(['a', 'c']);
  });

  it.each<[string, QueueDecision, string]>([
    [
      'snoozed to a later day: hidden',
      { kind: 'snoozed', until: isoDate('2026-11-30') },
      'telephone:hidden',
    ],
    ['snoozed to today: back', { kind: 'snoozed', until: TODAY }, 'telephone:Camille'],
    ['reassigned: to the new owner', { kind: 'reassigned', to: 'Julien' }, 'telephone:Julien'],
    [
      'failed: visible with its reason',
      { kind: 'failed', reason: 'Numéro erroné' },
      'telephone:Camille:Numéro erroné',
    ],
  ])('%s', (_name, decision, expected) => {
    const { actions } = buildQueue(
      ladders([[debtor('a'), step(0, 100, 10), [decided('a', 'telephone', decision)]]]),
      TODAY,
    );
    const phone = actions.find((a) => a.channel === 'telephone');
    const shown = phone
      ? ['telephone', phone.assignee, phone.failure].filter(Boolean).join(':')
      : 'telephone:hidden';
    expect(shown).toBe(expected);
  });
});

describe('contactFailure', () => {
  it.each<[Channel, Partial<Debtor>, string | undefined]>([
    ['telephone', { contacts: [] }, 'Aucun numéro de téléphone dans la fiche'],
    [
      'email',
      { contacts: [{ id: 'c', name: 'X', role: 'autre', phone: '01' }] },
      'Aucune adresse e-mail dans la fiche : envoyez la relance par courrier',
    ],
    ['lrar', { postalCode: undefined }, 'Adresse postale incomplète dans la fiche'],
    ['courrier-simple', {}, undefined],
  ])('%s', (channel, extra, expected) => {
    expect(contactFailure(debtor('a', extra), channel)).toBe(expected);
  });
});
