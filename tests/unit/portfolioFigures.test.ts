/**
 * The dashboard's figures are computed once per view: a revisit with the view kept reuses them;
 * a write (a new view) computes them again, from the rows.
 */
import { describe, expect, it } from 'vitest';
import { portfolioRepo } from '../../renderer/src/data/repositories/portfolio';
import { loadDemoData } from '../../renderer/src/demo';
import { isoDate } from '../../renderer/src/domain/dates';
import { ZERO_CENTS } from '../../renderer/src/domain/money';
import { summarizePortfolio, topByOverdue } from '../../renderer/src/domain/portfolio';
import {
  portfolioFigures,
  TOP_DEBTORS,
} from '../../renderer/src/features/dashboard/portfolioFigures';
import { useFreshDb } from './testDb';

describe('dashboard figures', () => {
  const db = useFreshDb();

  it('are kept while the view is, and follow a write', async () => {
    await loadDemoData({ seed: 7, debtors: 30, items: 300, asOfDate: isoDate('2026-11-23') });
    const first = await portfolioRepo.dashboard();
    const figures = portfolioFigures(first.rows);
    expect(figures.summary).toEqual(summarizePortfolio(first.rows));
    expect(figures.top).toEqual(topByOverdue(first.rows, TOP_DEBTORS));

    const revisit = await portfolioRepo.dashboard();
    expect(portfolioFigures(revisit.rows)).toBe(figures);

    const open = (await db().invoices.toArray()).find(
      (i) => i.status === 'open' && i.openCents > 0,
    );
    if (!open) throw new Error('aucune pièce ouverte');
    await db().invoices.update(open.id, { status: 'paid', openCents: ZERO_CENTS });
    const after = await portfolioRepo.dashboard();
    const updated = portfolioFigures(after.rows);
    expect(updated).not.toBe(figures);
    expect(updated.summary).toEqual(summarizePortfolio(after.rows));
    expect(updated.summary.totalCents).toBe(figures.summary.totalCents - open.openCents);
  });
});
