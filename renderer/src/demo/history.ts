/**
 * A year of monthly imports behind the demo portfolio: the import records, the invoices paid
 * along the way (closed by the import that no longer listed them), each import's per-debtor
 * snapshot and its journal (what it created, changed and closed, which « Détail » lists),
 * exactly as eleven month-end imports followed by today's would have left them. Items settled
 * by a payment on a promise were open until the payment, then no longer listed. Pure and
 * deterministic, like the rest of the generator.
 */
import { bucketTotals, sumBuckets } from '../domain/aging';
import { addMonths, endOfMonth, fromDayNumber, toDayNumber } from '../domain/dates';
import type { ImportJournal, ImportRecord, Invoice, IsoDate, Snapshot } from '../domain/model';
import { cents, ZERO_CENTS } from '../domain/money';
import { snapshotId } from '../domain/snapshotIds';
import type { DemoPortfolio } from './generator';
import { draftPaidInvoices, importIndexAtOrAfter, numberPaidInvoices } from './paidInvoices';
import { createRandom } from './random';

export interface DemoHistoryOptions {
  seed: number;
  asOfDate: IsoDate;
  /** Month-end imports before the current one (11 gives 12 imports in all). */
  previousImports: number;
}

export interface DemoImportTimelineEntry {
  id: string;
  asOfDate: IsoDate;
}

export interface DemoHistory {
  /** Oldest first; the last one is the current import (today's balance). */
  timeline: DemoImportTimelineEntry[];
  /** Per import id: counts and diff, for its record. */
  stats: Map<string, Pick<ImportRecord, 'counts' | 'diff'>>;
  /** The open items, with the import that first listed them. */
  openItems: Invoice[];
  paidInvoices: Invoice[];
  /** Items of the portfolio paid on a promise (a dated payment entered by hand). */
  settledItems: Invoice[];
  snapshots: Snapshot[];
  /** One per import: what it created, changed and closed. */
  journals: ImportJournal[];
}

export function demoImportTimeline(options: DemoHistoryOptions): DemoImportTimelineEntry[] {
  const prefix = `demo${options.seed}-import`;
  const timeline: DemoImportTimelineEntry[] = [];
  for (let k = options.previousImports; k >= 1; k--) {
    timeline.push({
      id: `${prefix}${timeline.length + 1}`,
      asOfDate: endOfMonth(addMonths(options.asOfDate, -k)),
    });
  }
  timeline.push({ id: `${prefix}${timeline.length + 1}`, asOfDate: options.asOfDate });
  return timeline;
}

interface Lifespan {
  item: Invoice;
  seenAt: number;
  /** Import index where it was closed; Infinity while open. */
  closedAt: number;
  /** The item before a payment on a promise, and the import that first showed the payment. */
  before?: { item: Invoice; shownAt: number };
}

/**
 * An item as the journal keeps it before the import: « Détail » reads its former open amount
 * (the row's other fields come from the ledger). Only an invoice's required fields, so that the
 * year of journals stays small: they are written with everything else when the demo loads. The
 * demo's imports cannot be undone, which is what a full copy would be for.
 */
function journalCopy(item: Invoice): Invoice {
  const { id, debtorId, number, kind, dueDate, amountCents, openCents, currency, status } = item;
  return { id, debtorId, number, kind, dueDate, amountCents, openCents, currency, status };
}

export function generateDemoHistory(
  portfolio: Pick<DemoPortfolio, 'debtors' | 'invoices' | 'promises' | 'courtCases'>,
  options: DemoHistoryOptions,
): DemoHistory {
  const timeline = demoImportTimeline(options);
  const importDays = timeline.map((entry) => toDayNumber(entry.asOfDate));
  const current = timeline.length - 1;

  // What each payment on a promise changed: the item's open amount before it, and its day.
  const paidOn = new Map<string, { day: number; openBefore: number }>();
  for (const { payments } of portfolio.promises) {
    for (const payment of payments) {
      for (const allocation of payment.allocations) {
        if (!paidOn.has(allocation.invoiceId)) {
          paidOn.set(allocation.invoiceId, {
            day: toDayNumber(payment.date),
            openBefore: allocation.openBefore,
          });
        }
      }
    }
  }
  const lifespans: Lifespan[] = portfolio.invoices.map((item) => {
    const seenAt = Math.max(
      0,
      importIndexAtOrAfter(importDays, toDayNumber(item.issueDate || item.dueDate)),
    );
    const paid = paidOn.get(item.id);
    if (!paid) return { item, seenAt, closedAt: Number.POSITIVE_INFINITY };
    const shownAt = importIndexAtOrAfter(importDays, paid.day);
    const before: Invoice = { ...item, openCents: cents(paid.openBefore), status: 'open' };
    if (item.status !== 'paid')
      return {
        item,
        seenAt,
        closedAt: Number.POSITIVE_INFINITY,
        before: { item: before, shownAt },
      };
    return { item, seenAt, closedAt: shownAt, before: { item: before, shownAt } };
  });
  const openItems: Invoice[] = [];
  const settledItems: Invoice[] = [];
  for (const { item, seenAt, closedAt } of lifespans) {
    if (closedAt === Number.POSITIVE_INFINITY) {
      openItems.push({
        ...item,
        firstSeenImportId: timeline[seenAt]?.id,
        lastImportId: timeline[current]?.id,
      });
      continue;
    }
    // Paid before any import listed it (issued and settled between two imports): no import ids.
    const listed = closedAt > seenAt;
    settledItems.push({
      ...item,
      ...(listed
        ? {
            firstSeenImportId: timeline[seenAt]?.id,
            lastImportId: timeline[closedAt - 1]?.id,
            closedByImportId: timeline[closedAt]?.id,
          }
        : {}),
    });
  }

  // A debtor sent to court was no longer delivered once its account was blocked.
  const blockedFrom = new Map(
    portfolio.courtCases.map((c) => [c.debtorId, toDayNumber(c.invoicingStoppedOn)]),
  );
  const drafts = draftPaidInvoices(
    createRandom(options.seed, 'history'),
    portfolio.debtors,
    portfolio.invoices,
    { importDays },
  )
    .filter(
      (draft) => draft.issueDay <= (blockedFrom.get(draft.debtorId) ?? Number.POSITIVE_INFINITY),
    )
    .sort((a, b) => a.issueDay - b.issueDay);
  const numbers = numberPaidInvoices(
    drafts.map((d) => ({ issueYear: fromDayNumber(d.issueDay).slice(0, 4) })),
    new Set(portfolio.invoices.map((i) => i.number)),
  );
  const paidInvoices = drafts.map((draft, index): Invoice => {
    const paid: Invoice = {
      id: `demo${options.seed}-paid${index + 1}`,
      debtorId: draft.debtorId,
      number: numbers[index] ?? '',
      kind: 'invoice',
      issueDate: fromDayNumber(draft.issueDay),
      dueDate: fromDayNumber(draft.dueDay),
      amountCents: cents(draft.amountCents),
      openCents: ZERO_CENTS,
      currency: 'EUR',
      status: 'paid',
      firstSeenImportId: timeline[draft.seenAt]?.id,
      lastImportId: timeline[draft.closedAt]?.id,
      closedByImportId: timeline[draft.closedAt]?.id,
    };
    // While it was open it was owed in full (the demo has no partial payment of these).
    lifespans.push({
      item: { ...paid, openCents: paid.amountCents, status: 'open' },
      seenAt: draft.seenAt,
      closedAt: draft.closedAt,
    });
    return paid;
  });

  const snapshots: Snapshot[] = [];
  const stats = new Map<string, Pick<ImportRecord, 'counts' | 'diff'>>();
  const journals: ImportJournal[] = [];
  const debtorSeenAt = new Map<string, number>();
  for (const life of lifespans) {
    const seen = debtorSeenAt.get(life.item.debtorId);
    if (life.closedAt > life.seenAt && (seen === undefined || life.seenAt < seen)) {
      debtorSeenAt.set(life.item.debtorId, life.seenAt);
    }
  }
  timeline.forEach((entry, k) => {
    const openByDebtor = new Map<string, Invoice[]>();
    const journal: ImportJournal = {
      importId: entry.id,
      createdDebtorIds: [],
      debtorsBefore: [],
      createdInvoiceIds: [],
      changedInvoiceIds: [],
      closedInvoiceIds: [],
      invoicesBefore: [],
      createdPaymentIds: [],
    };
    let openCount = 0;
    for (const life of lifespans) {
      const { before } = life;
      const stillBefore = before !== undefined && k < before.shownAt;
      if (life.closedAt === k && life.seenAt < k) {
        journal.closedInvoiceIds.push(life.item.id);
        journal.invoicesBefore.push(journalCopy(before?.item ?? life.item));
        // Paid invoices of the history: the import deduced their payment from the balance.
        if (!before) journal.createdPaymentIds?.push(`${life.item.id}-payment`);
      }
      if (life.seenAt > k || life.closedAt <= k) continue;
      openCount += 1;
      if (life.seenAt === k) journal.createdInvoiceIds.push(life.item.id);
      else if (before && before.shownAt === k) {
        journal.changedInvoiceIds.push(life.item.id);
        journal.invoicesBefore.push(journalCopy(before.item));
      }
      const shown = stillBefore ? before.item : life.item;
      const list = openByDebtor.get(shown.debtorId);
      if (list) list.push(shown);
      else openByDebtor.set(shown.debtorId, [shown]);
    }
    for (const [debtorId, items] of openByDebtor) {
      const buckets = bucketTotals(items, entry.asOfDate);
      snapshots.push({
        id: snapshotId(entry.id, debtorId),
        importId: entry.id,
        debtorId,
        asOfDate: entry.asOfDate,
        totalCents: sumBuckets(buckets),
        buckets,
      });
    }
    for (const debtor of portfolio.debtors) {
      const seen = debtorSeenAt.get(debtor.id) ?? current;
      if (seen === k) journal.createdDebtorIds.push(debtor.id);
    }
    const newItems = journal.createdInvoiceIds.length;
    const changedItems = journal.changedInvoiceIds.length;
    stats.set(entry.id, {
      counts: { rows: openCount, debtors: openByDebtor.size, items: openCount },
      diff: {
        newItems,
        changedItems,
        closedItems: journal.closedInvoiceIds.length,
        unchangedItems: openCount - newItems - changedItems,
      },
    });
    journals.push(journal);
  });

  return { timeline, stats, openItems, paidInvoices, settledItems, snapshots, journals };
}
