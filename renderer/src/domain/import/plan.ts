/**
 * Plans what an import does to the ledger, without touching it: which debtors and items are
 * created, changed or closed, the per-debtor snapshot, and the journal that allows undo. Pure, so
 * the rules are table-tested; the data layer only executes the plan in one transaction.
 */
import { type BucketBoundaries, bucketTotals, sumBuckets } from '../aging';
import type {
  Cents,
  Debtor,
  ImportDiff,
  ImportJournal,
  Invoice,
  IsoDate,
  IsoInstant,
  Payment,
  Snapshot,
} from '../model';
import { addCents, subtractCents, ZERO_CENTS } from '../money';
import { snapshotId } from '../snapshotIds';
import type { ParsedDebtor, ParsedItem } from './types';

export interface ImportPlanInput {
  importId: string;
  asOfDate: IsoDate;
  /** A partial file (one entity, one assignee…) must not close the items it does not list. */
  partialFile: boolean;
  debtors: readonly ParsedDebtor[];
  items: readonly ParsedItem[];
  existingDebtors: readonly Debtor[];
  existingInvoices: readonly Invoice[];
  newId: () => string;
  /** When the import is written (the payments it finds are recorded at that instant). */
  importedAt: IsoInstant;
  /** The user's aging boundaries (Paramètres → Gestionnaires); the defaults otherwise. */
  boundaries?: BucketBoundaries;
  /** Invoices paid by bank statements since the previous import (their payments are dated). */
  settledByBankIds?: ReadonlySet<string>;
}

export interface DebtorChange {
  before: Debtor;
  after: Debtor;
  /** French labels of the fields that changed, for the diff (« raison sociale », « adresse »). */
  fields: string[];
}

export interface ImportPlan {
  debtorsToPut: Debtor[];
  invoicesToPut: Invoice[];
  /** Payments deduced from lower balances, dated « au plus tard » the import's as-of date. */
  paymentsToAdd: Payment[];
  snapshots: Snapshot[];
  journal: ImportJournal;
  diff: ImportDiff & { newDebtors: number; changedDebtors: number };
  debtorChanges: DebtorChange[];
}

const isOpen = (invoice: Invoice) => invoice.status === 'open' || invoice.status === 'disputed';
const itemKey = (debtorId: string, number: string) => `${debtorId}\u0000${number}`;

/** Lines repeated for one document (instalments, SAP line items) are one item: amounts add up. */
function mergeDuplicateItems(items: readonly ParsedItem[]): ParsedItem[] {
  const merged = new Map<string, ParsedItem>();
  for (const item of items) {
    const key = itemKey(item.accountNo, item.number);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...item });
      continue;
    }
    seen.amountCents = addCents(seen.amountCents, item.amountCents);
    seen.openCents = addCents(seen.openCents, item.openCents);
    if (item.dueDate < seen.dueDate) seen.dueDate = item.dueDate;
  }
  return [...merged.values()];
}

function updateDebtor(existing: Debtor, parsed: ParsedDebtor): DebtorChange | null {
  const after: Debtor = { ...existing };
  const fields: string[] = [];
  const set = <K extends keyof Debtor>(key: K, value: Debtor[K] | undefined, label: string) => {
    if (value === undefined || value === '' || value === existing[key]) return;
    after[key] = value as Debtor[K];
    fields.push(label);
  };
  set('name', parsed.name, 'raison sociale');
  set('siren', parsed.siren, 'SIREN');
  set('postalCode', parsed.postalCode, 'code postal');
  set('city', parsed.city, 'ville');
  if (
    parsed.addressLines?.length &&
    parsed.addressLines.join('\n') !== existing.addressLines.join('\n')
  ) {
    after.addressLines = [...parsed.addressLines];
    fields.push('adresse');
  }
  return fields.length ? { before: existing, after, fields } : null;
}

function newDebtor(parsed: ParsedDebtor, id: string): Debtor {
  return {
    id,
    accountNo: parsed.accountNo,
    name: parsed.name || parsed.accountNo,
    siren: parsed.siren,
    addressLines: parsed.addressLines ?? [],
    postalCode: parsed.postalCode,
    city: parsed.city,
    country: 'France',
    contacts: [],
    tags: [],
    status: 'active',
  };
}

function itemChanged(before: Invoice, item: ParsedItem): boolean {
  return (
    before.openCents !== item.openCents ||
    before.amountCents !== item.amountCents ||
    before.dueDate !== item.dueDate ||
    (item.issueDate !== undefined && before.issueDate !== item.issueDate) ||
    !!before.dueDateIsLatest !== !!item.dueDateIsLatest ||
    (before.currency || 'EUR') !== item.currency ||
    before.eurRate !== item.eurRate ||
    !isOpen(before)
  );
}

export function planImport(input: ImportPlanInput): ImportPlan {
  const { importId } = input;
  const debtorByAccount = new Map(input.existingDebtors.map((d) => [d.accountNo, d]));
  const debtorsToPut: Debtor[] = [];
  const debtorChanges: DebtorChange[] = [];
  const createdDebtorIds: string[] = [];

  for (const parsed of input.debtors) {
    const existing = debtorByAccount.get(parsed.accountNo);
    if (existing) {
      const change = updateDebtor(existing, parsed);
      if (change) {
        debtorChanges.push(change);
        debtorsToPut.push(change.after);
        debtorByAccount.set(parsed.accountNo, change.after);
      }
      continue;
    }
    const created = newDebtor(parsed, input.newId());
    createdDebtorIds.push(created.id);
    debtorsToPut.push(created);
    debtorByAccount.set(created.accountNo, created);
  }

  const invoiceByKey = new Map(
    input.existingInvoices.map((i) => [itemKey(i.debtorId, i.number), i]),
  );
  const finalByKey = new Map(invoiceByKey);
  const seenKeys = new Set<string>();
  const invoicesToPut: Invoice[] = [];
  const invoicesBefore: Invoice[] = [];
  const createdInvoiceIds: string[] = [];
  const changedInvoiceIds: string[] = [];
  const closedInvoiceIds: string[] = [];
  let unchangedItems = 0;
  const bank = input.settledByBankIds ?? new Set<string>();
  let settledByBank = 0;
  let awaitingLettrage = 0;
  const paymentsToAdd: Payment[] = [];
  /** What was paid on an invoice between two observations; the day is unknown, hence « au plus tard ». */
  const paid = (invoice: Invoice, cents: Cents) => {
    if (invoice.kind !== 'invoice' || cents <= 0) return;
    paymentsToAdd.push({
      id: input.newId(),
      debtorId: invoice.debtorId,
      invoiceId: invoice.id,
      date: input.asOfDate,
      cents,
      source: 'import',
      dateIsLatest: true,
      importId,
      recordedAt: input.importedAt,
    });
  };

  for (const item of mergeDuplicateItems(input.items)) {
    const debtor = debtorByAccount.get(item.accountNo);
    if (!debtor) continue; // The parser emits a debtor for every account it reads.
    const key = itemKey(debtor.id, item.number);
    seenKeys.add(key);
    const before = invoiceByKey.get(key);
    if (before && bank.has(before.id)) {
      // The bank said it was paid; the ERP has not posted it yet: keep the bank's dated figure.
      if (item.openCents > before.openCents) {
        unchangedItems += 1;
        awaitingLettrage += 1;
        continue;
      }
      if (item.openCents === before.openCents) settledByBank += 1;
    }
    if (before && !itemChanged(before, item)) {
      unchangedItems += 1;
      continue;
    }
    const after = invoiceFrom(item, before, debtor.id, importId, input.newId);
    if (before) {
      invoicesBefore.push(before);
      changedInvoiceIds.push(after.id);
      if (isOpen(before) && after.openCents >= 0)
        paid(after, subtractCents(before.openCents, after.openCents));
    } else {
      createdInvoiceIds.push(after.id);
      if (after.openCents >= 0) paid(after, subtractCents(after.amountCents, after.openCents));
    }
    invoicesToPut.push(after);
    finalByKey.set(key, after);
  }

  if (!input.partialFile) {
    for (const [key, before] of invoiceByKey) {
      if (seenKeys.has(key)) continue;
      if (!isOpen(before)) {
        if (bank.has(before.id)) settledByBank += 1;
        continue;
      }
      const closed: Invoice = {
        ...before,
        status: 'paid',
        openCents: ZERO_CENTS,
        lastImportId: importId,
        closedByImportId: importId,
      };
      invoicesBefore.push(before);
      closedInvoiceIds.push(before.id);
      paid(before, before.openCents);
      invoicesToPut.push(closed);
      finalByKey.set(key, closed);
    }
  }

  return {
    debtorsToPut,
    invoicesToPut,
    paymentsToAdd,
    debtorChanges,
    snapshots: snapshotsOf(finalByKey.values(), importId, input.asOfDate, input.boundaries),
    journal: {
      importId,
      createdDebtorIds,
      debtorsBefore: debtorChanges.map((c) => c.before),
      createdInvoiceIds,
      changedInvoiceIds,
      closedInvoiceIds,
      invoicesBefore,
      createdPaymentIds: paymentsToAdd.map((p) => p.id),
    },
    diff: {
      newDebtors: createdDebtorIds.length,
      changedDebtors: debtorChanges.length,
      newItems: createdInvoiceIds.length,
      changedItems: changedInvoiceIds.length,
      closedItems: closedInvoiceIds.length,
      unchangedItems,
      ...(settledByBank ? { settledByBank } : {}),
      ...(awaitingLettrage ? { awaitingLettrage } : {}),
    },
  };
}

/**
 * The ledger row of an imported item. Absent fields are left out rather than set to undefined:
 * IndexedDB stores every own property, and 100,000 rows of empty keys cost real write time.
 */
function invoiceFrom(
  item: ParsedItem,
  before: Invoice | undefined,
  debtorId: string,
  importId: string,
  newId: () => string,
): Invoice {
  const {
    closedByImportId: _reopened,
    dueDateIsLatest: _bound,
    eurRate: _formerRate,
    ...kept
  } = before ?? ({} as Partial<Invoice>);
  const invoice: Invoice = {
    ...kept,
    id: before?.id ?? newId(),
    debtorId,
    number: item.number,
    kind: item.kind,
    dueDate: item.dueDate,
    amountCents: item.amountCents,
    openCents: item.openCents,
    currency: item.currency,
    status: before?.status === 'disputed' ? 'disputed' : 'open',
    lastImportId: importId,
    firstSeenImportId: before?.firstSeenImportId ?? importId,
  };
  if (item.issueDate) invoice.issueDate = item.issueDate;
  if (item.poNumber) invoice.poNumber = item.poNumber;
  if (item.synthetic) invoice.synthetic = true;
  if (item.dueDateIsLatest) invoice.dueDateIsLatest = true;
  if (item.eurRate !== undefined && item.currency !== 'EUR') invoice.eurRate = item.eurRate;
  return invoice;
}

/** One snapshot per debtor with open items: the trend charts read these, not the history. */
function snapshotsOf(
  invoices: Iterable<Invoice>,
  importId: string,
  asOfDate: IsoDate,
  boundaries?: BucketBoundaries,
): Snapshot[] {
  const openByDebtor = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (!isOpen(invoice)) continue;
    const list = openByDebtor.get(invoice.debtorId);
    if (list) list.push(invoice);
    else openByDebtor.set(invoice.debtorId, [invoice]);
  }
  return [...openByDebtor].map(([debtorId, items]) => {
    // Euros: bucketTotals counts a foreign item for its EUR equivalent (aging.ts).
    const buckets = bucketTotals(items, asOfDate, boundaries);
    return {
      id: snapshotId(importId, debtorId),
      importId,
      debtorId,
      asOfDate,
      totalCents: sumBuckets(buckets),
      buckets,
    };
  });
}
