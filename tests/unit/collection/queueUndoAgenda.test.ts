/**
 * The queue's quick actions and their « Annuler » in IndexedDB, note reminders and callbacks in
 * the queue and the agenda, and the batch of a template leaving out the debtors a promise holds:
 * through the data layer, on the demo portfolio.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activitiesRepo } from '../../../renderer/src/data/repositories/activities';
import { agendaRepo } from '../../../renderer/src/data/repositories/agenda';
import { callsRepo } from '../../../renderer/src/data/repositories/calls';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { queueActionsRepo } from '../../../renderer/src/data/repositories/queueActions';
import { loadDemoData } from '../../../renderer/src/demo';
import { addDays, isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

const TODAY = isoDate('2026-11-23');

async function queueRow(debtorId: string, day = TODAY) {
  const data = await collectionRepo.queue(day, 'all');
  return { data, row: data.rows.find((r) => r.debtorId === debtorId) };
}

describe('quick actions, undo, reminders and batches', () => {
  const db = useFreshDb();
  let now = new Date(`${TODAY}T10:00:00`).getTime();
  beforeEach(async () => {
    now = new Date(`${TODAY}T10:00:00`).getTime();
    vi.useFakeTimers({ now, toFake: ['Date'] });
    await loadDemoData({ seed: 7, debtors: 40, items: 600, asOfDate: TODAY, previousImports: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  /** Each write a second later than the previous one: « the latest decision » is well defined. */
  const tick = () => {
    now += 1000;
    vi.setSystemTime(now);
  };

  it('one row per debtor; done and snooze leave the queue, « Annuler » brings them back', async () => {
    const all = await collectionRepo.queue(TODAY, 'all');
    const ids = all.rows.map((r) => r.debtorId);
    expect(new Set(ids).size).toBe(ids.length);
    const row = all.rows.find((r) => r.actions.length > 1);
    if (!row) throw new Error('no debtor with two channels');
    const before = await db().activities.count();

    const done: string[] = [];
    for (const action of row.actions) {
      tick();
      done.push(
        await queueActionsRepo.decide(
          { key: action.key, debtorId: action.debtorId, label: action.step.label },
          { kind: 'done' },
        ),
      );
    }
    const after = await queueRow(row.debtorId);
    expect(after.row?.stage?.id).not.toBe(row.stage?.id);

    tick();
    await queueActionsRepo.undo(row.debtorId, done, 'Test');
    const undone = await queueRow(row.debtorId);
    expect(undone.row?.stage?.id).toBe(row.stage?.id);
    expect(undone.row?.actions.map((a) => a.key)).toEqual(row.actions.map((a) => a.key));
    // Append-only: the decisions stay, an undo activity names them.
    expect(await db().activities.count()).toBe(before + row.actions.length + 1);
    const marker = (await db().activities.where('debtorId').equals(row.debtorId).toArray()).find(
      (a) => a.details?.kind === 'undo',
    );
    expect(marker?.details).toEqual({ kind: 'undo', activityIds: done });

    // Snoozed to Monday: out of today's queue, back on Monday; undone: back today.
    const action = row.actions[0];
    if (!action) throw new Error('no action');
    tick();
    const snoozed = await queueActionsRepo.decide(
      { key: action.key, debtorId: row.debtorId, label: 'Test' },
      { kind: 'snoozed', until: addDays(TODAY, 7) },
    );
    expect((await queueRow(row.debtorId)).row?.actions.map((a) => a.key)).not.toContain(action.key);
    tick();
    await queueActionsRepo.undo(row.debtorId, [snoozed], 'Test');
    expect((await queueRow(row.debtorId)).row?.actions.map((a) => a.key)).toContain(action.key);
  });

  it('« pas de réponse » snoozes the call to tomorrow; « Annuler » undoes the call and the snooze', async () => {
    const all = await collectionRepo.queue(TODAY, 'all');
    const row = all.rows.find((r) => r.actions.some((a) => a.channel === 'telephone'));
    const call = row?.actions.find((a) => a.channel === 'telephone');
    if (!row || !call) throw new Error('no call');
    tick();
    const ids = await callsRepo.record(
      {
        debtorId: row.debtorId,
        action: { key: call.key, label: 'Relance 1 — Téléphone' },
        outcome: 'pas-de-reponse',
        notes: '',
      },
      TODAY,
    );
    expect(ids).toHaveLength(2);
    expect((await queueRow(row.debtorId)).row?.actions.map((a) => a.key)).not.toContain(call.key);
    const tomorrow = await queueRow(row.debtorId, addDays(TODAY, 1));
    expect(tomorrow.row?.actions.map((a) => a.key)).toContain(call.key);
    tick();
    await queueActionsRepo.undo(row.debtorId, ids, 'Appel');
    expect((await queueRow(row.debtorId)).row?.actions.map((a) => a.key)).toContain(call.key);
  });

  it('a note « rappeler … » puts the debtor first in the queue that day and in the agenda', async () => {
    const all = await collectionRepo.queue(TODAY, 'all');
    const last = all.rows.at(-1);
    if (!last) throw new Error('empty queue');
    const monday = addDays(TODAY, 7);
    tick();
    await activitiesRepo.addNote(last.debtorId, 'Rappeler lundi : le DAF sera rentré', monday);
    expect((await collectionRepo.queue(TODAY, 'all')).rows[0]?.callback).toBeUndefined();
    const thatDay = await collectionRepo.queue(monday, 'all');
    expect(thatDay.rows[0]?.debtorId).toBe(last.debtorId);
    expect(thatDay.rows[0]?.callback?.text).toBe('Rappeler lundi : le DAF sera rentré');

    const agenda = await agendaRepo.load(TODAY);
    const callback = agenda.callbacks.find((c) => c.debtorId === last.debtorId);
    expect(callback?.date).toBe(monday);
    expect(callback?.source).toBe('note');

    // Marked done on that day: gone from the queue and the agenda.
    const key = thatDay.rows[0]?.callback?.key ?? '';
    tick();
    await queueActionsRepo.decide(
      { key, debtorId: last.debtorId, label: 'Rappel' },
      { kind: 'done' },
    );
    expect((await collectionRepo.queue(monday, 'all')).rows[0]?.callback).toBeUndefined();
    expect((await agendaRepo.load(TODAY)).callbacks.some((c) => c.debtorId === last.debtorId)).toBe(
      false,
    );
  });

  it('a promise takes the debtor out of its step’s batch, greyed with the reason, and into the forecast', async () => {
    const first = await collectionRepo.batch(TODAY, undefined);
    const due = first.candidates.filter((c) => !c.excluded);
    const target = due[0];
    if (!target) throw new Error('nobody due');
    expect(first.templateId).not.toBe('mise-en-demeure');
    tick();
    const promised = cents(target.amountCents);
    await callsRepo.record(
      {
        debtorId: target.debtorId,
        outcome: 'promesse',
        notes: '',
        promise: {
          debtorId: target.debtorId,
          kind: 'promise',
          invoiceIds: target.itemIds,
          payments: [{ date: addDays(TODAY, 3), cents: promised }],
        },
      },
      TODAY,
    );
    const after = await collectionRepo.batch(TODAY, first.templateId);
    const held = after.candidates.find((c) => c.debtorId === target.debtorId);
    expect(held?.excluded?.headline).toBe('Promesse de paiement en cours');
    expect(held?.excluded?.reason).toMatch(/^Promesse de paiement en cours\s: .+ attendus le /);
    expect(held?.promise).toMatch(/^Promesse\s: /);

    const agenda = await agendaRepo.load(TODAY);
    const entry = agenda.promises.find((p) => p.promise.debtorId === target.debtorId);
    expect(entry?.installments.map((i) => [i.date, i.cents])).toEqual([
      [addDays(TODAY, 3), promised],
    ]);
  });
});
