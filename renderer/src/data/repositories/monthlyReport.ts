/**
 * Reads what the monthly report needs (imports with their aged totals, every document for the
 * sales, the month's payments and activities, the promises with their evidence) and hands it to
 * the pure model of domain/report.
 */

import type { BucketBoundaries } from '../../domain/aging';
import { evidenceDate } from '../../domain/collectionView';
import { addDays } from '../../domain/dates';
import type { Activity, BucketTotals, IsoDate } from '../../domain/model';
import { totalBuckets } from '../../domain/portfolio';
import { coveredOpenCents } from '../../domain/promiseStatus';
import {
  buildMonthlyReport,
  firstDayOf,
  lastDayOf,
  type MonthlyReport,
  monthOf,
  type ReportImport,
  type ReportMonth,
} from '../../domain/report';
import { clock } from '../clock';
import { getDb } from '../db';
import { collectionSettingsRepo } from './collectionSettings';
import { portfolioSettingsRepo } from './portfolioSettings';
import { snapshotsOfImport } from './snapshots';

export interface MonthlyReportView {
  report: MonthlyReport;
  /** Months with at least one import, most recent first (the month picker's choices). */
  months: ReportMonth[];
  boundaries: BucketBoundaries;
  /** False when nothing was ever imported. */
  hasImports: boolean;
}

/** Per-import bucket totals never change once written: computed once per session. */
const totalsCache = new Map<string, BucketTotals>();

async function importTotals(): Promise<ReportImport[]> {
  const db = getDb();
  const records = await db.imports.toArray();
  return Promise.all(
    records.map(async ({ id, asOfDate, importedAt }) => {
      // importedAt too: a cleared then reloaded demo reuses its import ids.
      const key = `${db.name}:${id}:${importedAt}`;
      let buckets = totalsCache.get(key);
      if (!buckets) {
        buckets = totalBuckets(await snapshotsOfImport(id).toArray());
        totalsCache.set(key, buckets);
      }
      return { id, asOfDate, importedAt, buckets };
    }),
  );
}

export const monthlyReportRepo = {
  async load(month: ReportMonth, today: IsoDate = clock.today()): Promise<MonthlyReportView> {
    const db = getDb();
    const from = firstDayOf(month);
    const to = lastDayOf(month);
    const [imports, documents, debtors, assignees, aging, ladder, payments, activities, promises] =
      await Promise.all([
        importTotals(),
        db.invoices.toArray(),
        db.debtors.toArray(),
        portfolioSettingsRepo.assignees(),
        portfolioSettingsRepo.aging(),
        collectionSettingsRepo.ladder(),
        db.payments.where('date').between(from, to, true, true).toArray(),
        // Instants are UTC: a day either side covers every local day of the month.
        db.activities.where('at').between(addDays(from, -1), addDays(to, 2), true, false).toArray(),
        db.promises.toArray(),
      ]);
    const latestAsOf = imports.reduce<IsoDate | undefined>(
      (best, i) => (!best || i.asOfDate > best ? i.asOfDate : best),
      undefined,
    );
    const itemsById = new Map(documents.map((d) => [d.id, d]));
    // Payment checks entered by hand move a debtor's evidence date past the last import.
    const promised = [...new Set(promises.map((p) => p.debtorId))];
    const checks = await db.activities.where('debtorId').anyOf(promised).toArray();
    const checksByDebtor = new Map<string, Activity[]>();
    for (const activity of checks) {
      if (activity.details?.kind !== 'payment-entry') continue;
      const list = checksByDebtor.get(activity.debtorId);
      if (list) list.push(activity);
      else checksByDebtor.set(activity.debtorId, [activity]);
    }
    const report = buildMonthlyReport({
      month,
      today,
      imports,
      documents,
      debtors,
      controllers: assignees.names,
      payments,
      activities,
      promises: promises.map((promise) => ({
        promise,
        openCents: coveredOpenCents(promise, itemsById),
        evidenceDate: evidenceDate(checksByDebtor.get(promise.debtorId) ?? [], latestAsOf),
      })),
      graceDays: ladder.promiseGraceDays,
    });
    const months = [...new Set(imports.map((i) => monthOf(i.asOfDate)))].sort().reverse();
    return { report, months, boundaries: aging.boundaries, hasImports: imports.length > 0 };
  },
};
