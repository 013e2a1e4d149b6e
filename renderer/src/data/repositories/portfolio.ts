/**
 * The portfolio as the dashboard and the debtor list see it: one summary row per debtor, aged
 * as of an import's date, plus (for the dashboard) DSO and the trend over the last imports.
 * Called through live queries, so it runs once per ledger change, never on render.
 *
 * « As of an import »: the latest import is the live ledger (its items, with whatever the user
 * changed since, aged at that import's as-of date). An earlier import is read from its
 * snapshots, which keep each debtor's buckets as that import computed them: item-level figures
 * (disputed amounts, oldest due date) are not known for it and read as zero.
 */
import { portfolioFactsOf } from '../../domain/aggregateBuckets';
import { agingFromBuckets, type BucketBoundaries, type DebtorAging } from '../../domain/aging';
import type { EurNote } from '../../domain/currency';
import { buildDebtorSummaries, type DebtorSummary } from '../../domain/debtorSummary';
import type { DsoFigures } from '../../domain/dso';
import { allLastActions } from '../../domain/lastActions';
import {
  approximateOfTotals,
  dsoOfTotals,
  emptyLedgerTotals,
  eurNoteOfTotals,
  type LedgerTotals,
} from '../../domain/ledgerAggregates';
import type { BucketTotals, ImportRecord, IsoDate, IsoInstant } from '../../domain/model';
import { sumCents } from '../../domain/money';
import { totalBuckets } from '../../domain/portfolio';
import { AGGREGATE_TABLES, LEDGER_TOTALS_KEY } from '../aggregates/types';
import { clock } from '../clock';
import { getDb, type RecouvraDb } from '../db';
import {
  generationMemo,
  keysWrittenSince,
  settledWriteGeneration,
  watchTables,
} from '../writeGeneration';
import { liveRows } from './liveRows';
import { portfolioSettingsRepo } from './portfolioSettings';
import { snapshotsOfImport } from './snapshots';
import { summaryDebtors } from './summaryDebtors';

/** How many imports the trend chart shows. */
export const TREND_IMPORTS = 12;

export interface ImportChoice {
  id: string;
  asOfDate: IsoDate;
  fileName: string;
  importedAt: IsoInstant;
}

export interface PortfolioView {
  /** Imports, most recent as-of date first. */
  imports: ImportChoice[];
  /** The import the figures are as of; undefined when nothing was ever imported. */
  importId?: string;
  /** The import the live ledger reflects (the last one imported). */
  latestImportId?: string;
  /** True when the figures are the live ledger (latest import), false for a snapshot. */
  isLive: boolean;
  asOfDate: IsoDate;
  /** Items listed by the selected import's file (snapshots keep amounts, not item counts). */
  importedItemCount?: number;
  boundaries: BucketBoundaries;
  rows: DebtorSummary[];
  /** The live view's rows by record of the aggregates (liveRows.ts); absent for a snapshot. */
  parts?: readonly (readonly DebtorSummary[])[];
}

export interface TrendPoint {
  importId: string;
  asOfDate: IsoDate;
  buckets: BucketTotals;
}

export interface DashboardView extends PortfolioView {
  dso: DsoFigures;
  trend: TrendPoint[];
  /**
   * Per bucket, open amounts whose age is only a lower bound (items of an open-ended bucket
   * « + 120 j » counted below the oldest bucket); null when every figure is exact or for an
   * earlier import (its snapshots keep totals only).
   */
  approximate: BucketTotals | null;
  /**
   * Foreign-currency open items in these euro figures (counted for their EUR equivalent), and
   * those left out for want of a rate; null when every open item is in euros or for an earlier
   * import (its snapshots already hold euros).
   */
  currencyNote: EurNote | null;
}

const byAsOfDesc = (a: ImportRecord, b: ImportRecord) =>
  a.asOfDate === b.asOfDate
    ? b.importedAt.localeCompare(a.importedAt)
    : b.asOfDate.localeCompare(a.asOfDate);

/** The ledger totals last read, per connection, and the write generation read before. */
const totalsKept = new WeakMap<RecouvraDb, { generation: number; totals: LedgerTotals }>();

/**
 * The ledger totals, read again only once written: a call, a note or a letter writes none, and at
 * 100,000 items the record (sales and receivables per date) took a millisecond or two to read.
 * `generation`: settledWriteGeneration() read before any of the caller's reads.
 */
async function ledgerTotals(db: RecouvraDb, generation: number): Promise<LedgerTotals> {
  const kept = totalsKept.get(db);
  const written = kept ? keysWrittenSince(db, AGGREGATE_TABLES.totals, kept.generation) : 'all';
  if (kept && written !== 'all' && written.size === 0) {
    // The live query under way must still run again when they are written.
    await watchTables(db, [AGGREGATE_TABLES.totals]);
    // Still current at this generation: the log of writes need not reach back further.
    totalsKept.set(db, { generation, totals: kept.totals });
    return kept.totals;
  }
  const totals = (await db.ledgerTotals.get(LEDGER_TOTALS_KEY)) ?? emptyLedgerTotals();
  totalsKept.set(db, { generation, totals });
  return totals;
}

type LiveFigures = Pick<DashboardView, 'dso' | 'approximate' | 'currencyNote'>;

/** What the live dashboard computes of the totals, per as-of date and boundaries, per totals read. */
const liveFiguresKept = new WeakMap<LedgerTotals, Map<string, LiveFigures>>();

function liveFiguresOf(
  totals: LedgerTotals,
  asOfDate: IsoDate,
  boundaries: BucketBoundaries,
): LiveFigures {
  const key = `${asOfDate}|${JSON.stringify(boundaries)}`;
  let byKey = liveFiguresKept.get(totals);
  if (!byKey) {
    byKey = new Map();
    liveFiguresKept.set(totals, byKey);
  }
  let figures = byKey.get(key);
  if (!figures) {
    // Live, items issued after the as-of date are left out of both sides of DSO's ratio.
    const note = eurNoteOfTotals(totals);
    figures = {
      dso: dsoOfTotals(totals, asOfDate),
      approximate: approximateOfTotals(totals, asOfDate, boundaries),
      currencyNote: note && (note.currencies.length > 0 || note.unconvertedItems > 0) ? note : null,
    };
    byKey.set(key, figures);
  }
  return figures;
}

async function snapshotAging(importId: string): Promise<Map<string, DebtorAging>> {
  const snapshots = await snapshotsOfImport(importId).toArray();
  return new Map(snapshots.map((s) => [s.debtorId, agingFromBuckets(s.buckets)]));
}

/**
 * The view last built, kept while nothing is written (writeGeneration): the dashboard and the
 * debtor list reopened show at once, where building it reads and ages the whole ledger's
 * aggregates (about 250 ms at 100,000 items on disk). Shared by every caller: read-only.
 */
const viewMemo = generationMemo<string, PortfolioView>();

/**
 * What a view comes from: an earlier import's snapshots only change with its import (undone),
 * and the aging settings are among the settings.
 */
const VIEW_SOURCES = [
  'imports',
  'queueSummaries',
  'promises',
  'cases',
  'aggregateBuckets',
  'lastActions',
  'settings',
] as const;

async function buildView(importId: string | undefined): Promise<PortfolioView> {
  const db = getDb();
  // Before the reads (see generationMemo); without an import, the view is aged at today.
  const generation = await settledWriteGeneration();
  const key = `${importId ?? ''}|${clock.today()}`;
  const kept = viewMemo.kept(db, key, generation);
  // The view may read only the records a write changed (liveRows.ts): the keys of every source
  // are read too, so that the live query runs again on any change.
  const watched = watchTables(db, VIEW_SOURCES);
  if (kept) {
    await watched;
    return kept;
  }
  const [view] = await Promise.all([readView(importId, generation), watched]);
  return viewMemo.keep(db, key, generation, view);
}

async function readView(importId: string | undefined, generation: number): Promise<PortfolioView> {
  const db = getDb();
  const [records, aging] = await Promise.all([db.imports.toArray(), portfolioSettingsRepo.aging()]);
  const latest = records.reduce<ImportRecord | undefined>(
    (best, r) => (!best || r.importedAt > best.importedAt ? r : best),
    undefined,
  );
  const selected = records.find((r) => r.id === importId) ?? latest;
  const isLive = selected === latest;
  const asOfDate = selected?.asOfDate ?? clock.today();
  const { rows, parts } = isLive
    ? await liveRows(db, generation, asOfDate, aging.boundaries)
    : {
        rows: await snapshotRows(selected?.id ?? '', asOfDate, aging.boundaries),
        parts: undefined,
      };
  return {
    imports: records.sort(byAsOfDesc).map(({ id, asOfDate, fileName, importedAt }) => ({
      id,
      asOfDate,
      fileName,
      importedAt,
    })),
    importId: selected?.id,
    latestImportId: latest?.id,
    isLive,
    asOfDate,
    importedItemCount: selected?.counts.items,
    boundaries: aging.boundaries,
    rows,
    ...(parts ? { parts } : {}),
  };
}

/**
 * An earlier import's rows: amounts from its snapshots; the notices counted are those sent up to
 * its as-of date, and the last actions as they are now.
 */
async function snapshotRows(
  importId: string,
  asOfDate: IsoDate,
  boundaries: BucketBoundaries,
): Promise<DebtorSummary[]> {
  const db = getDb();
  const [debtors, promises, cases, aggregates, lastActions, agingByDebtor] = await Promise.all([
    summaryDebtors(),
    db.promises.where('status').equals('active').toArray(),
    db.cases.toArray(),
    db.aggregateBuckets.toArray(),
    db.lastActions.toArray(),
    snapshotAging(importId),
  ]);
  const facts = portfolioFactsOf(aggregates, asOfDate, boundaries);
  return buildDebtorSummaries({
    debtors,
    agingByDebtor,
    promises,
    cases,
    lastActivityAt: allLastActions(lastActions),
    notices: facts.latestNotice,
  });
}

/** Per-import bucket totals never change once written: computed once per session. */
const trendCache = new Map<string, BucketTotals>();

async function trendOf(imports: readonly ImportChoice[]): Promise<TrendPoint[]> {
  const db = getDb();
  const recent = imports.slice(0, TREND_IMPORTS).reverse();
  return Promise.all(
    recent.map(async ({ id, asOfDate, importedAt }) => {
      // importedAt too: a cleared then reloaded demo reuses its import ids.
      const key = `${db.name}:${id}:${importedAt}`;
      let buckets = trendCache.get(key);
      if (!buckets) {
        buckets = totalBuckets(await snapshotsOfImport(id).toArray());
        trendCache.set(key, buckets);
      }
      return { importId: id, asOfDate, buckets };
    }),
  );
}

export const portfolioRepo = {
  /** Debtor rows for the list, as of `importId` (latest when omitted). */
  view: (importId?: string): Promise<PortfolioView> => buildView(importId),

  /** Everything the dashboard shows, as of `importId` (latest when omitted). */
  async dashboard(importId?: string): Promise<DashboardView> {
    // Aggregates only: the dashboard never reads the items (DSO's sales and receivables and the
    // approximate amounts come from the ledger's totals per date).
    const db = getDb();
    const generation = await settledWriteGeneration();
    const [view, totals] = await Promise.all([buildView(importId), ledgerTotals(db, generation)]);
    const trend = await trendOf(view.imports);
    if (view.isLive)
      return { ...view, trend, ...liveFiguresOf(totals, view.asOfDate, view.boundaries) };
    // A snapshot's total is the receivable of its date; it has no approximate amounts nor
    // currencies (its snapshots keep euro totals only).
    const total = sumCents(view.rows.map((row) => row.totalCents));
    const dso = dsoOfTotals(totals, view.asOfDate, total);
    return { ...view, dso, trend, approximate: null, currencyNote: null };
  },
};
