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
import type { IsoDate } from '../../domain/model';
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
    const [settings, debtors, items, payments, activities] = await Promise.all([
      portfolioSettingsRepo.assignees(),
      db.debtors.toArray(),
      db.invoices.where('status').anyOf('open', 'disputed').toArray(),
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
        items,
        payments,
        activities,
        period,
      }),
    };
  },
};
