/**
 * The dashboard's figures of a portfolio view, computed once per view: a revisit of the
 * dashboard gets the same rows back (the view is kept until a write), and summing and sorting
 * 10,000 debtors again on every visit was most of what made the visit slower at 100,000 items
 * than at 1,000.
 */
import type { DebtorSummary } from '../../domain/debtorSummary';
import {
  type BreakdownLine,
  breakdownByAssignee,
  breakdownByStage,
  type PortfolioSummary,
  summarizePortfolio,
  topByOverdue,
} from '../../domain/portfolio';

export const TOP_DEBTORS = 20;

export interface PortfolioFigures {
  summary: PortfolioSummary;
  top: DebtorSummary[];
  byAssignee: BreakdownLine[];
  byStage: BreakdownLine[];
}

const computed = new WeakMap<readonly DebtorSummary[], PortfolioFigures>();

export function portfolioFigures(rows: readonly DebtorSummary[]): PortfolioFigures {
  let figures = computed.get(rows);
  if (!figures) {
    figures = {
      summary: summarizePortfolio(rows),
      top: topByOverdue(rows, TOP_DEBTORS),
      byAssignee: breakdownByAssignee(rows),
      byStage: breakdownByStage(rows),
    };
    computed.set(rows, figures);
  }
  return figures;
}
