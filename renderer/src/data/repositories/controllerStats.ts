/**
 * Reads what the manager's view per controller needs (Tableau de bord › Par chargé de
 * recouvrement) and hands it to the pure aggregation of domain/controllerStats.ts.
 */
import {
  type ControllerStatsInput,
  type ControllerStatsRow,
  controllerStats,
  type StatsPeriod,
  type StatsPeriodKind,
  statsPeriod,
} from '../../domain/controllerStats';
import { addDays } from '../../domain/dates';
import type { DebtorSummary } from '../../domain/debtorSummary';
import type { Cents, IsoDate } from '../../domain/model';
import { entriesOf } from '../../domain/queueSummary';
import { openCentsOfItems } from '../../domain/summaryItems';
import { clock } from '../clock';
import { getDb } from '../db';
import { generationMemo, watchTables, writeGeneration } from '../writeGeneration';
import { portfolioSettingsRepo } from './portfolioSettings';

export interface ControllerStatsView {
  period: StatsPeriod;
  rows: ControllerStatsRow[];
}

/** Each debtor's assignee and open balance today, as the dashboard's live rows have them. */
export type PortfolioToday = readonly Pick<DebtorSummary, 'id' | 'assignee' | 'totalCents'>[];

/**
 * The debtors and their open balance from the queue summary (assignees, open amounts read in
 * place): a few records, where the debtors and their open items are 110,000 at the benchmarks'
 * size (seconds to read).
 */
async function portfolioFromSummary(): Promise<ControllerPortfolio> {
  const debtors: { id: string; assignee?: string }[] = [];
  const openCents = new Map<string, Cents>();
  for (const entry of entriesOf(await getDb().queueSummaries.toArray())) {
    if (!entry.debtor) continue;
    debtors.push(entry.debtor);
    openCents.set(entry.debtorId, openCentsOfItems(entry.items));
  }
  return { debtors, openCents };
}

type ControllerPortfolio = Pick<ControllerStatsInput, 'debtors' | 'openCents'>;

function portfolioFromRows(rows: PortfolioToday): ControllerPortfolio {
  return { debtors: rows, openCents: new Map(rows.map((row) => [row.id, row.totalCents])) };
}

/**
 * The figures last computed per period and day, kept while nothing is written (writeGeneration):
 * the dashboard reopened does not read the period's activities again. Read-only for callers.
 */
const statsMemo = generationMemo<string, ControllerStatsView>();

export const controllerStatsRepo = {
  /**
   * `portfolio`: the live rows the dashboard already holds, so the summary is not read twice;
   * without it (the dashboard shows an earlier import) the portfolio is read here.
   */
  async load(
    kind: StatsPeriodKind,
    today: IsoDate = clock.today(),
    portfolio?: PortfolioToday,
  ): Promise<ControllerStatsView> {
    const period = statsPeriod(kind, today);
    const db = getDb();
    // Before the reads: see generationMemo.
    const generation = writeGeneration();
    const key = `${kind}|${today}|${portfolio ? 'rows' : 'summary'}`;
    const paid = db.payments.where('date').between(period.from, period.to, true, true);
    // Instants are UTC: a day either side covers every local day of the period.
    const done = db.activities
      .where('at')
      .between(addDays(period.from, -1), addDays(period.to, 2), true, false);
    const kept = statsMemo.kept(db, key, generation);
    if (kept) {
      // Watch what the figures came from, keys only (the rows the dashboard passes, if any, are
      // the view's, watched by it).
      await Promise.all([
        portfolioSettingsRepo.assignees(),
        paid.primaryKeys(),
        done.primaryKeys(),
        portfolio ? null : watchTables(db, ['queueSummaries']),
      ]);
      return kept;
    }
    const [settings, { debtors, openCents }, payments, activities] = await Promise.all([
      portfolioSettingsRepo.assignees(),
      portfolio ? portfolioFromRows(portfolio) : portfolioFromSummary(),
      paid.toArray(),
      done.toArray(),
    ]);
    return statsMemo.keep(db, key, generation, {
      period,
      rows: controllerStats({
        controllers: settings.names,
        debtors,
        openCents,
        payments,
        activities,
        period,
      }),
    });
  },
};
