/**
 * A year of monthly imports behind the demo portfolio: the import records, the invoices paid
 * along the way (closed by the import that no longer listed them) and each import's per-debtor
 * snapshot, exactly as eleven month-end imports followed by today's would have left them.
 * Pure and deterministic, like the rest of the generator.
 */
import { bucketTotals, sumBuckets } from '../domain/aging';
import { addMonths, endOfMonth, fromDayNumber, toDayNumber } from '../domain/dates';
import type { ImportRecord, Invoice, IsoDate, Snapshot } from '../domain/model';
import { cents, ZERO_CENTS } from '../domain/money';
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
  snapshots: Snapshot[];
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
}

export function generateDemoHistory(
  portfolio: DemoPortfolio,
  options: DemoHistoryOptions,
): DemoHistory {
  const timeline = demoImportTimeline(options);
  const importDays = timeline.map((entry) => toDayNumber(entry.asOfDate));
  const current = timeline.length - 1;

  const lifespans: Lifespan[] = portfolio.invoices.map((item) => {
    const seenAt = importIndexAtOrAfter(importDays, toDayNumber(item.issueDate || item.dueDate));
    return { item, seenAt: Math.max(0, seenAt), closedAt: Number.POSITIVE_INFINITY };
  });
  const openItems = lifespans.map(({ item, seenAt }) => ({
    ...item,
    firstSeenImportId: timeline[seenAt]?.id,
    lastImportId: timeline[current]?.id,
  }));

  const drafts = draftPaidInvoices(
    createRandom(options.seed, 'history'),
    portfolio.debtors,
    portfolio.invoices,
    { importDays },
  ).sort((a, b) => a.issueDay - b.issueDay);
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
  timeline.forEach((entry, k) => {
    const openByDebtor = new Map<string, Invoice[]>();
    let newItems = 0;
    let closedItems = 0;
    let openCount = 0;
    for (const life of lifespans) {
      if (life.closedAt === k) closedItems += 1;
      if (life.seenAt > k || life.closedAt <= k) continue;
      openCount += 1;
      if (life.seenAt === k) newItems += 1;
      const list = openByDebtor.get(life.item.debtorId);
      if (list) list.push(life.item);
      else openByDebtor.set(life.item.debtorId, [life.item]);
    }
    for (const [debtorId, items] of openByDebtor) {
      const buckets = bucketTotals(items, entry.asOfDate);
      snapshots.push({
        id: `${entry.id}:${debtorId}`,
        importId: entry.id,
        debtorId,
        asOfDate: entry.asOfDate,
        totalCents: sumBuckets(buckets),
        buckets,
      });
    }
    stats.set(entry.id, {
      counts: { rows: openCount, debtors: openByDebtor.size, items: openCount },
      diff: { newItems, changedItems: 0, closedItems, unchangedItems: openCount - newItems },
    });
  });

  return { timeline, stats, openItems, paidInvoices, snapshots };
}
