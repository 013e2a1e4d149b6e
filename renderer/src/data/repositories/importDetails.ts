import type { Cents, Debtor, ImportRecord, Invoice } from '../../domain/model';
import { getDb } from '../db';

export interface ItemChangeRow {
  invoiceId: string;
  debtorName: string;
  accountNo: string;
  number: string;
  dueDate: string;
  beforeCents: Cents | null;
  afterCents: Cents;
}

export interface ImportDetails {
  record: ImportRecord;
  newDebtors: Debtor[];
  newItems: ItemChangeRow[];
  changedItems: ItemChangeRow[];
  /** Items the import closed as paid: the cash collected since the previous import. */
  closedItems: ItemChangeRow[];
  collectedCents: Cents;
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
    return {
      invoiceId: id,
      debtorName: debtor?.name ?? '',
      accountNo: debtor?.accountNo ?? '',
      number: invoice.number,
      dueDate: invoice.dueDate,
      beforeCents: before.get(id)?.openCents ?? null,
      afterCents: invoice.openCents,
    };
  };
  const rows = (list: string[]) => list.map(row).filter((r): r is ItemChangeRow => !!r);
  const closedItems = rows(journal.closedInvoiceIds);
  const newDebtors = (await db.debtors.bulkGet(journal.createdDebtorIds)).filter(
    (d): d is Debtor => !!d,
  );
  return {
    record,
    newDebtors,
    newItems: rows(journal.createdInvoiceIds),
    changedItems: rows(journal.changedInvoiceIds),
    closedItems,
    collectedCents: closedItems.reduce((sum, r) => sum + (r.beforeCents ?? 0), 0),
  };
}
