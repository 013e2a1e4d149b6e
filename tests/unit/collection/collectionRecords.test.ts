/**
 * What the collection records write: a dispute resolved puts its items back, a payment entered by
 * hand reduces the ledger and restarts prescription, a court stage suspends the amiable ladder and
 * holds prescription, a plan must add up to the debt.
 */
import { describe, expect, it } from 'vitest';
import { casesRepo } from '../../../renderer/src/data/repositories/cases';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { disputesRepo } from '../../../renderer/src/data/repositories/disputes';
import { recordPayment } from '../../../renderer/src/data/repositories/promiseChecks';
import { promisesRepo } from '../../../renderer/src/data/repositories/promises';
import { isoDate } from '../../../renderer/src/domain/dates';
import { disputesFrom } from '../../../renderer/src/domain/disputes';
import type { Debtor, Invoice } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { prescriptionOf } from '../../../renderer/src/domain/prescription';
import { useFreshDb } from '../testDb';

const TODAY = isoDate('2026-11-23');

const debtor: Debtor = {
  id: 'd1',
  accountNo: '411001',
  name: 'Dupont SAS',
  addressLines: ['1 rue Haute'],
  postalCode: '69001',
  city: 'Lyon',
  contacts: [{ id: 'c1', name: 'Léa Martin', role: 'daf', phone: '04 00 00 00 00' }],
  tags: [],
  status: 'active',
};

function invoice(number: string, dueDate: string, openCents: number): Invoice {
  return {
    id: number,
    debtorId: 'd1',
    number,
    kind: 'invoice',
    dueDate: isoDate(dueDate),
    amountCents: cents(openCents),
    openCents: cents(openCents),
    currency: 'EUR',
    status: 'open',
  };
}

describe('collection records', () => {
  const db = useFreshDb();

  async function seed() {
    await db().debtors.add(debtor);
    await db().invoices.bulkAdd([
      invoice('F-1', '2026-09-01', 100_000),
      invoice('F-2', '2026-10-01', 50_000),
    ]);
  }

  it('resolves a dispute: rejected, the item is due again and back in the ladder', async () => {
    await seed();
    await disputesRepo.open({
      debtorId: 'd1',
      invoiceIds: ['F-1'],
      category: 'prix',
      notes: 'Remise contestée',
    });
    const during = await collectionRepo.debtor('d1', TODAY);
    expect(during?.state.status === 'step' && during.state.items.list().map((i) => i.id)).toEqual([
      'F-2',
    ]);
    const [dispute] = disputesFrom(await db().activities.toArray());
    if (!dispute) throw new Error('no dispute');
    await disputesRepo.resolve(dispute, 'rejetee', 'Tarif conforme au contrat');
    expect((await db().invoices.get('F-1'))?.status).toBe('open');
    const after = await collectionRepo.debtor('d1', TODAY);
    expect(after?.state.status === 'step' && after.state.items.list().map((i) => i.id)).toEqual([
      'F-1',
      'F-2',
    ]);
  });

  it('applies a payment oldest first and restarts the prescription of the item paid in part', async () => {
    await seed();
    await recordPayment(
      {
        debtorId: 'd1',
        date: isoDate('2026-11-20'),
        receivedCents: cents(30_000),
        reference: 'VIR-1',
        invoiceIds: [],
      },
      TODAY,
    );
    expect((await db().invoices.get('F-1'))?.openCents).toBe(70_000);
    // The claim deducts it from the day it was received.
    expect(await db().payments.toArray()).toEqual([
      expect.objectContaining({
        invoiceId: 'F-1',
        date: '2026-11-20',
        cents: 30_000,
        source: 'manual',
        reference: 'VIR-1',
      }),
    ]);
    const collection = await collectionRepo.debtor('d1', TODAY);
    const f1 = collection?.items.find((i) => i.id === 'F-1');
    if (!f1 || !collection) throw new Error('missing');
    expect(prescriptionOf(f1, debtor, collection.interruptions).lastDay).toBe('2031-11-20');
  });

  it('moves a case to a court stage: the ladder stops, prescription is held', async () => {
    await seed();
    const opened = await casesRepo.open({
      debtorId: 'd1',
      invoiceIds: ['F-1'],
      step: 'mise-en-demeure',
      date: TODAY,
    });
    // Opening a case is the ladder's last step (« choix de la procédure »): the case takes over.
    expect((await collectionRepo.debtor('d1', TODAY))?.state.status).toBe('finished');
    await casesRepo.changeStage(opened, 'injonction-de-payer', TODAY, 'Requête déposée');
    const collection = await collectionRepo.debtor('d1', TODAY);
    expect(collection?.state.status).toBe('excluded');
    const f1 = collection?.items.find((i) => i.id === 'F-1');
    if (!f1 || !collection) throw new Error('missing');
    expect(prescriptionOf(f1, debtor, collection.interruptions).lastDay).toBeNull();
    const stages = (await db().activities.where('caseId').equals(opened.id).toArray()).map(
      (a) => a.text,
    );
    expect(stages.join('\n')).toMatch(
      /Mise en demeure → Injonction de payer le 23\/11\/2026 — Requête déposée/,
    );
  });

  it('refuses a plan that does not add up to the debt, in French', async () => {
    await seed();
    await expect(
      promisesRepo.create(
        {
          debtorId: 'd1',
          kind: 'plan',
          invoiceIds: ['F-1'],
          payments: [{ date: '2026-12-01', cents: cents(50_000) }],
        },
        TODAY,
      ),
    ).rejects.toThrow(/Les échéances totalisent 500,00\s€ pour une dette de 1\s000,00\s€/);
    expect(await db().promises.count()).toBe(0);
  });
});
