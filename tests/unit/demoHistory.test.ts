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
    expect(history.openItems).toHaveLength(portfolio.invoices.length);
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
