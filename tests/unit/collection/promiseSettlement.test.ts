/**
 * Promise settlement is a time-driven change of the data layer: it runs on a timer that reads the
 * injected clock (and at commit, after payments and imports), never as a side effect of reading
 * the queue.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setClockForTests } from '../../../renderer/src/data/clock';
import { newId } from '../../../renderer/src/data/db';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { importsRepo } from '../../../renderer/src/data/repositories/imports';
import { startTimeDrivenChanges } from '../../../renderer/src/data/timeDriven';
import { loadDemoData } from '../../../renderer/src/demo';
import { addDays, isoDate } from '../../../renderer/src/domain/dates';
import type { Invoice, PaymentPromise } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { item, request } from '../importRequests';
import { dumpTables, useFreshDb } from '../testDb';

const TODAY = isoDate('2026-11-23');

describe('promise settlement', () => {
  const db = useFreshDb();
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    setClockForTests(undefined);
  });

  /** A promise of the whole of `invoice`, made twenty days ago, due ten days ago. */
  const promiseDueTenDaysAgo = (
    invoice: Pick<Invoice, 'id' | 'debtorId' | 'openCents'>,
  ): PaymentPromise => ({
    id: newId(),
    debtorId: invoice.debtorId,
    kind: 'promise',
    invoiceIds: [invoice.id],
    createdAt: `${addDays(TODAY, -20)}T09:00:00.000Z`,
    installments: [{ date: addDays(TODAY, -10), cents: invoice.openCents, status: 'pending' }],
    status: 'active',
    startOpenCents: invoice.openCents,
  });

  /**
   * A running promise on a debtor's open items, due ten days before the ledger's date and never
   * paid, left active (as another window, a restored backup or an older version leaves it).
   */
  async function plantUnsettledPromise(): Promise<PaymentPromise> {
    await loadDemoData({ seed: 7, debtors: 20, items: 200, asOfDate: TODAY, previousImports: 0 });
    const invoice = (await db().invoices.toArray()).find((i) => i.status === 'open');
    if (!invoice) throw new Error('no open item');
    await db().promises.clear();
    const promise = promiseDueTenDaysAgo(invoice);
    await db().promises.add(promise);
    return promise;
  }

  it('reading the queue writes nothing, even when a promise is due to be settled', async () => {
    setClockForTests(new Date(`${TODAY}T10:00:00`));
    const promise = await plantUnsettledPromise();
    const tables = ['promises', 'activities', 'audit', 'invoices'];
    const before = await dumpTables(db(), tables);
    const data = await collectionRepo.queue(TODAY, 'all');
    expect(data.promiseAlerts.some((a) => a.debtorId === promise.debtorId)).toBe(true);
    expect(await dumpTables(db(), tables)).toEqual(before);
    expect((await db().promises.get(promise.id))?.status).toBe('active');
  });

  it('the timer settles at the clock’s day: not before the deadline, then on a later tick', async () => {
    const promise = await plantUnsettledPromise();
    // Before the due date plus grace: nothing to settle yet, whatever the ledger says.
    setClockForTests(new Date(`${addDays(TODAY, -12)}T10:00:00`));
    const activitiesBefore = await db().activities.count();
    stop = startTimeDrivenChanges(30);
    // Let a few ticks run at that instant.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await db().promises.get(promise.id))?.status).toBe('active');
    expect(await db().activities.count()).toBe(activitiesBefore);

    // The clock reaches the ledger's date: the next tick marks the promise broken, stamped then.
    const instant = new Date(`${TODAY}T10:00:00`);
    setClockForTests(instant);
    await vi.waitFor(
      async () => expect((await db().promises.get(promise.id))?.status).toBe('broken'),
      { timeout: 3000, interval: 20 },
    );
    const stored = await db().promises.get(promise.id);
    expect(stored?.installments.map((i) => i.status)).toEqual(['missed']);
    const logged = await db()
      .activities.where('debtorId')
      .equals(promise.debtorId)
      .filter((a) => a.details?.kind === 'promise-status')
      .toArray();
    expect(logged.map((a) => [a.at, a.text])).toEqual([
      [instant.toISOString(), expect.stringMatching(/^Promesse du .* non tenue/)],
    ]);
  });

  it('settles each promise on its own debtor’s evidence, several debtors at once', async () => {
    // The ledger is known up to twelve days ago: a promise due ten days ago cannot be judged...
    const asOf = addDays(TODAY, -12);
    await loadDemoData({ seed: 7, debtors: 20, items: 200, asOfDate: asOf, previousImports: 0 });
    await db().promises.clear();
    const open = (await db().invoices.toArray()).filter((i) => i.status === 'open');
    const byDebtor = [...new Map(open.map((i) => [i.debtorId, i])).values()].slice(0, 3);
    expect(byDebtor).toHaveLength(3);
    const promises = byDebtor.map((invoice) => promiseDueTenDaysAgo(invoice));
    await db().promises.bulkAdd(promises);
    // ...except where the user checked the payments since: « aucun règlement reçu » today, on
    // the first and third debtors only.
    for (const promise of [promises[0], promises[2]]) {
      await db().activities.add({
        id: newId(),
        debtorId: promise?.debtorId ?? '',
        // As « Constater un règlement » and the bank matching write it.
        type: 'payment',
        at: `${TODAY}T08:00:00.000Z`,
        by: 'test',
        text: 'Aucun règlement reçu',
        details: { kind: 'payment-entry', date: TODAY, receivedCents: cents(0) },
      });
    }
    setClockForTests(new Date(`${TODAY}T10:00:00`));
    stop = startTimeDrivenChanges(60_000);
    await vi.waitFor(
      async () => expect((await db().promises.get(promises[0]?.id ?? ''))?.status).toBe('broken'),
      { timeout: 3000, interval: 20 },
    );
    const statuses = await Promise.all(promises.map((p) => db().promises.get(p.id)));
    expect(statuses.map((p) => p?.status)).toEqual(['broken', 'active', 'broken']);
  });

  it('an import settles at commit: a paid item keeps its promise, an unpaid one breaks its own', async () => {
    setClockForTests(new Date('2026-11-02T10:00:00'));
    await importsRepo.commit(
      request('2026-10-31', [item('C001', 'F-1', 100_00), item('C001', 'F-2', 250_50)]),
    );
    const invoices = new Map((await db().invoices.toArray()).map((i) => [i.number, i]));
    const promiseOn = (number: string): PaymentPromise => {
      const invoice = invoices.get(number);
      if (!invoice) throw new Error(number);
      return {
        id: newId(),
        debtorId: invoice.debtorId,
        kind: 'promise',
        invoiceIds: [invoice.id],
        createdAt: '2026-11-02T09:00:00.000Z',
        installments: [
          { date: isoDate('2026-11-15'), cents: invoice.openCents, status: 'pending' },
        ],
        status: 'active',
        startOpenCents: invoice.openCents,
      };
    };
    const [paid, unpaid] = [promiseOn('F-1'), promiseOn('F-2')];
    await db().promises.bulkAdd([paid, unpaid]);

    // November: F-1 left the file (paid), F-2 is still open after its promised date. Imported a
    // month later: two imports stamped with the same instant have no « latest ».
    setClockForTests(new Date('2026-12-01T10:00:00'));
    await importsRepo.commit(request('2026-11-30', [item('C001', 'F-2', 250_50)]));
    expect((await db().promises.get(paid.id))?.status).toBe('kept');
    expect((await db().promises.get(unpaid.id))?.status).toBe('broken');
  });
});
