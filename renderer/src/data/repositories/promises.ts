/**
 * Promises to pay and payment plans: recorded with the open amount they start from, checked
 * against the ledger (an import or a payment entered by hand), and marked kept or broken with a
 * line on the timeline. A plan, or a promise confirmed in writing, interrupts prescription.
 */
import { formatDateFr } from '../../domain/dates';
import { itemNumbers } from '../../domain/itemList';
import type { IsoDate, IsoInstant, PaymentPromise } from '../../domain/model';
import { formatEuros, maxCents, sumCents, ZERO_CENTS } from '../../domain/money';
import { type PaymentDraft, plannedPayment, planProblems } from '../../domain/plans';
import { clock } from '../clock';
import { getDb, newId, type RecouvraDb } from '../db';
import { activityRow } from './activities';
import { signature } from './collectionSettings';

export interface PromiseInput {
  debtorId: string;
  kind: 'promise' | 'plan';
  invoiceIds: string[];
  /** Checked by `planProblems` before anything is written. */
  payments: PaymentDraft[];
  /** The debtor confirmed the debt in writing (e-mail, signed plan): interrupts prescription. */
  acknowledged?: boolean;
  note?: string;
}

function describePromise(input: PromiseInput, numbers: string[]): string {
  const total = sumCents(input.payments.map((p) => p.cents));
  const items = numbers.length ? ` (${itemNumbers(numbers)})` : '';
  const first = input.payments[0];
  const last = input.payments.at(-1);
  const note = input.note?.trim() ? ` — ${input.note.trim()}` : '';
  if (input.kind === 'promise' || !first || !last) {
    return `Promesse de paiement : ${formatEuros(total)} le ${formatDateFr(first?.date)}${items}${note}`;
  }
  return `Échéancier accepté : ${input.payments.length} échéances, ${formatEuros(total)} du ${formatDateFr(first.date)} au ${formatDateFr(last.date)}${items}${note}`;
}

/**
 * Writes a promise inside a running transaction over promises, invoices, activities and audit
 * (the guided call records it together with the call). Throws a French message when invalid.
 */
export async function writePromise(
  db: RecouvraDb,
  input: PromiseInput,
  by: string,
  at: IsoInstant,
  today: IsoDate,
): Promise<PaymentPromise> {
  const items = (await db.invoices.bulkGet(input.invoiceIds)).filter((i) => i !== undefined);
  if (items.length === 0) throw new Error('Choisissez les factures concernées.');
  const openCents = sumCents(items.map((i) => maxCents(ZERO_CENTS, i.openCents)));
  const problems = planProblems(input.kind, input.payments, openCents, today);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const promise: PaymentPromise = {
    id: newId(),
    debtorId: input.debtorId,
    kind: input.kind,
    invoiceIds: items.map((i) => i.id),
    createdAt: at,
    installments: input.payments
      .map(plannedPayment)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((p) => ({ date: p.date, cents: p.cents, status: 'pending' })),
    status: 'active',
    startOpenCents: openCents,
  };
  await db.promises.add(promise);
  const invoiceIds = promise.invoiceIds;
  await db.activities.add(
    activityRow(
      {
        debtorId: input.debtorId,
        type: 'promise',
        text: describePromise(
          input,
          items.map((i) => i.number),
        ),
        amountCents: sumCents(input.payments.map((p) => p.cents)),
        invoiceIds,
        details: { kind: 'promise-made', promiseId: promise.id, promiseKind: input.kind },
      },
      by,
      at,
    ),
  );
  if (input.acknowledged) {
    await db.activities.add(
      activityRow(
        {
          debtorId: input.debtorId,
          type: 'note',
          text: 'Reconnaissance de dette écrite reçue : la prescription repart de ce jour',
          invoiceIds,
          details: { kind: 'acknowledgement', date: today },
        },
        by,
        at,
      ),
    );
  }
  await db.audit.add({
    id: newId(),
    at,
    by,
    action: input.kind === 'plan' ? 'plan.create' : 'promise.create',
    entity: 'promises',
    entityId: promise.id,
    details: describePromise(
      input,
      items.map((i) => i.number),
    ),
  });
  return promise;
}

export const promisesRepo = {
  async create(input: PromiseInput, today: IsoDate): Promise<PaymentPromise> {
    const by = await signature();
    const db = getDb();
    return db.transaction('rw', [db.promises, db.invoices, db.activities, db.audit], () =>
      writePromise(db, input, by, clock.nowIso(), today),
    );
  },

  async cancel(promise: PaymentPromise, reason: string): Promise<void> {
    const by = await signature();
    const db = getDb();
    const at = clock.nowIso();
    await db.transaction('rw', [db.promises, db.activities], async () => {
      await db.promises.update(promise.id, { status: 'cancelled' });
      await db.activities.add(
        activityRow(
          {
            debtorId: promise.debtorId,
            type: 'promise',
            text: `${promise.kind === 'plan' ? 'Échéancier annulé' : 'Promesse annulée'} : ${reason.trim() || 'sans motif'}`,
            details: { kind: 'promise-status', promiseId: promise.id, status: 'cancelled' },
          },
          by,
          at,
        ),
      );
    });
  },
};
