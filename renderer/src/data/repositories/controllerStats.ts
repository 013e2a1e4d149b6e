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
    const [settings, { debtors, openCents }, payments, activities] = await Promise.all([
      portfolioSettingsRepo.assignees(),
      portfolio ? portfolioFromRows(portfolio) : portfolioFromSummary(),
      db.payments.where('date').between(period.from, period.to, true, true).toArray(),
      // Instants are UTC: a day either side covers every local day of the period.
      db.activities
        .where('at')
        .between(addDays(period.from, -1), addDays(period.to, 2), true, false)
        .toArray(),
    ]);
    return {
      period,
      rows: controllerStats({
        controllers: settings.names,
        debtors,
        openCents,
        payments,
        activities,
        period,
      }),
    };
  },
};
