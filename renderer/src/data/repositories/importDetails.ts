import { currencyOf, eurOpenCents } from '../../domain/currency';
import type { Cents, Debtor, ImportRecord, Invoice } from '../../domain/model';
import { addCents, subtractCents, sumCents, ZERO_CENTS } from '../../domain/money';
import { getDb } from '../db';

export interface ItemChangeRow {
  invoiceId: string;
  debtorName: string;
  accountNo: string;
  number: string;
  dueDate: string;
  beforeCents: Cents | null;
  afterCents: Cents;
  /** ISO code of both amounts. */
  currency: string;
  /** Euros for one unit of a foreign `currency` before the import (what was collected weighs). */
  eurRateBefore?: number;
}

export interface DebtorChangeRow {
  debtorId: string;
  accountNo: string;
  /** « raison sociale : Alpha SAS → Alpha Industrie SAS », one entry per changed field. */
  changes: string[];
}

export interface ImportDetails {
  record: ImportRecord;
  newDebtors: Debtor[];
  changedDebtors: DebtorChangeRow[];
  newItems: ItemChangeRow[];
  changedItems: ItemChangeRow[];
  /** Items the import closed as paid: the cash collected since the previous import. */
  closedItems: ItemChangeRow[];
  /**
   * Cash collected since the previous import: closed items and partial payments, in euros (a
   * foreign item at its EUR equivalent before the import; none without a rate).
   */
  collectedCents: Cents;
  /** Part of `collectedCents` paid on items still partly open. */
  partialPaymentsCents: Cents;
}

/** The browsable lists behind an import's diff, read from its journal and the ledger. */
export async function importDetails(importId: string): Promise<ImportDetails | null> {
  const db = getDb();
  const [record, journal] = await Promise.all([
    db.imports.get(importId),
    db.importJournals.get(importId),
  ]);
  if (!record || !journal) return null;
  const ids = [
    ...journal.createdInvoiceIds,
    ...journal.changedInvoiceIds,
    ...journal.closedInvoiceIds,
  ];
  const invoices = new Map(
    (await db.invoices.bulkGet(ids)).filter((i): i is Invoice => !!i).map((i) => [i.id, i]),
  );
  const before = new Map(journal.invoicesBefore.map((i) => [i.id, i]));
  const debtorIds = [...new Set([...invoices.values()].map((i) => i.debtorId))];
  const debtors = new Map(
    (await db.debtors.bulkGet(debtorIds)).filter((d): d is Debtor => !!d).map((d) => [d.id, d]),
  );
  const row = (id: string): ItemChangeRow | null => {
    const invoice = invoices.get(id);
    if (!invoice) return null;
    const debtor = debtors.get(invoice.debtorId);
    const former = before.get(id);
    return {
      invoiceId: id,
      debtorName: debtor?.name ?? '',
      accountNo: debtor?.accountNo ?? '',
      number: invoice.number,
      dueDate: invoice.dueDate,
      beforeCents: former?.openCents ?? null,
      afterCents: invoice.openCents,
      currency: currencyOf(invoice),
      ...(former?.eurRate !== undefined ? { eurRateBefore: former.eurRate } : {}),
    };
  };
  const rows = (list: string[]) => list.map(row).filter((r): r is ItemChangeRow => !!r);
  const closedItems = rows(journal.closedInvoiceIds);
  const changedItems = rows(journal.changedInvoiceIds);
  // A lower balance on an item still open is money received too (« partly paid »).
  const inEuros = (r: ItemChangeRow, cents: Cents) =>
    eurOpenCents({ openCents: cents, currency: r.currency, eurRate: r.eurRateBefore }) ??
    ZERO_CENTS;
  const partialPaymentsCents = sumCents(
    changedItems.map((r) =>
      r.beforeCents !== null &&
      r.beforeCents > 0 &&
      r.afterCents >= 0 &&
      r.afterCents < r.beforeCents
        ? inEuros(r, subtractCents(r.beforeCents, r.afterCents))
        : ZERO_CENTS,
    ),
  );
  const newDebtors = (await db.debtors.bulkGet(journal.createdDebtorIds)).filter(
    (d): d is Debtor => !!d,
  );
  const current = new Map(
    (await db.debtors.bulkGet(journal.debtorsBefore.map((d) => d.id)))
      .filter((d): d is Debtor => !!d)
      .map((d) => [d.id, d]),
  );
  const changedDebtors = journal.debtorsBefore.map((before) => ({
    debtorId: before.id,
    accountNo: before.accountNo,
    changes: describeChanges(before, current.get(before.id)),
  }));
  return {
    record,
    newDebtors,
    changedDebtors,
    newItems: rows(journal.createdInvoiceIds),
    changedItems,
    closedItems,
    collectedCents: addCents(
      sumCents(closedItems.map((r) => inEuros(r, r.beforeCents ?? ZERO_CENTS))),
      partialPaymentsCents,
    ),
    partialPaymentsCents,
  };
}

const DEBTOR_FIELDS: [keyof Debtor, string][] = [
  ['name', 'raison sociale'],
  ['siren', 'SIREN'],
  ['addressLines', 'adresse'],
  ['postalCode', 'code postal'],
  ['city', 'ville'],
];

function describeChanges(before: Debtor, after: Debtor | undefined): string[] {
  if (!after) return [];
  const text = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
  return DEBTOR_FIELDS.filter(([key]) => text(before[key]) !== text(after[key])).map(
    ([key, label]) => `${label} : ${text(before[key]) || '—'} → ${text(after[key]) || '—'}`,
  );
}
