import { currencyOf, eurOpenCents } from '../../domain/currency';
import type { Cents, Debtor, ImportRecord } from '../../domain/model';
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
  /** The first IMPORT_LIST_LIMIT new debtors; `newDebtorCount` says how many there are. */
  newDebtors: Debtor[];
  newDebtorCount: number;
  changedDebtors: DebtorChangeRow[];
  /** The first IMPORT_LIST_LIMIT new items; `newItemCount` says how many there are. */
  newItems: ItemChangeRow[];
  newItemCount: number;
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

/** Rows of each list the import's result shows; the rest are counted. */
export const IMPORT_LIST_LIMIT = 300;

/**
 * Keys per read: a month's import can change or close tens of thousands of items, and reading
 * them in one request deserialised them all in one main-thread task (2 s for 100,000 items).
 */
const READ_SLICE = 2_000;

async function readInSlices<T>(
  table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]> },
  keys: readonly string[],
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let at = 0; at < keys.length; at += READ_SLICE) {
    const slice = keys.slice(at, at + READ_SLICE);
    const rows = await table.bulkGet(slice);
    rows.forEach((row, index) => {
      if (row) found.set(slice[index] as string, row);
    });
  }
  return found;
}

/** The browsable lists behind an import's diff, read from its journal and the ledger. */
export async function importDetails(importId: string): Promise<ImportDetails | null> {
  const db = getDb();
  const [record, journal] = await Promise.all([
    db.imports.get(importId),
    db.importJournals.get(importId),
  ]);
  if (!record || !journal) return null;
  // Every changed and closed item (the sums read them all), only the first new ones (shown).
  const shownNew = journal.createdInvoiceIds.slice(0, IMPORT_LIST_LIMIT);
  const invoices = await readInSlices(db.invoices, [
    ...shownNew,
    ...journal.changedInvoiceIds,
    ...journal.closedInvoiceIds,
  ]);
  const before = new Map(journal.invoicesBefore.map((i) => [i.id, i]));
  const debtorIds = [...new Set([...invoices.values()].map((i) => i.debtorId))];
  const debtors = await readInSlices(db.debtors, debtorIds);
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
  const newDebtors = [
    ...(
      await readInSlices(db.debtors, journal.createdDebtorIds.slice(0, IMPORT_LIST_LIMIT))
    ).values(),
  ];
  const current = await readInSlices(
    db.debtors,
    journal.debtorsBefore.map((d) => d.id),
  );
  const changedDebtors = journal.debtorsBefore.map((before) => ({
    debtorId: before.id,
    accountNo: before.accountNo,
    changes: describeChanges(before, current.get(before.id)),
  }));
  return {
    record,
    newDebtors,
    newDebtorCount: journal.createdDebtorIds.length,
    changedDebtors,
    newItems: rows(shownNew),
    newItemCount: journal.createdInvoiceIds.length,
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
