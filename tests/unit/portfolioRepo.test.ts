import { describe, expect, it } from 'vitest';
import { debtorFileRepo } from '../../renderer/src/data/repositories/debtorFile';
import { portfolioRepo } from '../../renderer/src/data/repositories/portfolio';
import { portfolioSettingsRepo } from '../../renderer/src/data/repositories/portfolioSettings';
import { recordPayment } from '../../renderer/src/data/repositories/promiseChecks';
import { loadDemoData } from '../../renderer/src/demo';
import { bucketTotals, sumBuckets } from '../../renderer/src/domain/aging';
import { isoDate } from '../../renderer/src/domain/dates';
import { summarizeLedger } from '../../renderer/src/domain/debtorSummary';
import { dsoOfTotals } from '../../renderer/src/domain/ledgerAggregates';
import type { IsoInstant } from '../../renderer/src/domain/model';
import { cents } from '../../renderer/src/domain/money';
import { latestNotices } from '../../renderer/src/domain/stage';
import { useFreshDb } from './testDb';

const OPTIONS = {
  seed: 5,
  debtors: 40,
  items: 600,
  asOfDate: isoDate('2026-11-23'),
  previousImports: 3,
};

describe('portfolio repository', () => {
  const db = useFreshDb();

  it('reads the live ledger as of the latest import, with DSO and the trend', async () => {
    const loaded = await loadDemoData(OPTIONS);
    const dashboard = await portfolioRepo.dashboard();
    expect(dashboard.isLive).toBe(true);
    expect(dashboard.importId).toBe(loaded.importId);
    expect(dashboard.asOfDate).toBe(OPTIONS.asOfDate);
    expect(dashboard.imports.map((i) => i.asOfDate)).toEqual([
      '2026-11-23',
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
    ]);
    expect(dashboard.rows).toHaveLength(40);

    const open = await db().invoices.where('status').anyOf('open', 'disputed').toArray();
    const expected = sumBuckets(bucketTotals(open, isoDate(OPTIONS.asOfDate)));
    expect(dashboard.rows.reduce((sum, r) => sum + r.totalCents, 0)).toBe(expected);
    expect(dashboard.trend.map((p) => p.asOfDate)).toEqual([
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-23',
    ]);
    expect(
      sumBuckets(dashboard.trend.at(-1)?.buckets ?? bucketTotals([], isoDate(OPTIONS.asOfDate))),
    ).toBe(expected);
    expect(dashboard.dso.countbackDays).toBeGreaterThan(0);
  });

  it('keeps the totals’ figures while the totals are not written, and reads them again once they are', async () => {
    await loadDemoData(OPTIONS);
    const first = await portfolioRepo.dashboard();
    const debtor = first.rows.find((row) => row.totalCents > 100_000);
    if (!debtor) throw new Error('no debtor owing over 1,000 €');
    // A call writes no total: the same figures, not computed again.
    await db().activities.add({
      id: 'call-1',
      debtorId: debtor.id,
      type: 'call',
      at: '2026-11-23T09:00:00.000Z',
      by: 'x',
      text: 'appel',
    });
    const afterCall = await portfolioRepo.dashboard();
    expect(afterCall.dso).toBe(first.dso);
    expect(afterCall.rows.find((row) => row.id === debtor.id)?.lastActionAt).toBe(
      '2026-11-23T09:00:00.000Z',
    );
    // A payment changes the receivables: read again, as a full read gives them.
    await recordPayment(
      {
        debtorId: debtor.id,
        date: isoDate('2026-11-23'),
        receivedCents: cents(50_000),
        invoiceIds: [],
      },
      isoDate('2026-11-23'),
    );
    const afterPayment = await portfolioRepo.dashboard();
    const totals = await db().ledgerTotals.get('ledger');
    if (!totals) throw new Error('no totals');
    expect(afterPayment.dso).toEqual(dsoOfTotals(totals, OPTIONS.asOfDate));
    expect(afterPayment.dso.receivablesCents).toBe(first.dso.receivablesCents - 50_000);
  });

  it('gives the rows the ledger’s own rows give: identity, aging, stage and notices', async () => {
    await loadDemoData(OPTIONS);
    const view = await portfolioRepo.view();
    const [debtors, items, promises, cases, activities, letters] = await Promise.all([
      db().debtors.toArray(),
      db().invoices.where('status').anyOf('open', 'disputed').toArray(),
      db().promises.where('status').equals('active').toArray(),
      db().cases.toArray(),
      db().activities.toArray(),
      db().letters.toArray(),
    ]);
    const lastActivityAt = new Map<string, IsoInstant>();
    for (const a of activities) {
      const seen = lastActivityAt.get(a.debtorId);
      if (!seen || a.at > seen) lastActivityAt.set(a.debtorId, a.at);
    }
    const notices = latestNotices(letters, view.asOfDate);
    // The demo's story sends notices: the stage they give is part of what is compared.
    expect(notices.size).toBeGreaterThan(0);
    const expected = summarizeLedger({
      debtors,
      items,
      asOf: view.asOfDate,
      boundaries: view.boundaries,
      promises,
      cases,
      lastActivityAt,
      notices,
    });
    expect(view.rows).toEqual(expected);
    expect(view.rows.some((r) => r.stage === 'mise-en-demeure')).toBe(true);
    expect(view.rows.some((r) => r.siren) && view.rows.some((r) => r.city)).toBe(true);
  });

  it('reads an earlier import from its snapshots', async () => {
    await loadDemoData(OPTIONS);
    const earlier = (await db().imports.where('asOfDate').equals('2026-10-31').first())?.id;
    const view = await portfolioRepo.view(earlier);
    expect(view.isLive).toBe(false);
    expect(view.asOfDate).toBe('2026-10-31');
    const snapshots = await db()
      .snapshots.filter((s) => s.importId === earlier)
      .toArray();
    expect(view.rows.reduce((sum, r) => sum + r.totalCents, 0)).toBe(
      snapshots.reduce((sum, s) => sum + s.totalCents, 0),
    );
  });

  it('ages with the boundaries in settings', async () => {
    await loadDemoData({ ...OPTIONS, previousImports: 0 });
    await portfolioSettingsRepo.saveAging({ boundaries: [15, 45, 90, 120] });
    const view = await portfolioRepo.view();
    expect(view.boundaries).toEqual([15, 45, 90, 120]);
    const open = await db().invoices.where('status').anyOf('open', 'disputed').toArray();
    const expected = bucketTotals(open, isoDate(OPTIONS.asOfDate), [15, 45, 90, 120]);
    expect(view.rows.reduce((sum, r) => sum + r.buckets.d1_30, 0)).toBe(expected.d1_30);
  });

  it('assigns many debtors in one transaction and audits it', async () => {
    await loadDemoData({ ...OPTIONS, previousImports: 0 });
    const ids = (await db().debtors.limit(5).toArray()).map((d) => d.id);
    expect(await debtorFileRepo.assign(ids, 'Zoé')).toBe(5);
    expect((await db().debtors.bulkGet(ids)).every((d) => d?.assignee === 'Zoé')).toBe(true);
    expect(await debtorFileRepo.assign(ids.slice(0, 2), undefined)).toBe(2);
    expect((await db().debtors.get(ids[0] ?? ''))?.assignee).toBeUndefined();
    const audit = await db().audit.where('action').equals('debtor.assign').toArray();
    expect(audit.map((a) => a.details).sort()).toEqual([
      '2\u00a0débiteurs désormais sans gestionnaire',
      '5\u00a0débiteurs attribués à Zoé',
    ]);
  });

  it('loads a debtor file with its settled items', async () => {
    await loadDemoData(OPTIONS);
    const paid = await db().invoices.where('status').equals('paid').first();
    const file = await debtorFileRepo.load(paid?.debtorId ?? '', isoDate('2026-11-23'));
    expect(file?.items.some((i) => i.id === paid?.id)).toBe(true);
    expect(file?.asOfDate).toBe('2026-11-23');
    expect(await debtorFileRepo.load('nobody', isoDate('2026-11-23'))).toBeNull();
  });
});
