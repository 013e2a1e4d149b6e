/**
 * The benchmark registry: `npm run bench` runs these, in this order. To add a benchmark, add an
 * entry here (and, for a fixed baseline, its reference time in tests/bench/baselines.json).
 */
import { invoicesRepo } from '../data/repositories/invoices';
import { generateDemoPortfolio } from '../demo/generator';
import { isoDate } from '../domain/dates';
import type { Invoice } from '../domain/model';
import { BANK_BENCHMARKS } from './bankBench';
import { fixedBaseline } from './baselines';
import { DOSSIER_BENCHMARKS } from './dossierBench';
import { DURABILITY_BENCHMARKS } from './durabilityBench';
import { withFreshDatabase } from './freshDatabase';
import { importEndToEnd, rawImportBaseline } from './importBench';
import { LETTER_BENCHMARKS } from './lettersBench';
import { PORTFOLIO_BENCHMARKS } from './portfolioBench';
import { QUEUE_BENCHMARKS } from './queueBench';
import { type Benchmark, timed } from './runner';
import { TEAM_BENCHMARKS } from './teamBench';

/** The large portfolio: a big customer base, the size the app must stay fluid with. */
const LARGE_PORTFOLIO = {
  seed: 2026,
  debtors: 10_000,
  items: 100_000,
  asOfDate: isoDate('2026-11-23'),
} as const;

let largeInvoices: Invoice[] | undefined;
/** Generated once and reused: IndexedDB copies the rows, so every run writes the same data. */
function invoicesToWrite(): Invoice[] {
  largeInvoices ??= generateDemoPortfolio(LARGE_PORTFOLIO).invoices;
  return largeInvoices;
}

export const BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'invoices.bulkPut.repository',
    description:
      '100 000 pièces écrites par invoicesRepo.bulkPut (une transaction, par lots), ' +
      'comparé à un db.invoices.bulkPut brut.',
    targetRatio: 1.2,
    warmupRuns: 1,
    runs: 5,
    measure: () => {
      const invoices = invoicesToWrite();
      return withFreshDatabase(() => timed(() => invoicesRepo.bulkPut(invoices)));
    },
    baseline: {
      kind: 'measured',
      measure: () => {
        const invoices = invoicesToWrite();
        return withFreshDatabase((db) => timed(() => db.invoices.bulkPut(invoices)));
      },
    },
  },
  {
    name: 'demo.generate.100k',
    description: 'Génération du portefeuille de démonstration : 10 000 débiteurs, 100 000 pièces.',
    targetRatio: 1.5,
    warmupRuns: 2,
    runs: 7,
    measure: () => timed(() => generateDemoPortfolio(LARGE_PORTFOLIO)),
    baseline: fixedBaseline('demo.generate.100k'),
  },
  {
    name: 'import.xlsx.100k',
    description:
      'Import complet (analyse dans le worker + enregistrement en une transaction) d’un .xlsx de ' +
      '100 000 lignes, comparé à SheetJS read + sheet_to_json + bulkPut brut du même fichier.',
    targetRatio: 1.3,
    warmupRuns: 1,
    runs: 3,
    measure: importEndToEnd,
    baseline: { kind: 'measured', measure: rawImportBaseline },
    metrics: [
      // The window must stay responsive (issue #19): no main-thread task over 50 ms.
      { key: 'longestTask', unit: 'ms', reference: 50, targetRatio: 1 },
      // Peak main-thread heap against a 1 GiB budget for a 100,000-row month.
      { key: 'peakHeap', unit: 'MB', reference: 1024, targetRatio: 1 },
    ],
  },
  ...DURABILITY_BENCHMARKS,
  ...PORTFOLIO_BENCHMARKS,
  ...QUEUE_BENCHMARKS,
  ...LETTER_BENCHMARKS,
  ...DOSSIER_BENCHMARKS,
  ...BANK_BENCHMARKS,
  ...TEAM_BENCHMARKS,
];
