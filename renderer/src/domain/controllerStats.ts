/**
 * The manager's view per credit controller over a period: what was collected on their debtors,
 * the promises kept and broken, the actions they signed, and their portfolio today (debtors and
 * open balance). Pure aggregation over rows the data layer reads.
 */
import type { ActivityDetails } from './activityDetails';
import { addDays, addMonths, endOfMonth, isoDate, todayIso } from './dates';
import type { Activity, Cents, Debtor, Invoice, IsoDate, Payment } from './model';
import { addCents, ZERO_CENTS } from './money';

export type StatsPeriodKind = 'current-month' | 'previous-month' | 'last-30-days';

export const STATS_PERIOD_LABELS: Readonly<Record<StatsPeriodKind, string>> = {
  'current-month': 'Mois en cours',
  'previous-month': 'Mois précédent',
  'last-30-days': '30 derniers jours',
};

/** First and last day, inclusive. */
export interface StatsPeriod {
  from: IsoDate;
  to: IsoDate;
}

export function statsPeriod(kind: StatsPeriodKind, today: IsoDate): StatsPeriod {
  const firstOfMonth = isoDate(`${today.slice(0, 8)}01`);
  switch (kind) {
    case 'current-month':
      return { from: firstOfMonth, to: today };
    case 'previous-month': {
      const from = addMonths(firstOfMonth, -1);
      return { from, to: endOfMonth(from) };
    }
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
  }
}

export interface ControllerStatsRow {
  /** The controller's name; '' for debtors assigned to nobody. */
  controller: string;
  collectedCents: Cents;
  promisesKept: number;
  promisesBroken: number;
  /**
   * Activities the controller signed in the period: imports, exports and the promises the
   * ledger found kept or broken are left out.
   */
  actions: number;
  debtors: number;
  /** Open balance of their debtors today (open and disputed items, credits deducted). */
  openCents: Cents;
}

/** The debtors and their open balance today, as `controllerPortfolio` reads them. */
export interface PortfolioDebtors {
  debtors: readonly Pick<Debtor, 'id' | 'assignee'>[];
  /** Each debtor's open balance today (`openCentsByDebtor`); absent debtors owe nothing. */
  openCents: ReadonlyMap<string, Cents>;
}

/** Each controller's portfolio today ('' for debtors assigned to nobody). */
export interface ControllerPortfolio {
  byController: ReadonlyMap<string, { debtors: number; openCents: Cents }>;
  /** A debtor's controller ('' for nobody); undefined for a debtor not in the portfolio. */
  ownerOf: (debtorId: string) => string | undefined;
}

export type ControllerStatsInput = {
  /** Controllers named in the settings, in their order (a row each, even when idle). */
  controllers: readonly string[];
  payments: readonly Pick<Payment, 'debtorId' | 'date' | 'cents'>[];
  activities: readonly Pick<Activity, 'debtorId' | 'type' | 'at' | 'by' | 'details'>[];
  period: StatsPeriod;
} & (PortfolioDebtors | { portfolio: ControllerPortfolio });

/** The controllers' portfolios of these debtors, and each debtor's controller. */
export function controllerPortfolio({
  debtors,
  openCents,
}: PortfolioDebtors): ControllerPortfolio & {
  owners: ReadonlyMap<string, string>;
} {
  const owners = new Map<string, string>();
  const byController = new Map<string, { debtors: number; openCents: Cents }>();
  for (const debtor of debtors) {
    const controller = debtor.assignee ?? '';
    owners.set(debtor.id, controller);
    const line = byController.get(controller);
    const open = openCents.get(debtor.id) ?? ZERO_CENTS;
    if (line) {
      line.debtors += 1;
      line.openCents = addCents(line.openCents, open);
    } else byController.set(controller, { debtors: 1, openCents: open });
  }
  return { byController, owners, ownerOf: (debtorId) => owners.get(debtorId) };
}

/**
 * The portfolios of several shares of the debtors (each debtor in one share only) as one;
 * `ownerOf` finds a debtor's controller in its share.
 */
export function mergedPortfolio(
  parts: readonly ControllerPortfolio[],
  ownerOf: ControllerPortfolio['ownerOf'],
): ControllerPortfolio {
  const byController = new Map<string, { debtors: number; openCents: Cents }>();
  for (const part of parts) {
    for (const [controller, line] of part.byController) {
      const into = byController.get(controller);
      if (into) {
        into.debtors += line.debtors;
        into.openCents = addCents(into.openCents, line.openCents);
      } else byController.set(controller, { ...line });
    }
  }
  return { byController, ownerOf };
}

/** Open balance per debtor: its open and disputed items, credits deducted. */
export function openCentsByDebtor(
  items: Iterable<Pick<Invoice, 'debtorId' | 'openCents' | 'status'>>,
): Map<string, Cents> {
  const open = new Map<string, Cents>();
  for (const item of items) {
    if (item.status !== 'open' && item.status !== 'disputed') continue;
    open.set(item.debtorId, addCents(open.get(item.debtorId) ?? ZERO_CENTS, item.openCents));
  }
  return open;
}

const NOT_ACTIONS = new Set<Activity['type']>(['import', 'export']);

function promiseStatus(details: ActivityDetails | undefined): 'kept' | 'broken' | null {
  if (details?.kind !== 'promise-status') return null;
  return details.status === 'kept' || details.status === 'broken' ? details.status : null;
}

/**
 * One row per controller: those of the settings first, then any other name found on a debtor
 * (sorted), then « non attribué » when some debtors have nobody. Collected amounts and promises
 * count on the debtor's controller of today; actions count on whoever signed them. Activity
 * instants are placed on the local calendar day.
 */
export function controllerStats(input: ControllerStatsInput): ControllerStatsRow[] {
  const { period } = input;
  const inPeriod = (day: IsoDate) => day >= period.from && day <= period.to;
  const rows = new Map<string, ControllerStatsRow>();
  const row = (controller: string) => {
    let found = rows.get(controller);
    if (!found) {
      found = {
        controller,
        collectedCents: ZERO_CENTS,
        promisesKept: 0,
        promisesBroken: 0,
        actions: 0,
        debtors: 0,
        openCents: ZERO_CENTS,
      };
      rows.set(controller, found);
    }
    return found;
  };
  for (const name of input.controllers) row(name);
  const portfolio = 'portfolio' in input ? input.portfolio : controllerPortfolio(input);
  const others = [...portfolio.byController.keys()].filter((name) => name && !rows.has(name));
  for (const name of others.sort((a, b) => a.localeCompare(b, 'fr'))) row(name);

  const { ownerOf } = portfolio;
  for (const [controller, line] of portfolio.byController) {
    const owner = row(controller);
    owner.debtors += line.debtors;
    owner.openCents = addCents(owner.openCents, line.openCents);
  }
  for (const payment of input.payments) {
    const controller = ownerOf(payment.debtorId);
    if (controller !== undefined && inPeriod(payment.date)) {
      const owner = row(controller);
      owner.collectedCents = addCents(owner.collectedCents, payment.cents);
    }
  }
  for (const activity of input.activities) {
    const day = todayIso(new Date(activity.at));
    if (!inPeriod(day)) continue;
    const status = promiseStatus(activity.details);
    const controller = ownerOf(activity.debtorId);
    if (status && controller !== undefined) {
      if (status === 'kept') row(controller).promisesKept += 1;
      else row(controller).promisesBroken += 1;
    }
    // A promise found kept or broken is the ledger's verdict, not something the controller did.
    if (!status && !NOT_ACTIONS.has(activity.type) && rows.has(activity.by)) {
      row(activity.by).actions += 1;
    }
  }
  // « Non attribué » last, and only when it counts something.
  const unassigned = rows.get('');
  rows.delete('');
  const result = [...rows.values()];
  if (unassigned && unassigned.debtors > 0) result.push(unassigned);
  return result;
}

/** The team's totals, for the table's last line. */
export function controllerTotals(rows: readonly ControllerStatsRow[]): ControllerStatsRow {
  return rows.reduce(
    (sum, r) => ({
      controller: 'Total',
      collectedCents: addCents(sum.collectedCents, r.collectedCents),
      promisesKept: sum.promisesKept + r.promisesKept,
      promisesBroken: sum.promisesBroken + r.promisesBroken,
      actions: sum.actions + r.actions,
      debtors: sum.debtors + r.debtors,
      openCents: addCents(sum.openCents, r.openCents),
    }),
    {
      controller: 'Total',
      collectedCents: ZERO_CENTS,
      promisesKept: 0,
      promisesBroken: 0,
      actions: 0,
      debtors: 0,
      openCents: ZERO_CENTS,
    },
  );
}
