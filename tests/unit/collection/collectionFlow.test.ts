/**
 * The collection routine through the data layer, on the demo portfolio: the queue, a guided call
 * that gets a promise, the promise broken once a check after its date shows nothing received, the
 * ladder resuming, and a dispute taking an item out of the queue.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callsRepo } from '../../../renderer/src/data/repositories/calls';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { collectionSettingsRepo } from '../../../renderer/src/data/repositories/collectionSettings';
import { disputesRepo } from '../../../renderer/src/data/repositories/disputes';
import { recordPayment } from '../../../renderer/src/data/repositories/promiseChecks';
import { queueActionsRepo } from '../../../renderer/src/data/repositories/queueActions';
import { queueClaimsRepo } from '../../../renderer/src/data/repositories/queueClaims';
import { loadDemoData } from '../../../renderer/src/demo';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { addDays, isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';
import { testPolicy } from '../claimPolicy';
import { useFreshDb } from '../testDb';

const TODAY = isoDate('2026-11-23');

describe('collection routine', () => {
  const db = useFreshDb();
  // Activities are stamped with the clock's instant: the clock must read TODAY, or a call made
  // « today » by the test would land after the promise it breaks and count as its follow-up.
  // Only Date is faked: IndexedDB still needs real timers.
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(`${TODAY}T10:00:00`), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls, promises, breaks, resumes and disputes', async () => {
    await loadDemoData({ seed: 7, debtors: 40, items: 600, asOfDate: TODAY, previousImports: 0 });
    const queue = await collectionRepo.queue(TODAY, 'all');
    // The demo's debtors stand at every step: this story starts at a first reminder's call.
    const call = queue.queue.actions.find(
      (a) => a.channel === 'telephone' && a.step.id === 'relance-1',
    );
    if (!call) throw new Error('no first-reminder call in the queue');
    // The amount with interest is the claim on the step's items, as a letter sent today states it.
    const callItems = call.items.list();
    const items = await db().invoices.bulkGet(callItems.map((i) => i.id));
    const claimed = computeClaim({
      debtor: (await db().debtors.get(call.debtorId)) ?? {},
      items: items.filter((i) => i !== undefined),
      payments: [],
      letters: [],
      asOf: TODAY,
      policy: testPolicy(),
    });
    const dueToday = await queueClaimsRepo.dueToday(
      call.debtorId,
      callItems.map((i) => i.id),
      TODAY,
    );
    expect(claimed.ok && dueToday).toBe(
      claimed.ok ? claimed.claim.decompte.totals.totalDueCents : 'refusé',
    );
    expect(dueToday).toBeGreaterThan(call.amountCents);

    const promised = callItems.reduce((sum, i) => sum + i.openCents, 0);
    await callsRepo.record(
      {
        debtorId: call.debtorId,
        action: { key: call.key, label: 'Relance 1 — Téléphone' },
        outcome: 'promesse',
        notes: 'Virement annoncé',
        promise: {
          debtorId: call.debtorId,
          kind: 'promise',
          invoiceIds: callItems.map((i) => i.id),
          payments: [{ date: addDays(TODAY, 5), cents: cents(promised) }],
        },
      },
      TODAY,
    );
    const paused = await collectionRepo.debtor(call.debtorId, TODAY);
    expect(paused?.state.status).toBe('paused');
    expect(
      (await collectionRepo.queue(TODAY, 'all')).queue.actions.some(
        (a) => a.debtorId === call.debtorId,
      ),
    ).toBe(false);

    // Ten days later: the date and the grace period passed, nothing was imported since.
    const later = addDays(TODAY, 10);
    const toCheck = await collectionRepo.queue(later, 'all');
    expect(toCheck.promiseAlerts.find((a) => a.debtorId === call.debtorId)?.kind).toBe('to-verify');

    await recordPayment(
      { debtorId: call.debtorId, date: later, receivedCents: cents(0), invoiceIds: [] },
      later,
    );
    expect(
      (await db().promises.where('debtorId').equals(call.debtorId).toArray()).map((p) => p.status),
    ).toContain('broken');
    const resumed = await collectionRepo.queue(later, 'all');
    expect(resumed.promiseAlerts.find((a) => a.debtorId === call.debtorId)?.kind).toBe('broken');
    const next = resumed.queue.actions.find((a) => a.debtorId === call.debtorId);
    expect(next?.step.id).toBe('relance-2');
    expect(next?.reason).toMatch(/promesse du \d\d\/\d\d non tenue/);

    const disputed = next?.items.list()[0];
    if (!disputed) throw new Error('no item');
    await disputesRepo.open({
      debtorId: call.debtorId,
      invoiceIds: [disputed.id],
      category: 'qualite',
      owner: 'Julien',
      notes: 'Palettes abîmées',
    });
    const after = await collectionRepo.queue(later, 'all');
    const ids = after.queue.actions
      .filter((a) => a.debtorId === call.debtorId)
      .flatMap((a) => a.items.list().map((i) => i.id));
    expect(ids).not.toContain(disputed.id);
    expect((await db().invoices.get(disputed.id))?.status).toBe('disputed');
  });

  it('shows only the current user’s actions, and a reassigned one to its new owner', async () => {
    await loadDemoData({ seed: 7, debtors: 40, items: 600, asOfDate: TODAY, previousImports: 0 });
    await collectionSettingsRepo.saveCurrentUser('Camille');
    const mine = await collectionRepo.queue(TODAY, 'mine');
    expect(mine.queue.actions.every((a) => !a.assignee || a.assignee === 'Camille')).toBe(true);
    const action = mine.queue.actions.find((a) => a.assignee === 'Camille');
    if (!action) throw new Error('no action for Camille');
    await queueActionsRepo.decide(
      { key: action.key, debtorId: action.debtorId, label: 'Relance' },
      { kind: 'reassigned', to: 'Julien' },
    );
    const after = await collectionRepo.queue(TODAY, 'mine');
    expect(after.queue.actions.some((a) => a.key === action.key)).toBe(false);
    await collectionSettingsRepo.saveCurrentUser('Julien');
    expect(
      (await collectionRepo.queue(TODAY, 'mine')).queue.actions.some((a) => a.key === action.key),
    ).toBe(true);
  });
});
