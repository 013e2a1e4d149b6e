/**
 * The dashboard's figures are computed once per view: a revisit with the view kept reuses them; a
 * write (a new view) computes them again, summing again only the records of the aggregates the
 * write touched. Added up by parts, they equal the figures of every row at once, however the rows
 * are split.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portfolioRepo } from '../../renderer/src/data/repositories/portfolio';
import { loadDemoData } from '../../renderer/src/demo';
import { isoDate } from '../../renderer/src/domain/dates';
import type { DebtorSummary } from '../../renderer/src/domain/debtorSummary';
import { cents, ZERO_CENTS } from '../../renderer/src/domain/money';
import {
  figuresOfParts,
  portfolioFigures as figuresOfRows,
  portfolioPart,
} from '../../renderer/src/domain/portfolio';
import { portfolioFigures } from '../../renderer/src/features/dashboard/portfolioFigures';
import { useFreshDb } from './testDb';

describe('dashboard figures', () => {
  const db = useFreshDb();

  it('are kept while the view is, and follow a write record by record', async () => {
    await loadDemoData({ seed: 7, debtors: 30, items: 300, asOfDate: isoDate('2026-11-23') });
    const first = await portfolioRepo.dashboard();
    const figures = portfolioFigures(first);
    expect(first.parts).toBeDefined();
    expect(figures).toEqual(figuresOfRows(first.rows));

    const revisit = await portfolioRepo.dashboard();
    expect(portfolioFigures(revisit)).toBe(figures);

    const open = (await db().invoices.toArray()).find(
      (i) => i.status === 'open' && i.openCents > 0,
    );
    if (!open) throw new Error('aucune pièce ouverte');
    await db().invoices.update(open.id, { status: 'paid', openCents: ZERO_CENTS });
    const after = await portfolioRepo.dashboard();
    const updated = portfolioFigures(after);
    expect(updated).not.toBe(figures);
    expect(updated).toEqual(figuresOfRows(after.rows));
    expect(updated.summary.totalCents).toBe(figures.summary.totalCents - open.openCents);
    // Only the record of the debtor paid was built again: the other records' rows are the same
    // arrays, and their sums are not computed again.
    const rebuilt = after.parts?.filter((part, record) => part !== first.parts?.[record]);
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt?.[0]?.some((row) => row.id === open.debtorId)).toBe(true);
  });

  it('added up by parts equal the figures of every row, however the rows are split', async () => {
    await loadDemoData({ seed: 3, debtors: 60, items: 500, asOfDate: isoDate('2026-11-23') });
    const { rows } = await portfolioRepo.view();
    // Six debtors tied on overdue and name at the top of the ranking of five, spread over the
    // ledger: the ranking breaks the tie by id whatever the parts and their order.
    const most = Math.max(...rows.map((row) => row.overdueCents)) + 1;
    const all: DebtorSummary[] = [...rows];
    for (let i = 0; i < 6; i++) {
      const row = rows[i] ?? rows[0];
      if (!row) throw new Error('aucun débiteur');
      const twin = { ...row, id: `twin-${5 - i}`, name: 'Jumeaux SARL', overdueCents: cents(most) };
      all.splice(i * Math.floor(all.length / 6), 0, twin);
    }
    const expected = figuresOfRows(all, 5);
    const cuts = fc.array(fc.nat({ max: all.length }), { maxLength: 8 });
    fc.assert(
      fc.property(cuts, fc.boolean(), (at, reversed) => {
        const bounds = [0, ...[...new Set(at)].sort((a, b) => a - b), all.length];
        const parts = bounds.slice(1).map((end, i) => all.slice(bounds[i], end));
        if (reversed) parts.reverse();
        expect(
          figuresOfParts(
            parts.map((part) => portfolioPart(part, 5)),
            5,
          ),
        ).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
