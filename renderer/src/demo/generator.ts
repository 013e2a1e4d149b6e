/**
 * Deterministic demo portfolio: a believable French receivables ledger for trying Recouvra
 * without importing real data. Pure: no database, no window, no clock. The same options always
 * produce the same portfolio, ids included, so tests, screenshots and bug reports can rely on it.
 */
import { isIsoDate } from '../domain/dates';
import type { Debtor, Invoice, IsoDate } from '../domain/model';
import type { PaymentBehaviour } from './behaviours';
import { chooseCourtCases, type DemoCourtCase } from './courtCases';
import { generateDebtors } from './debtors';
import { generateOpenItems } from './openItems';
import { buildNamePools } from './pools/names';
import { type DemoPromise, generatePromises } from './promises';
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
  /** Every item, as today: open, disputed, or settled by a payment on a promise. */
  invoices: Invoice[];
  /** Promises and plans with their fate and the payments received on them. */
  promises: DemoPromise[];
  /** The debtors taken to court (their cases are opened by the story). */
  courtCases: DemoCourtCase[];
  /** How each debtor pays: the story reads it (who ends in collective proceedings). */
  behaviours: Map<string, PaymentBehaviour>;
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
  const drawn = generateOpenItems(
    createRandom(seed, 'items'),
    drafts,
    settings.items,
    asOfDate,
    idPrefix,
  );
  const { cases: courtCases, dropped } = chooseCourtCases(drafts, drawn, asOfDate);
  const invoices = dropped.size > 0 ? drawn.filter((item) => !dropped.has(item.id)) : drawn;
  const inCourt = new Set(courtCases.map((c) => c.debtorId));
  for (const { debtor } of drafts) {
    // « En contentieux » is the debtors in court and nobody else; the other accounts the draw
    // put in litigation are blocked (deliveries stopped), which is where they stand.
    if (inCourt.has(debtor.id)) debtor.status = 'litigation';
    else if (debtor.status === 'litigation') debtor.status = 'blocked';
  }
  const promises = generatePromises(
    createRandom(seed, 'promises'),
    drafts,
    invoices,
    asOfDate,
    idPrefix,
    inCourt,
  );
  return {
    debtors: drafts.map((draft) => draft.debtor),
    invoices,
    promises,
    courtCases,
    behaviours: new Map(drafts.map((draft) => [draft.debtor.id, draft.behaviour])),
  };
}
