/** Live query for the monthly report: re-runs when the tables it read change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../domain/model';
import type { ReportMonth } from '../domain/report';
import { type MonthlyReportView, monthlyReportRepo } from './repositories/monthlyReport';

export type { MonthlyReportView };

export function useMonthlyReport(
  month: ReportMonth,
  today: IsoDate,
): MonthlyReportView | undefined {
  return useLiveQuery(() => monthlyReportRepo.load(month, today), [month, today]);
}
