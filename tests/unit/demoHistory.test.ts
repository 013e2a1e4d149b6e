import { describe, expect, it } from 'vitest';
import { generateDemoHistory, generateDemoPortfolio } from '../../renderer/src/demo';
import { bucketTotals, sumBuckets } from '../../renderer/src/domain/aging';
import { isoDate } from '../../renderer/src/domain/dates';
import { computeDso } from '../../renderer/src/domain/dso';

const OPTIONS = { seed: 7, debtors: 300, items: 5_000, asOfDate: isoDate('2026-11-23') };
const portfolio = generateDemoPortfolio(OPTIONS);
const history = generateDemoHistory(portfolio, { ...OPTIONS, previousImports: 11 });

describe('demo history', () => {
  it('has twelve imports, month ends then today', () => {
    expect(history.timeline.map((t) => t.asOfDate)).toEqual([
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-23',
    ]);
  });

  it('is deterministic', () => {
    const again = generateDemoHistory(generateDemoPortfolio(OPTIONS), {
      ...OPTIONS,
      previousImports: 11,
    });
    expect(again.paidInvoices).toEqual(history.paidInvoices);
    expect(again.snapshots).toEqual(history.snapshots);
  });

  it('keeps the open items as generated, dated by the import that first listed them', () => {
    const open = portfolio.invoices.filter((i) => i.status !== 'paid');
    expect(history.openItems).toHaveLength(open.length);
    expect(history.settledItems).toHaveLength(portfolio.invoices.length - open.length);
    const first = history.timeline[0]?.id;
    const current = history.timeline.at(-1)?.id;
    for (const item of history.openItems) {
      expect(item.lastImportId).toBe(current);
      expect(item.firstSeenImportId).toBeDefined();
    }
    expect(history.openItems.some((i) => i.firstSeenImportId === first)).toBe(true);
  });

  it('gives paid invoices unique numbers per debtor and a closing import after the first sight', () => {
    const keys = new Set<string>();
    const order = new Map(history.timeline.map((t, i) => [t.id, i]));
    for (const item of [...history.openItems, ...history.paidInvoices]) {
      const key = `${item.debtorId}/${item.number}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
    for (const paid of history.paidInvoices) {
      expect(paid.status).toBe('paid');
      expect(paid.openCents).toBe(0);
      expect(paid.number).toMatch(/^FA-\d{4}-\d{6}$/);
      const seen = order.get(paid.firstSeenImportId ?? '') ?? -1;
      const closed = order.get(paid.closedByImportId ?? '') ?? -1;
      expect(seen).toBeGreaterThanOrEqual(0);
      expect(closed).toBeGreaterThan(seen);
    }
  });

  it('closes the items paid on a promise with the import that followed the payment', () => {
    expect(history.settledItems.length).toBeGreaterThan(0);
    const order = new Map(history.timeline.map((t, i) => [t.id, i]));
    const paidOn = new Map(
      portfolio.promises.flatMap((p) =>
        p.payments.flatMap((pay) => pay.allocations.map((a) => [a.invoiceId, pay.date] as const)),
      ),
    );
    for (const item of history.settledItems) {
      expect(item.status).toBe('paid');
      const closedBy = history.timeline[order.get(item.closedByImportId ?? '') ?? -1];
      if (!closedBy) continue; // settled between two imports, never listed
      expect(closedBy.asOfDate >= (paidOn.get(item.id) ?? '')).toBe(true);
      const before = history.timeline[(order.get(item.closedByImportId ?? '') ?? 0) - 1];
      expect(before && before.asOfDate < (paidOn.get(item.id) ?? '')).toBe(true);
    }
  });

  it('journals what each import created, changed and closed, as its counts say', () => {
    expect(history.journals.map((j) => j.importId)).toEqual(history.timeline.map((t) => t.id));
    const items = new Map(
      [...history.openItems, ...history.settledItems, ...history.paidInvoices].map((i) => [
        i.id,
        i,
      ]),
    );
    for (const journal of history.journals) {
      const stats = history.stats.get(journal.importId);
      expect(journal.createdInvoiceIds).toHaveLength(stats?.diff.newItems ?? -1);
      expect(journal.changedInvoiceIds).toHaveLength(stats?.diff.changedItems ?? -1);
      expect(journal.closedInvoiceIds).toHaveLength(stats?.diff.closedItems ?? -1);
      const before = new Map(journal.invoicesBefore.map((i) => [i.id, i]));
      for (const id of [...journal.closedInvoiceIds, ...journal.changedInvoiceIds]) {
        expect(items.has(id), id).toBe(true);
        expect(before.get(id)?.openCents, id).toBeGreaterThan(items.get(id)?.openCents ?? 0);
      }
      for (const id of journal.createdInvoiceIds) {
        expect(items.get(id)?.firstSeenImportId).toBe(journal.importId);
      }
    }
    expect(history.journals[0]?.createdDebtorIds.length).toBeGreaterThan(0);
    const created = history.journals.flatMap((j) => j.createdDebtorIds);
    expect(new Set(created).size).toBe(created.length);
  });

  it("matches today's balance in the current import's snapshots", () => {
    const current = history.timeline.at(-1);
    const snapshots = history.snapshots.filter((s) => s.importId === current?.id);
    const snapshotTotal = snapshots.reduce((sum, s) => sum + s.totalCents, 0);
    expect(snapshotTotal).toBe(
      sumBuckets(bucketTotals(portfolio.invoices, isoDate(OPTIONS.asOfDate))),
    );
  });

  it('is believable: a year of sales, a DSO of one to three months, a steady trend', () => {
    const documents = [...history.openItems, ...history.paidInvoices];
    const dso = computeDso(documents, isoDate(OPTIONS.asOfDate));
    expect(history.paidInvoices.length).toBeGreaterThan(5_000);
    expect(history.paidInvoices.length).toBeLessThan(40_000);
    expect(dso.countbackComplete).toBe(true);
    expect(dso.countbackDays).toBeGreaterThan(30);
    expect(dso.countbackDays).toBeLessThan(100);
    expect(dso.simpleDays).toBeGreaterThan(30);
    expect(dso.simpleDays).toBeLessThan(120);
    const totals = history.timeline.map((t) =>
      history.snapshots
        .filter((s) => s.importId === t.id)
        .reduce((sum, s) => sum + s.totalCents, 0),
    );
    const last = totals.at(-1) ?? 0;
    // From the third month on, each month's balance is within a factor 2 of today's.
    for (const total of totals.slice(2)) {
      expect(total).toBeGreaterThan(last / 2);
      expect(total).toBeLessThan(last * 2);
    }
  });
});
