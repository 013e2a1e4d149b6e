/**
 * Portfolios by controller through the data layer (fake-indexeddb): the queue opens on « Mes
 * débiteurs » and remembers another choice, bulk reassignment and its undo, a hand-over for an
 * absence that puts a colleague's debtors in « Mes débiteurs » and gives them back, the team
 * account's name in team mode, the hand-overs synced as a shared setting, and the manager's
 * figures per controller.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClockForTests } from '../../../renderer/src/data/clock';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import {
  collectionSettingsRepo,
  currentUserName,
} from '../../../renderer/src/data/repositories/collectionSettings';
import { controllerStatsRepo } from '../../../renderer/src/data/repositories/controllerStats';
import { debtorFileRepo } from '../../../renderer/src/data/repositories/debtorFile';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import { portfolioSettingsRepo } from '../../../renderer/src/data/repositories/portfolioSettings';
import { teamPortfoliosRepo } from '../../../renderer/src/data/repositories/teamPortfolios';
import { SYNC_STATE_KEYS } from '../../../renderer/src/data/sync/outboxTypes';
import { loadDemoData } from '../../../renderer/src/demo';
import { isoDate } from '../../../renderer/src/domain/dates';
import { enableTeamMode } from '../sync/syncTestDb';
import { useFreshDb } from '../testDb';

const TODAY = isoDate('2026-11-23');
const OPTIONS = { seed: 11, debtors: 40, items: 600, asOfDate: TODAY, previousImports: 0 };

describe('team portfolios', () => {
  const db = useFreshDb();
  beforeEach(() => setClockForTests(new Date(`${TODAY}T10:00:00`)));
  afterEach(() => setClockForTests(undefined));

  async function ownersOf(scopeDebtors: Promise<{ queue: { actions: { debtorId: string }[] } }>) {
    const ids = new Set((await scopeDebtors).queue.actions.map((a) => a.debtorId));
    const debtors = await db().debtors.bulkGet([...ids]);
    return new Set(debtors.map((d) => d?.assignee));
  }

  it('opens the queue on « Mes débiteurs » and remembers another choice', async () => {
    await loadDemoData(OPTIONS);
    const names = (await portfolioSettingsRepo.assignees()).names;
    const me = names[0] ?? '';
    await collectionSettingsRepo.saveCurrentUser(me);

    const mine = await collectionRepo.queue(TODAY);
    expect(mine.scope).toEqual({ kind: 'mine' });
    expect(mine.user).toBe(me);
    expect(mine.queue.actions.length).toBeGreaterThan(0);
    expect(await ownersOf(Promise.resolve(mine))).toEqual(new Set([me]));

    const all = await collectionRepo.queue(TODAY, 'all');
    expect(all.queue.actions.length).toBeGreaterThan(mine.queue.actions.length);

    const other = names[1] ?? '';
    await teamPortfoliosRepo.saveQueueScope({ kind: 'assignee', name: other });
    const remembered = await collectionRepo.queue(TODAY);
    expect(remembered.scope).toEqual({ kind: 'assignee', name: other });
    expect(await ownersOf(Promise.resolve(remembered))).toEqual(new Set([other]));
    // The choice stays on this workstation.
    expect((await db().settings.get('queue.portfolio'))?.value).toEqual({
      kind: 'assignee',
      name: other,
    });
  });

  it('reassigns in one transaction with one audit entry, and undoes it', async () => {
    await loadDemoData(OPTIONS);
    const debtors = await db().debtors.limit(3).toArray();
    const ids = debtors.map((d) => d.id);
    const before = new Map(debtors.map((d) => [d.id, d.assignee]));
    const receipt = await debtorFileRepo.reassign(ids, 'Zoé Leroy');
    expect(receipt.count).toBe(3);
    expect((await db().debtors.bulkGet(ids)).map((d) => d?.assignee)).toEqual([
      'Zoé Leroy',
      'Zoé Leroy',
      'Zoé Leroy',
    ]);
    expect(
      (await db().audit.where('action').equals('debtor.assign').toArray()).map((a) => a.details),
    ).toEqual(['3\u00a0débiteurs attribués à Zoé Leroy']);

    // Someone changes one of them meanwhile: that later choice is kept by the undo.
    await debtorFileRepo.assign([ids[2] ?? ''], 'Paul Girard');
    expect(await debtorFileRepo.undoReassign(receipt)).toBe(2);
    const after = await db().debtors.bulkGet(ids);
    expect(after[0]?.assignee).toBe(before.get(ids[0] ?? ''));
    expect(after[1]?.assignee).toBe(before.get(ids[1] ?? ''));
    expect(after[2]?.assignee).toBe('Paul Girard');
    expect(await db().audit.where('action').equals('debtor.assign.undo').count()).toBe(1);
  });

  it('hands a portfolio over for an absence and gives it back', async () => {
    await loadDemoData(OPTIONS);
    const [julie = '', marc = ''] = (await portfolioSettingsRepo.assignees()).names;
    await collectionSettingsRepo.saveCurrentUser(julie);
    const before = await collectionRepo.queue(TODAY);
    expect(before.queue.actions.some((a) => a.entrustedBy)).toBe(false);

    await expect(
      teamPortfoliosRepo.handOver({
        from: marc,
        to: marc,
        start: TODAY,
        end: isoDate('2026-11-27'),
      }),
    ).rejects.toThrow('propre gestionnaire');
    const handover = await teamPortfoliosRepo.handOver({
      from: marc,
      to: julie,
      start: TODAY,
      end: isoDate('2026-11-27'),
    });
    await expect(
      teamPortfoliosRepo.handOver({
        from: marc,
        to: julie,
        start: TODAY,
        end: isoDate('2026-11-24'),
      }),
    ).rejects.toThrow(`déjà confié à ${julie}`);

    const during = await collectionRepo.queue(TODAY);
    const entrusted = during.queue.actions.filter((a) => a.entrustedBy === marc);
    expect(entrusted.length).toBeGreaterThan(0);
    expect(entrusted.every((a) => a.assignee === marc)).toBe(true);
    expect(during.queue.actions.length).toBe(before.queue.actions.length + entrusted.length);
    expect(await ownersOf(Promise.resolve(during))).toEqual(new Set([julie, marc]));

    // Marc, at his own desk, sees nothing of his while he is away.
    await collectionSettingsRepo.saveCurrentUser(marc);
    expect((await collectionRepo.queue(TODAY)).queue.actions).toEqual([]);

    // After the last day, the debtors are back with Marc.
    setClockForTests(new Date('2026-11-28T09:00:00'));
    const back = await collectionRepo.queue(isoDate('2026-11-28'));
    expect(back.queue.actions.length).toBeGreaterThan(0);
    expect(back.queue.actions.some((a) => a.entrustedBy)).toBe(false);

    // « Reprendre » before the end gives them back at once.
    setClockForTests(new Date(`${TODAY}T15:00:00`));
    await collectionSettingsRepo.saveCurrentUser(julie);
    await teamPortfoliosRepo.resume(handover.id);
    const resumed = await collectionRepo.queue(TODAY);
    expect(resumed.queue.actions.some((a) => a.entrustedBy)).toBe(false);
    expect(resumed.queue.actions.length).toBe(before.queue.actions.length);
    expect((await teamPortfoliosRepo.handovers())[0]?.resumedOn).toBe(TODAY);
    expect(
      (await db().audit.where('action').anyOf('portfolio.handover', 'portfolio.resume').toArray())
        .map((a) => a.action)
        .sort(),
    ).toEqual(['portfolio.handover', 'portfolio.resume']);
  });

  it('shares the hand-overs with the team, not the queue’s scope', async () => {
    await enableTeamMode(db());
    await portfolioSettingsRepo.saveAssignees({ names: ['Julie Martin', 'Marc Petit'] });
    await teamPortfoliosRepo.handOver({
      from: 'Marc Petit',
      to: 'Julie Martin',
      start: TODAY,
      end: isoDate('2026-11-30'),
    });
    await teamPortfoliosRepo.saveQueueScope({ kind: 'all' });
    const keys = (await db().outbox.where('table').equals('settings').toArray()).map((e) => e.key);
    expect(keys).toContain('handovers');
    expect(keys).not.toContain('queue.portfolio');
  });

  it('in team mode « Mes débiteurs » are the signed-in account’s', async () => {
    await collectionSettingsRepo.saveCurrentUser('Nom choisi');
    expect(await currentUserName()).toBe('Nom choisi');
    await db().syncState.put({
      key: SYNC_STATE_KEYS.config,
      value: {
        serverUrl: 'https://recouvra.test',
        workstationId: 'ws-1',
        account: { login: 'julie', displayName: 'Julie Martin', role: 'charge' },
      },
    });
    expect(await currentUserName()).toBe('Julie Martin');
  });

  it('adds up the manager’s figures per controller over a period', async () => {
    await loadDemoData(OPTIONS);
    const view = await controllerStatsRepo.load('last-30-days', TODAY);
    expect(view.period).toEqual({ from: '2026-10-25', to: TODAY });
    const names = (await portfolioSettingsRepo.assignees()).names;
    expect(view.rows.map((r) => r.controller).slice(0, names.length)).toEqual(names);
    const debtors = await db().debtors.toArray();
    expect(view.rows.reduce((sum, r) => sum + r.debtors, 0)).toBe(debtors.length);
    const open = await db().invoices.where('status').anyOf('open', 'disputed').toArray();
    expect(view.rows.reduce((sum, r) => sum + r.openCents, 0)).toBe(
      open.reduce((sum, i) => sum + i.openCents, 0),
    );
    const payments = await db()
      .payments.where('date')
      .between('2026-10-25', TODAY, true, true)
      .toArray();
    expect(view.rows.reduce((sum, r) => sum + r.collectedCents, 0)).toBe(
      payments.reduce((sum, p) => sum + p.cents, 0),
    );
    // The dashboard hands over its live rows: the same figures without reading the summary.
    const live = await portfolioRepo.view();
    if (!live.parts) throw new Error('la vue vivante a ses lignes par enregistrement');
    const fromRows = await controllerStatsRepo.load('last-30-days', TODAY, live.parts);
    expect(fromRows).toEqual(view);
  });
});
