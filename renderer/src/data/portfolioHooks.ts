/**
 * Live queries for the dashboard, the debtor list and the fiche débiteur. Each re-runs when the
 * tables it read change (Dexie tracks them), so the aggregation runs once per ledger change and
 * never during a render. `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { StatsPeriodKind } from '../domain/controllerStats';
import type { IsoDate } from '../domain/model';
import type {
  AgingSettings,
  AssigneesSettings,
  DebtorListSettings,
} from '../domain/portfolioSettings';
import {
  type ControllerStatsView,
  controllerStatsRepo,
  type PortfolioToday,
} from './repositories/controllerStats';
import { type DebtorFile, debtorFileRepo } from './repositories/debtorFile';
import { type DashboardView, type PortfolioView, portfolioRepo } from './repositories/portfolio';
import { portfolioSettingsRepo } from './repositories/portfolioSettings';
import { type PortfolioContext, teamPortfoliosRepo } from './repositories/teamPortfolios';

export function useDashboardView(importId?: string): DashboardView | undefined {
  return useLiveQuery(() => portfolioRepo.dashboard(importId), [importId]);
}

export function usePortfolioView(importId?: string): PortfolioView | undefined {
  return useLiveQuery(() => portfolioRepo.view(importId), [importId]);
}

/** `null` when the debtor does not exist. */
export function useDebtorFile(debtorId: string, today: IsoDate): DebtorFile | null | undefined {
  return useLiveQuery(() => debtorFileRepo.load(debtorId, today), [debtorId, today]);
}

export function useAssigneesSettings(): AssigneesSettings | undefined {
  return useLiveQuery(() => portfolioSettingsRepo.assignees());
}

export function useAgingSettings(): AgingSettings | undefined {
  return useLiveQuery(() => portfolioSettingsRepo.aging());
}

export function useDebtorListSettings(): DebtorListSettings | undefined {
  return useLiveQuery(() => portfolioSettingsRepo.debtorList());
}

/** Controllers, today's hand-overs and who works here: « Mes débiteurs » and Paramètres. */
export function usePortfolioContext(today: IsoDate): PortfolioContext | undefined {
  return useLiveQuery(() => teamPortfoliosRepo.context(today), [today]);
}

export function useControllerStats(
  kind: StatsPeriodKind,
  today: IsoDate,
  portfolio?: PortfolioToday,
): ControllerStatsView | undefined {
  return useLiveQuery(
    () => controllerStatsRepo.load(kind, today, portfolio),
    [kind, today, portfolio],
  );
}
