/**
 * Deterministic demo portfolio: a believable French receivables ledger for trying Recouvra
 * without importing real data. Pure: no database, no window, no clock. The same options always
 * produce the same portfolio, ids included, so tests, screenshots and bug reports can rely on it.
 */
import { isIsoDate } from '../domain/dates';
import type { Debtor, Invoice, IsoDate, PaymentPromise } from '../domain/model';
import { generateDebtors } from './debtors';
import { generateOpenItems } from './openItems';
import { buildNamePools } from './pools/names';
import { generatePromises } from './promises';
import { createRandom } from './random';

export interface DemoPortfolioOptions {
  /** Any integer; the same seed gives the same portfolio. */
  seed: number;
  /** Number of debtors. */
  debtors: number;
  /** Number of open items (invoices, credit notes and unapplied payments together). */
  items: number;
  /** The date the aged balance is drawn up at: due dates are spread around it. */
  asOfDate: IsoDate;
}

export interface DemoPortfolio {
  debtors: Debtor[];
  invoices: Invoice[];
  promises: PaymentPromise[];
}

export const DEMO_DEFAULTS = { seed: 2026, debtors: 300, items: 5_000 } as const;

function checkOptions({ seed, debtors, items, asOfDate }: DemoPortfolioOptions): void {
  if (!Number.isInteger(seed)) throw new Error(`Graine invalide : ${seed}`);
  if (!Number.isInteger(debtors) || debtors < 1) {
    throw new Error(`Nombre de débiteurs invalide : ${debtors}`);
  }
  if (!Number.isInteger(items) || items < 0)
    throw new Error(`Nombre de pièces invalide : ${items}`);
  if (!isIsoDate(asOfDate)) throw new Error(`Date d'arrêté invalide : ${asOfDate}`);
}

export function generateDemoPortfolio(
  options: Partial<DemoPortfolioOptions> & Pick<DemoPortfolioOptions, 'asOfDate'>,
): DemoPortfolio {
  const settings: DemoPortfolioOptions = { ...DEMO_DEFAULTS, ...options };
  checkOptions(settings);
  const { seed, asOfDate } = settings;
  // Ids derive from the seed and the position, so they are stable across runs.
  const idPrefix = `demo${seed}`;
  const names = buildNamePools(seed);
  const drafts = generateDebtors(
    createRandom(seed, 'debtors'),
    names,
    settings.debtors,
    idPrefix,
    Number(asOfDate.slice(0, 4)),
  );
  const invoices = generateOpenItems(
    createRandom(seed, 'items'),
    drafts,
    settings.items,
    asOfDate,
    idPrefix,
  );
  const promises = generatePromises(
    createRandom(seed, 'promises'),
    drafts,
    invoices,
    asOfDate,
    idPrefix,
  );
  return { debtors: drafts.map((draft) => draft.debtor), invoices, promises };
}
