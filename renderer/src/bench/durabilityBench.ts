/**
 * What strict durability costs (data/durability.ts): an import's commit — 100,000 items and its
 * import record in one readwrite transaction, strict because `imports` is in its scope — against
 * the same items written with the connection's relaxed default (a transaction on `invoices`
 * alone). Both pay the aggregates kept by the same transaction; only the flush differs. On an
 * in-memory store the two are equal; on a user's on-disk profile the difference is the fsync.
 */
import type { RecouvraDb } from '../data/db';
import { generateDemoPortfolio } from '../demo/generator';
import { isoDate } from '../domain/dates';
import type { Invoice } from '../domain/model';
import { withFreshDatabase } from './freshDatabase';
import { type Benchmark, timed } from './runner';

const AS_OF = isoDate('2026-11-23');

let items: Invoice[] | undefined;
function itemsToWrite(): Invoice[] {
  items ??= generateDemoPortfolio({
    seed: 11,
    debtors: 10_000,
    items: 100_000,
    asOfDate: AS_OF,
  }).invoices;
  return items;
}

function commit(strict: boolean): Promise<number> {
  const rows = itemsToWrite();
  return withFreshDatabase((db: RecouvraDb) =>
    timed(() =>
      strict
        ? db.transaction('rw', [db.invoices, db.imports], async () => {
            await db.invoices.bulkPut(rows);
            await db.imports.put({
              id: 'bench-durability',
              fileName: 'bench',
              sha256: '0'.repeat(64),
              asOfDate: AS_OF,
              importedAt: new Date().toISOString(),
              mapping: {},
              counts: { rows: rows.length, debtors: 10_000, items: rows.length },
              diff: { newItems: rows.length, changedItems: 0, closedItems: 0, unchangedItems: 0 },
              undoable: false,
            });
          })
        : db.transaction('rw', db.invoices, () => db.invoices.bulkPut(rows)),
    ),
  );
}

export const DURABILITY_BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'durability.import.100k',
    description:
      'Coût de la durabilité stricte : 100 000 pièces et leur import validés en durabilité ' +
      'stricte (écrits sur disque avant la fin), comparé aux mêmes pièces en durabilité relâchée.',
    targetRatio: 1.3,
    warmupRuns: 1,
    runs: 5,
    measure: () => commit(true),
    baseline: { kind: 'measured', measure: () => commit(false) },
  },
];
