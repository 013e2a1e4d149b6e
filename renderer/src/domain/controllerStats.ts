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

export interface ControllerStatsInput {
  /** Controllers named in the settings, in their order (a row each, even when idle). */
  controllers: readonly string[];
  debtors: readonly Pick<Debtor, 'id' | 'assignee'>[];
  /** Each debtor's open balance today (`openCentsByDebtor`); absent debtors owe nothing. */
  openCents: ReadonlyMap<string, Cents>;
  payments: readonly Pick<Payment, 'debtorId' | 'date' | 'cents'>[];
  activities: readonly Pick<Activity, 'debtorId' | 'type' | 'at' | 'by' | 'details'>[];
  period: StatsPeriod;
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
  const others = [
    ...new Set(input.debtors.flatMap((d) => (d.assignee ? [d.assignee] : []))),
  ].filter((name) => !rows.has(name));
  for (const name of others.sort((a, b) => a.localeCompare(b, 'fr'))) row(name);

  const ownerOf = new Map<string, string>();
  for (const debtor of input.debtors) {
    const controller = debtor.assignee ?? '';
    ownerOf.set(debtor.id, controller);
    row(controller).debtors += 1;
  }
  for (const [debtorId, open] of input.openCents) {
    const controller = ownerOf.get(debtorId);
    if (controller === undefined) continue;
    const owner = row(controller);
    owner.openCents = addCents(owner.openCents, open);
  }
  for (const payment of input.payments) {
    const controller = ownerOf.get(payment.debtorId);
    if (controller !== undefined && inPeriod(payment.date)) {
      const owner = row(controller);
      owner.collectedCents = addCents(owner.collectedCents, payment.cents);
    }
  }
  for (const activity of input.activities) {
    const day = todayIso(new Date(activity.at));
    if (!inPeriod(day)) continue;
    const status = promiseStatus(activity.details);
    const controller = ownerOf.get(activity.debtorId);
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
