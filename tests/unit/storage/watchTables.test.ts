/**
 * `watchTables` reads one key per table, and a live query that calls it still runs again on any
 * write to those tables: a row added, one updated or deleted far from the key read, 60 rows at
 * once, the table cleared; and not on a write to another table. Real Dexie live queries over
 * fake-indexeddb.
 */
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { watchTables } from '../../../renderer/src/data/writeGeneration';
import type { Activity } from '../../../renderer/src/domain/model';
import { useFreshDb } from '../testDb';

const call = (id: string): Activity => ({
  id,
  debtorId: 'd1',
  type: 'call',
  at: '2026-11-23T10:00:00.000Z',
  by: 'Camille',
  text: 'Appel',
});

describe('watchTables', () => {
  const db = useFreshDb();

  it('wakes a live query on any write to the tables watched, and only to them', async () => {
    await db().activities.bulkAdd(['a01', 'a02', 'a03', 'a99'].map(call));
    let runs = 0;
    const values: number[] = [];
    const subscription = liveQuery(async () => {
      await watchTables(db(), ['activities']);
      runs += 1;
      return runs;
    }).subscribe((value) => values.push(value));
    /** The values given once more than `count` came (3 s at most), or after 200 ms with `quiet`. */
    const settled = async (count = 0, quiet = false) => {
      for (let i = 0; i < (quiet ? 40 : 600) && (quiet || values.length <= count); i++)
        await new Promise((resolve) => setTimeout(resolve, 5));
      return values.length;
    };
    try {
      let seen = await settled();
      expect(seen).toBe(1);
      const writes: [string, () => Promise<unknown>][] = [
        ['added', () => db().activities.add(call('a50'))],
        ['updated', () => db().activities.update('a99', { text: 'Rappel' })],
        ['put', () => db().activities.put({ ...call('a03'), by: 'Julien' })],
        ['deleted', () => db().activities.delete('a99')],
        [
          'bulk',
          () => db().activities.bulkAdd(Array.from({ length: 60 }, (_, i) => call(`b${i}`))),
        ],
        ['cleared', () => db().activities.clear()],
      ];
      for (const [what, write] of writes) {
        await write();
        const now = await settled(seen);
        expect(now, what).toBeGreaterThan(seen);
        seen = now;
      }
      await db().payments.add({
        id: 'p1',
        debtorId: 'd1',
        invoiceId: 'i1',
        date: '2026-11-23',
        cents: 100,
        source: 'manual',
        recordedAt: '2026-11-23T10:00:00.000Z',
      } as never);
      expect(await settled(seen, true), 'another table').toBe(seen);
    } finally {
      subscription.unsubscribe();
    }
  });
});
