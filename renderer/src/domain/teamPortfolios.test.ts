import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import {
  activeHandovers,
  type Handover,
  handoverProblem,
  handoverState,
  matchPortfolio,
  type PortfolioScope,
  workingOwner,
} from './teamPortfolios';

function handover(from: string, to: string, start: string, end: string, extra = {}): Handover {
  return {
    id: `${from}-${to}-${start}`,
    from,
    to,
    start: isoDate(start),
    end: isoDate(end),
    by: 'Responsable',
    createdAt: `${start}T08:00:00.000Z`,
    ...extra,
  };
}

const marcToJulie = handover('Marc', 'Julie', isoDate('2026-11-20'), isoDate('2026-11-27'));

describe('handoverState', () => {
  it.each([
    [isoDate('2026-11-19'), 'planned'],
    [isoDate('2026-11-20'), 'active'],
    [isoDate('2026-11-23'), 'active'],
    [isoDate('2026-11-27'), 'active'],
    [isoDate('2026-11-28'), 'ended'],
  ] as const)('on %s the hand-over is %s', (today, state) => {
    expect(handoverState(marcToJulie, today)).toBe(state);
  });

  it.each([
    [isoDate('2026-11-23'), 'active'],
    [isoDate('2026-11-24'), 'ended'],
    [isoDate('2026-11-25'), 'ended'],
  ] as const)('taken back on the 24th: on %s it is %s', (today, state) => {
    expect(handoverState({ ...marcToJulie, resumedOn: isoDate('2026-11-24') }, today)).toBe(state);
  });
});

describe('workingOwner', () => {
  const chain = [
    handover('Marc', 'Julie', isoDate('2026-11-20'), isoDate('2026-11-27')),
    handover('Julie', 'Léa', isoDate('2026-11-23'), isoDate('2026-11-23')),
  ];
  const loop = [
    handover('Marc', 'Julie', isoDate('2026-11-20'), isoDate('2026-11-27')),
    handover('Julie', 'Marc', isoDate('2026-11-20'), isoDate('2026-11-27')),
  ];
  it.each([
    ['nobody assigned', undefined, [marcToJulie], { owner: undefined }],
    ['no hand-over', 'Marc', [], { owner: 'Marc' }],
    ['entrusted', 'Marc', [marcToJulie], { owner: 'Julie', entrustedBy: 'Marc' }],
    ['the colleague keeps their own', 'Julie', [marcToJulie], { owner: 'Julie' }],
    ['a chain of absences', 'Marc', chain, { owner: 'Léa', entrustedBy: 'Marc' }],
    ['a loop stops before closing', 'Marc', loop, { owner: 'Julie', entrustedBy: 'Marc' }],
  ] as const)('%s', (_label, assignee, active, expected) => {
    expect(workingOwner(assignee, active)).toEqual(expected);
  });
});

describe('matchPortfolio', () => {
  const active = activeHandovers([marcToJulie], isoDate('2026-11-23'));
  const mine: PortfolioScope = { kind: 'mine' };
  it.each<[string, string | undefined, PortfolioScope, string | null, object | null]>([
    ['mine: my own debtor', 'Julie', mine, 'Julie', { owner: 'Julie' }],
    ['mine: an absent colleague’s', 'Marc', mine, 'Julie', { owner: 'Julie', entrustedBy: 'Marc' }],
    ['mine: the absent one sees nothing', 'Marc', mine, 'Marc', null],
    ['mine: someone else’s', 'Léa', mine, 'Julie', null],
    ['mine: unassigned is not mine', undefined, mine, 'Julie', null],
    ['mine without a user: everyone’s', 'Léa', mine, null, { owner: 'Léa' }],
    ['all', 'Marc', { kind: 'all' }, 'Léa', { owner: 'Julie', entrustedBy: 'Marc' }],
    [
      'one controller',
      'Marc',
      { kind: 'assignee', name: 'Julie' },
      null,
      { owner: 'Julie', entrustedBy: 'Marc' },
    ],
    ['another controller', 'Léa', { kind: 'assignee', name: 'Julie' }, null, null],
    ['unassigned scope: nobody', undefined, { kind: 'unassigned' }, 'Julie', { owner: undefined }],
    ['unassigned scope: assigned', 'Léa', { kind: 'unassigned' }, 'Julie', null],
  ])('%s', (_label, assignee, scope, user, expected) => {
    expect(matchPortfolio(assignee, scope, user, active)).toEqual(expected);
  });

  it('after the absence the debtors are back with their controller', () => {
    const later = activeHandovers([marcToJulie], isoDate('2026-11-28'));
    expect(matchPortfolio('Marc', mine, 'Julie', later)).toBeNull();
    expect(matchPortfolio('Marc', mine, 'Marc', later)).toEqual({ owner: 'Marc' });
  });
});

describe('handoverProblem', () => {
  const today = isoDate('2026-11-23');
  it.each([
    [
      'valid',
      { from: 'Marc', to: 'Léa', start: isoDate('2026-12-01'), end: isoDate('2026-12-05') },
      null,
    ],
    ['to oneself', { from: 'Marc', to: 'Marc', start: today, end: today }, 'propre gestionnaire'],
    ['nobody', { from: '', to: 'Léa', start: today, end: today }, 'Choisissez'],
    [
      'end before start',
      { from: 'Léa', to: 'Marc', start: isoDate('2026-12-05'), end: isoDate('2026-12-01') },
      'précède',
    ],
    [
      'in the past',
      { from: 'Léa', to: 'Marc', start: isoDate('2026-11-01'), end: isoDate('2026-11-05') },
      'terminée',
    ],
    [
      'bad date',
      // An impossible day typed in the form: only a parse can carry it past the brand.
      { from: 'Léa', to: 'Marc', start: JSON.parse('"2026-02-30"'), end: isoDate('2026-12-01') },
      'dates',
    ],
    [
      'overlapping an active one',
      { from: 'Marc', to: 'Léa', start: isoDate('2026-11-25'), end: isoDate('2026-11-30') },
      'déjà confié à Julie du 20/11/2026 au 27/11/2026',
    ],
  ] as const)('%s', (_label, draft, expected) => {
    const problem = handoverProblem(draft, [marcToJulie], today);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  it('a taken-back hand-over no longer blocks a new one', () => {
    const resumed = { ...marcToJulie, resumedOn: isoDate('2026-11-22') };
    expect(
      handoverProblem(
        { from: 'Marc', to: 'Léa', start: today, end: isoDate('2026-11-25') },
        [resumed],
        today,
      ),
    ).toBeNull();
  });
});
