/**
 * Checking promises against the ledger: a payment entered by hand (or « aucun règlement reçu »)
 * and the settlement that marks running promises kept or broken once the ledger says so. Run at
 * commit (after each payment entry and each import) and on the data layer's timer (timeDriven.ts),
 * never when a page opens.
 */

import { evidenceDate, groupByDebtor } from '../../domain/collectionView';
import { formatDateFr } from '../../domain/dates';
import { itemNumbers } from '../../domain/itemList';
import type { Cents, ImportRecord, IsoDate, PaymentPromise } from '../../domain/model';
import { formatEuros, ZERO_CENTS } from '../../domain/money';
import { allocatePayment } from '../../domain/payments';
import { coveredOpenCents, evaluatePromise } from '../../domain/promiseStatus';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { activityRow, recordChange } from './activities';
import { collectionSettingsRepo, signature } from './collectionSettings';

export interface PaymentEntry {
  debtorId: string;
  date: IsoDate;
  /** 0: the user checked and nothing was received. */
  receivedCents: Cents;
  reference?: string;
  /** Items the payment settles; empty: the debtor's open invoices, oldest first. */
  invoiceIds: string[];
}

function latestImport(records: readonly ImportRecord[]): ImportRecord | undefined {
  return records.reduce<ImportRecord | undefined>(
    (best, r) => (!best || r.importedAt > best.importedAt ? r : best),
    undefined,
  );
}

interface Settlement {
  promise: PaymentPromise;
  evaluation: ReturnType<typeof evaluatePromise>;
  state: 'kept' | 'broken';
}

/**
 * The running promises that the ledger now shows kept or broken, read in three queries (the
 * promises, their items, the payments entered) whatever their number.
 */
async function dueSettlements(today: IsoDate, graceDays: number): Promise<Settlement[]> {
  const db = getDb();
  const [active, imports] = await Promise.all([
    db.promises.where('status').equals('active').toArray(),
    db.imports.toArray(),
  ]);
  if (active.length === 0) return [];
  const asOf = latestImport(imports)?.asOfDate;
  const promised = new Set(active.map((p) => p.debtorId));
  const [items, payments] = await Promise.all([
    db.invoices.bulkGet([...new Set(active.flatMap((p) => p.invoiceIds))]),
    // The evidence date reads only the payments entered (by hand or from a bank statement).
    // Every activity of the promised debtors was 2,181 rows on the 100,000-item ledger, read at
    // each start of the app (1.4 s, on the main thread); its payments, 360 rows in 31 ms.
    db.activities.where('type').equals('payment').toArray(),
  ]);
  const itemsById = new Map(items.flatMap((i) => (i ? [[i.id, i] as const] : [])));
  const activitiesOf = groupByDebtor(payments.filter((a) => promised.has(a.debtorId)));
  return active.flatMap((promise) => {
    const evaluation = evaluatePromise(promise, {
      openCents: coveredOpenCents(promise, itemsById),
      evidenceDate: evidenceDate(activitiesOf.get(promise.debtorId) ?? [], asOf),
      today,
      graceDays,
    });
    const { state } = evaluation;
    return state === 'kept' || state === 'broken' ? [{ promise, evaluation, state }] : [];
  });
}

export async function settlePromises(
  today: IsoDate = clock.today(),
): Promise<{ kept: number; broken: number }> {
  const [ladder, by] = await Promise.all([collectionSettingsRepo.ladder(), signature()]);
  const db = getDb();
  const tables = [db.promises, db.invoices, db.activities, db.imports];
  // Most days no promise falls due: a read-only look first, so that the start of the app (which
  // runs this) holds no write lock on tables every page reads while it starts.
  const due = await db.transaction('r', tables, () =>
    dueSettlements(today, ladder.promiseGraceDays),
  );
  if (due.length === 0) return { kept: 0, broken: 0 };
  return db.transaction('rw', tables, async () => {
    // Read again under the write lock: another tab may have settled them meanwhile.
    const settlements = await dueSettlements(today, ladder.promiseGraceDays);
    const at = clock.nowIso();
    let kept = 0;
    let broken = 0;
    for (const { promise, evaluation, state } of settlements) {
      const installments = promise.installments.map((installment) => {
        const check = evaluation.installments.find((i) => i.date === installment.date);
        const status =
          check?.state === 'paid'
            ? 'paid'
            : check?.state === 'missed'
              ? 'missed'
              : installment.status;
        return { ...installment, status };
      });
      await db.promises.update(promise.id, { status: state, installments });
      await db.activities.add(
        activityRow(
          statusActivity(promise, state, evaluation.paidCents, evaluation.promisedCents),
          by,
          at,
        ),
      );
      if (state === 'kept') kept += 1;
      else broken += 1;
    }
    return { kept, broken };
  });
}

function statusActivity(
  promise: PaymentPromise,
  state: 'kept' | 'broken',
  paid: Cents,
  promised: Cents,
) {
  const what = promise.kind === 'plan' ? 'Échéancier' : 'Promesse';
  const first = promise.installments[0];
  const text =
    state === 'kept'
      ? `${what} tenu${promise.kind === 'plan' ? '' : 'e'} : ${formatEuros(paid)} reçus`
      : `${what} du ${formatDateFr(first?.date)} non ${promise.kind === 'plan' ? 'respecté' : 'tenue'} : ${formatEuros(paid)} reçus sur ${formatEuros(promised)} — l’échelle de relance reprend`;
  return {
    debtorId: promise.debtorId,
    type: 'promise' as const,
    text,
    invoiceIds: promise.invoiceIds,
    details: { kind: 'promise-status' as const, promiseId: promise.id, status: state },
  };
}

/** Applies a payment seen by the user to the ledger, then settles the promises it concerns. */
export async function recordPayment(entry: PaymentEntry, today: IsoDate): Promise<void> {
  const by = await signature();
  const db = getDb();
  const at = clock.nowIso();
  await db.transaction('rw', [db.invoices, db.payments, db.activities, db.audit], async () => {
    const chosen = entry.invoiceIds.length
      ? (await db.invoices.bulkGet(entry.invoiceIds)).filter((i) => i !== undefined)
      : await db.invoices
          .where('debtorId')
          .equals(entry.debtorId)
          .filter((i) => i.status === 'open')
          .toArray();
    const { allocations, unappliedCents } = allocatePayment(chosen, entry.receivedCents);
    const numbers = new Map(chosen.map((i) => [i.id, i.number]));
    const reference = entry.reference?.trim();
    // The day the money was received: the claim deducts it from that day on.
    await db.payments.bulkAdd(
      allocations.map((a) => ({
        id: newId(),
        debtorId: entry.debtorId,
        invoiceId: a.invoiceId,
        date: entry.date,
        cents: a.appliedCents,
        source: 'manual' as const,
        ...(reference ? { reference } : {}),
        recordedAt: at,
      })),
    );
    for (const a of allocations) {
      await db.invoices.update(
        a.invoiceId,
        a.openCents === 0 ? { openCents: ZERO_CENTS, status: 'paid' } : { openCents: a.openCents },
      );
    }
    const ref = entry.reference?.trim() ? `, réf. ${entry.reference.trim()}` : '';
    const detail = itemNumbers(
      allocations.map(
        (a) =>
          `${numbers.get(a.invoiceId)} ${a.openCents === 0 ? 'soldée' : `: reste ${formatEuros(a.openCents)}`}`,
      ),
    );
    const extra = unappliedCents > 0 ? ` ; ${formatEuros(unappliedCents)} non affectés` : '';
    const text =
      entry.receivedCents > 0
        ? `Règlement constaté : ${formatEuros(entry.receivedCents)} reçus le ${formatDateFr(entry.date)}${ref} (${detail})${extra}`
        : `Aucun règlement reçu au ${formatDateFr(entry.date)}`;
    await recordChange(
      db,
      {
        debtorId: entry.debtorId,
        type: 'payment',
        text,
        ...(entry.receivedCents > 0 ? { amountCents: entry.receivedCents } : {}),
        invoiceIds: allocations.length
          ? allocations.map((a) => a.invoiceId)
          : chosen.map((i) => i.id),
        details: {
          kind: 'payment-entry',
          date: entry.date,
          receivedCents: entry.receivedCents,
          ...(entry.reference?.trim() ? { reference: entry.reference.trim() } : {}),
        },
      },
      { action: 'payment.manual', entity: 'invoices', entityId: entry.debtorId },
      by,
      at,
    );
  });
  await settlePromises(today);
}
