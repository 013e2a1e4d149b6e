import { describe, expect, it } from 'vitest';
import {
  type ControllerStatsInput,
  controllerStats,
  controllerTotals,
  openCentsByDebtor,
  statsPeriod,
} from './controllerStats';
import { isoDate } from './dates';
import { cents } from './money';

describe('statsPeriod', () => {
  it.each([
    ['current-month', '2026-11-23', { from: '2026-11-01', to: '2026-11-23' }],
    ['previous-month', '2026-11-23', { from: '2026-10-01', to: '2026-10-31' }],
    ['previous-month', '2026-03-31', { from: '2026-02-01', to: '2026-02-28' }],
    ['previous-month', '2026-01-15', { from: '2025-12-01', to: '2025-12-31' }],
    ['last-30-days', '2026-11-23', { from: '2026-10-25', to: '2026-11-23' }],
    ['last-30-days', '2026-03-01', { from: '2026-01-31', to: '2026-03-01' }],
  ] as const)('%s on %s', (kind, today, expected) => {
    expect(statsPeriod(kind, isoDate(today))).toEqual(expected);
  });
});

// Midday instants: the same local day in any time zone the tests run in.
const at = (day: string) => `${day}T12:00:00.000Z`;

const base: ControllerStatsInput = {
  controllers: ['Julie', 'Marc', 'Léa'],
  debtors: [
    { id: 'd1', assignee: 'Julie' },
    { id: 'd2', assignee: 'Julie' },
    { id: 'd3', assignee: 'Marc' },
    { id: 'd4' },
    { id: 'd5', assignee: 'Zoé' },
  ],
  openCents: openCentsByDebtor([
    { debtorId: 'd1', openCents: cents(100_00), status: 'open' },
    { debtorId: 'd1', openCents: cents(-20_00), status: 'open' },
    { debtorId: 'd2', openCents: cents(50_00), status: 'disputed' },
    { debtorId: 'd2', openCents: cents(999_00), status: 'paid' },
    { debtorId: 'd3', openCents: cents(70_00), status: 'open' },
    { debtorId: 'd4', openCents: cents(5_00), status: 'open' },
  ]),
  payments: [
    { debtorId: 'd1', date: isoDate('2026-11-02'), cents: cents(30_00) },
    { debtorId: 'd2', date: isoDate('2026-11-23'), cents: cents(12_00) },
    { debtorId: 'd2', date: isoDate('2026-10-31'), cents: cents(1000_00) },
    { debtorId: 'd3', date: isoDate('2026-11-10'), cents: cents(40_00) },
  ],
  activities: [
    {
      debtorId: 'd1',
      type: 'promise',
      at: at('2026-11-05'),
      by: 'Marc',
      details: { kind: 'promise-status', promiseId: 'p1', status: 'kept' },
    },
    {
      debtorId: 'd3',
      type: 'promise',
      at: at('2026-11-06'),
      by: 'Marc',
      details: { kind: 'promise-status', promiseId: 'p2', status: 'broken' },
    },
    {
      debtorId: 'd3',
      type: 'promise',
      at: at('2026-11-07'),
      by: 'Marc',
      details: { kind: 'promise-status', promiseId: 'p3', status: 'cancelled' },
    },
    { debtorId: 'd3', type: 'call', at: at('2026-11-08'), by: 'Julie' },
    { debtorId: 'd1', type: 'note', at: at('2026-11-09'), by: 'Julie' },
    { debtorId: 'd1', type: 'note', at: at('2026-10-09'), by: 'Julie' },
    { debtorId: 'd1', type: 'import', at: at('2026-11-09'), by: 'Julie' },
    { debtorId: 'd1', type: 'call', at: at('2026-11-09'), by: 'utilisateur' },
  ],
  period: { from: isoDate('2026-11-01'), to: isoDate('2026-11-23') },
};

describe('controllerStats', () => {
  const rows = controllerStats(base);
  const byName = new Map(rows.map((r) => [r.controller, r]));

  it('lists the settings’ controllers, then other names on debtors, then nobody', () => {
    expect(rows.map((r) => r.controller)).toEqual(['Julie', 'Marc', 'Léa', 'Zoé', '']);
  });

  it.each([
    // controller, collected, kept, broken, actions, debtors, open
    ['Julie', 42_00, 1, 0, 2, 2, 130_00],
    ['Marc', 40_00, 0, 1, 1, 1, 70_00],
    ['Léa', 0, 0, 0, 0, 0, 0],
    ['Zoé', 0, 0, 0, 0, 1, 0],
    ['', 0, 0, 0, 0, 1, 5_00],
  ] as const)('%s', (name, collected, kept, broken, actions, debtors, open) => {
    expect(byName.get(name)).toEqual({
      controller: name,
      collectedCents: collected,
      promisesKept: kept,
      promisesBroken: broken,
      actions,
      debtors,
      openCents: open,
    });
  });

  it('the previous month counts the payment of the 31st and the older note', () => {
    const october = controllerStats({
      ...base,
      period: { from: isoDate('2026-10-01'), to: isoDate('2026-10-31') },
    });
    const julie = october.find((r) => r.controller === 'Julie');
    expect(julie?.collectedCents).toBe(1000_00);
    expect(julie?.actions).toBe(1);
    expect(julie?.promisesKept).toBe(0);
  });

  it('leaves « non attribué » out when every debtor has a controller', () => {
    const rows = controllerStats({ ...base, debtors: base.debtors.filter((d) => d.assignee) });
    expect(rows.map((r) => r.controller)).not.toContain('');
  });

  it('an empty ledger still lists the controllers, all at zero', () => {
    const empty = controllerStats({
      ...base,
      debtors: [],
      openCents: new Map(),
      payments: [],
      activities: [],
    });
    expect(empty.map((r) => r.controller)).toEqual(['Julie', 'Marc', 'Léa']);
    expect(controllerTotals(empty).debtors).toBe(0);
  });

  it('totals add the rows up', () => {
    expect(controllerTotals(rows)).toMatchObject({
      collectedCents: 82_00,
      promisesKept: 1,
      promisesBroken: 1,
      actions: 3,
      debtors: 5,
      openCents: 205_00,
    });
  });
});
