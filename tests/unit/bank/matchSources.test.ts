/**
 * What the match job reads: every open invoice once, in key order, although the store is read
 * in slices requested together; closed items, credit notes and settled rows left out.
 */
import { describe, expect, it } from 'vitest';
import { bankRepo } from '../../../renderer/src/data/repositories/bank';
import { generateDemoPortfolio } from '../../../renderer/src/demo/generator';
import { isoDate } from '../../../renderer/src/domain/dates';
import { useFreshDb } from '../testDb';

describe('bank match sources', () => {
  const db = useFreshDb();

  it.each([0, 1, 3, 4, 5, 37])(
    'reads every open invoice once, in key order (%i rows)',
    async (count) => {
      const { debtors, invoices } = generateDemoPortfolio({
        seed: 3,
        debtors: 10,
        items: 60,
        asOfDate: isoDate('2026-11-23'),
      });
      const rows = invoices.slice(0, count);
      await db().debtors.bulkPut(debtors);
      await db().invoices.bulkPut(rows);
      const { items } = await bankRepo.matchSources();
      const open = rows
        .filter((i) => i.status === 'open' && i.kind === 'invoice' && i.openCents > 0)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(items.map((i) => i.id)).toEqual(open.map((i) => i.id));
      expect(items[0]).toEqual(
        open[0] && {
          id: open[0].id,
          debtorId: open[0].debtorId,
          number: open[0].number,
          dueDate: open[0].dueDate,
          openCents: open[0].openCents,
          currency: open[0].currency,
        },
      );
    },
  );
});
