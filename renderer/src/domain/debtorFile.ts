/**
 * What the fiche débiteur lists: the open items with their age and what is going on with each
 * (dispute, promise, case), and the payments the imports revealed. A payment is never entered
 * by hand here: an item that an import no longer lists was settled between that import and the
 * one before, which is all the ledger can honestly say about when it was paid.
 */
import { type BucketBoundaries, type BucketKey, bucketForDays, pastDueCounter } from './aging';
import type { Case, Invoice, InvoiceKind, IsoDate, PaymentPromise } from './model';
import { isOpenCase } from './stage';

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = {
  invoice: 'Facture',
  'credit-note': 'Avoir',
  'unapplied-payment': 'Règlement non affecté',
};

export type ItemFlag = 'disputed' | 'promised' | 'in-case';

export const ITEM_FLAG_LABELS: Record<ItemFlag, string> = {
  disputed: 'En litige',
  promised: 'Promesse',
  'in-case': 'En dossier',
};

export interface OpenItemLine {
  invoice: Invoice;
  daysPastDue: number;
  bucket: BucketKey;
  flags: ItemFlag[];
}

export interface SettledItemLine {
  invoice: Invoice;
  /** As-of date of the import that no longer listed it. */
  settledBy?: IsoDate;
  /** As-of date of the import before that one: it was paid after this date. */
  settledAfter?: IsoDate;
}

const isOpen = (invoice: Invoice) => invoice.status === 'open' || invoice.status === 'disputed';

/** Open items, oldest due date first. */
export function openItemLines(
  items: readonly Invoice[],
  asOf: IsoDate,
  boundaries: BucketBoundaries,
  promises: readonly PaymentPromise[],
  cases: readonly Case[],
): OpenItemLine[] {
  const promised = new Set(
    promises.filter((p) => p.status === 'active').flatMap((p) => p.invoiceIds),
  );
  const inCase = new Set(cases.filter(isOpenCase).flatMap((c) => c.invoiceIds));
  const pastDue = pastDueCounter(asOf);
  return items
    .filter(isOpen)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((invoice) => {
      const flags: ItemFlag[] = [];
      if (invoice.status === 'disputed') flags.push('disputed');
      if (promised.has(invoice.id)) flags.push('promised');
      if (inCase.has(invoice.id)) flags.push('in-case');
      const days = pastDue(invoice.dueDate);
      return { invoice, daysPastDue: days, bucket: bucketForDays(days, boundaries), flags };
    });
}

/** Items closed by an import, most recently settled first. */
export function settledItemLines(
  items: readonly Invoice[],
  imports: readonly { id: string; asOfDate: IsoDate }[],
): SettledItemLine[] {
  const chronological = [...imports].sort((a, b) => a.asOfDate.localeCompare(b.asOfDate));
  const position = new Map(chronological.map((imp, index) => [imp.id, index]));
  return items
    .filter((invoice) => invoice.status === 'paid' && invoice.closedByImportId)
    .map((invoice) => {
      const index = position.get(invoice.closedByImportId ?? '');
      if (index === undefined) return { invoice };
      return {
        invoice,
        settledBy: chronological[index]?.asOfDate,
        settledAfter: chronological[index - 1]?.asOfDate,
      };
    })
    .sort(
      (a, b) =>
        (b.settledBy ?? '').localeCompare(a.settledBy ?? '') ||
        b.invoice.dueDate.localeCompare(a.invoice.dueDate),
    );
}
