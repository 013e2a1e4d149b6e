/**
 * Screens kept on display follow a write: the live queries of the dashboard's view and of the
 * File d'actions keep what they computed per write generation, and Dexie runs them again before
 * the generation is raised (its listeners are called newest first). Read at once, the generation
 * was stale and the screens showed what they had kept. Real Dexie live queries, fake-indexeddb.
 */
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { collectionRepo } from '../../../renderer/src/data/repositories/collection';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import { loadDemoData } from '../../../renderer/src/demo';
import { isoDate } from '../../../renderer/src/domain/dates';
import { ZERO_CENTS } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

const TODAY = isoDate('2026-11-23');

/** The values a live query gives, and a wait for the next one (3 s at most). */
function follow<T>(query: () => Promise<T>) {
  const values: T[] = [];
  const subscription = liveQuery(query).subscribe((value) => values.push(value));
  return {
    values,
    async next(count: number) {
      for (let i = 0; i < 600 && values.length <= count; i++)
        await new Promise((resolve) => setTimeout(resolve, 5));
      return values.at(-1);
    },
    stop: () => subscription.unsubscribe(),
  };
}

describe('screens on display after a write', () => {
  const db = useFreshDb();

  it('the dashboard and the File d’actions show an invoice paid while they are open', async () => {
    await loadDemoData({ seed: 7, debtors: 30, items: 300, asOfDate: TODAY });
    const view = follow(() => portfolioRepo.view());
    const queue = follow(() => collectionRepo.queue(TODAY, { kind: 'all' }));
    try {
      const shown = await view.next(0);
      const listed = await queue.next(0);
      const row = listed?.rows[0];
      if (!shown || !row) throw new Error('ni vue ni file');
      const items = await db()
        .invoices.where('debtorId')
        .equals(row.debtorId)
        .filter((item) => item.status === 'open' && item.openCents > 0)
        .toArray();
      const paid = items.reduce((sum, item) => sum + item.openCents, 0);
      await db().transaction('rw', db().invoices, async () => {
        for (const item of items)
          await db().invoices.update(item.id, { status: 'paid', openCents: ZERO_CENTS });
      });
      const total = (rows: { totalCents: number }[]) => rows.reduce((s, r) => s + r.totalCents, 0);
      expect(total((await view.next(1))?.rows ?? [])).toBe(total(shown.rows) - paid);
      const after = await queue.next(1);
      // Nothing left to collect: no step of the ladder is due for the debtor any more.
      expect(after?.rows.some((r) => r.debtorId === row.debtorId && r.stage)).toBe(false);
    } finally {
      view.stop();
      queue.stop();
    }
  });
});
