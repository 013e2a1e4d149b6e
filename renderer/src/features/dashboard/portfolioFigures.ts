/**
 * The dashboard's figures of a portfolio view, computed once per view: a revisit of the
 * dashboard gets the same rows back (the view is kept until a write), and summing and sorting
 * 10,000 debtors again on every visit was most of what made the visit slower at 100,000 items
 * than at 1,000. The live view also hands its rows by record of the aggregates (`parts`), each
 * kept as it was by the records a write did not touch: after a call logged, one record's debtors
 * are summed again, not 10,000 (5-10 ms at 100,000 items on the dashboard's path).
 */
import type { PortfolioView } from '../../data/repositories/portfolio';
import type { DebtorSummary } from '../../domain/debtorSummary';
import {
  figuresOfParts,
  portfolioFigures as figuresOfRows,
  type PortfolioFigures,
  type PortfolioPart,
  portfolioPart,
} from '../../domain/portfolio';

const computed = new WeakMap<readonly DebtorSummary[], PortfolioFigures>();
const partsComputed = new WeakMap<readonly DebtorSummary[], PortfolioPart>();

function partOf(rows: readonly DebtorSummary[]): PortfolioPart {
  let part = partsComputed.get(rows);
  if (!part) {
    part = portfolioPart(rows);
    partsComputed.set(rows, part);
  }
  return part;
}

export function portfolioFigures(view: Pick<PortfolioView, 'rows' | 'parts'>): PortfolioFigures {
  let figures = computed.get(view.rows);
  if (!figures) {
    figures = view.parts ? figuresOfParts(view.parts.map(partOf)) : figuresOfRows(view.rows);
    computed.set(view.rows, figures);
  }
  return figures;
}
