/**
 * Reads what the manager's view per controller needs (Tableau de bord › Par chargé de
 * recouvrement) and hands it to the pure aggregation of domain/controllerStats.ts.
 */
import {
  type ControllerStatsRow,
  controllerStats,
  type StatsPeriod,
  type StatsPeriodKind,
  statsPeriod,
} from '../../domain/controllerStats';
import { addDays } from '../../domain/dates';
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

export const controllerStatsRepo = {
  async load(kind: StatsPeriodKind, today: IsoDate = clock.today()): Promise<ControllerStatsView> {
    const period = statsPeriod(kind, today);
    const db = getDb();
    // The queue summary holds each debtor's assignee and open items: a few records, where the
    // debtors and their open items are 110,000 at the benchmarks' size (seconds to read).
    const [settings, summary, payments, activities] = await Promise.all([
      portfolioSettingsRepo.assignees(),
      db.queueSummaries.toArray(),
      db.payments.where('date').between(period.from, period.to, true, true).toArray(),
      // Instants are UTC: a day either side covers every local day of the period.
      db.activities
        .where('at')
        .between(addDays(period.from, -1), addDays(period.to, 2), true, false)
        .toArray(),
    ]);
    const debtors: { id: string; assignee?: string }[] = [];
    const openCents = new Map<string, Cents>();
    for (const entry of entriesOf(summary)) {
      if (!entry.debtor) continue;
      debtors.push(entry.debtor);
      openCents.set(entry.debtorId, openCentsOfItems(entry.items));
    }
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
