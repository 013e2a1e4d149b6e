/**
 * Reads what the manager's view per controller needs (Tableau de bord › Par chargé de
 * recouvrement) and hands it to the pure aggregation of domain/controllerStats.ts.
 */
import {
  type ControllerPortfolio,
  type ControllerStatsInput,
  type ControllerStatsRow,
  controllerPortfolio,
  controllerStats,
  mergedPortfolio,
  type StatsPeriod,
  type StatsPeriodKind,
  statsPeriod,
} from '../../domain/controllerStats';
import { addDays } from '../../domain/dates';
import type { DebtorSummary } from '../../domain/debtorSummary';
import type { Activity, Cents, IsoDate, Payment } from '../../domain/model';
import { entriesOf, summaryBucket } from '../../domain/queueSummary';
import { openCentsOfItems } from '../../domain/summaryItems';
import { clock } from '../clock';
import { getDb, type RecouvraDb } from '../db';
import {
  generationMemo,
  keysWrittenSince,
  settledWriteGeneration,
  watchTables,
} from '../writeGeneration';
import { portfolioSettingsRepo } from './portfolioSettings';

export interface ControllerStatsView {
  period: StatsPeriod;
  rows: ControllerStatsRow[];
}

/**
 * Each debtor's assignee and open balance today, as the dashboard's live rows have them: by
 * record of the aggregates, `parts[summaryBucket(debtorId)]` (liveRows.ts).
 */
export type PortfolioToday = readonly (readonly Pick<
  DebtorSummary,
  'id' | 'assignee' | 'totalCents'
>[])[];

type PartPortfolio = ReturnType<typeof controllerPortfolio>;

/**
 * The debtors and their open balance from the queue summary (assignees, open amounts read in
 * place): a few records, where the debtors and their open items are 110,000 at the benchmarks'
 * size (seconds to read).
 */
async function portfolioFromSummary(): Promise<ControllerPortfolio> {
  const debtors: { id: string; assignee?: string }[] = [];
  const openCents = new Map<string, Cents>();
  for (const entry of entriesOf(await getDb().queueSummaries.toArray())) {
    if (!entry.debtor) continue;
    debtors.push(entry.debtor);
    openCents.set(entry.debtorId, openCentsOfItems(entry.items));
  }
  return controllerPortfolio({ debtors, openCents });
}

/**
 * Per record's rows, their controllers' portfolios, kept with the rows: after a call logged, one
 * record's debtors are counted again, not 10,000 (3-4 ms at 100,000 items, in the dashboard's
 * first frames).
 */
const partPortfolios = new WeakMap<PortfolioToday[number], PartPortfolio>();

function portfolioFromParts(parts: PortfolioToday): ControllerPortfolio {
  const portfolios = parts.map((rows) => {
    let portfolio = partPortfolios.get(rows);
    if (!portfolio) {
      const openCents = new Map(rows.map((row) => [row.id, row.totalCents]));
      portfolio = controllerPortfolio({ debtors: rows, openCents });
      partPortfolios.set(rows, portfolio);
    }
    return portfolio;
  });
  // A debtor is in its record's part; should the parts ever be split otherwise, a debtor missed
  // there is looked for in every part rather than counted for nobody.
  return mergedPortfolio(portfolios, (debtorId) => {
    const owner = portfolios[summaryBucket(debtorId)]?.owners.get(debtorId);
    if (owner !== undefined) return owner;
    for (const portfolio of portfolios) {
      const found = portfolio.owners.get(debtorId);
      if (found !== undefined) return found;
    }
    return undefined;
  });
}

/**
 * A number per portfolio handed over, for the figures' memo: figures computed with the view's
 * rows before a write must not be given back for the rows after it (both may be asked for at the
 * same write generation, the controllers' table waking before the dashboard's view).
 */
const portfolioIds = new WeakMap<PortfolioToday, number>();
let lastPortfolioId = 0;

function portfolioKey(portfolio: PortfolioToday | undefined): string {
  if (!portfolio) return 'summary';
  let id = portfolioIds.get(portfolio);
  if (id === undefined) {
    lastPortfolioId += 1;
    id = lastPortfolioId;
    portfolioIds.set(portfolio, id);
  }
  return `rows ${id}`;
}

/**
 * The figures last computed per period and day, kept while nothing is written (writeGeneration):
 * the dashboard reopened does not read the period's activities again. Read-only for callers.
 */
const statsMemo = generationMemo<string, ControllerStatsView>();

type PeriodPayment = ControllerStatsInput['payments'][number];
type PeriodActivity = ControllerStatsInput['activities'][number];

/** The rows of a period the figures count, by primary key, as of a write generation. */
interface PeriodRows {
  owner: RecouvraDb;
  period: string;
  generation: number;
  payments: Map<string, PeriodPayment>;
  activities: Map<string, PeriodActivity>;
}

/**
 * The period's rows last read, patched after a write with the rows written only: a month holds
 * 3,000 activities at 100,000 items, and reading them all again after every call logged took
 * 130-180 ms of the dashboard's « Par chargé de recouvrement » (against 15 ms at 1,000 items).
 */
let keptRows: PeriodRows | null = null;

/**
 * The period's bounds as the indexes read them. Activity instants are UTC: a day either side
 * covers every local day of the period (controllerStats places them on the local day).
 */
function periodRanges(period: StatsPeriod) {
  return {
    paid: [period.from, period.to] as const,
    done: [addDays(period.from, -1), addDays(period.to, 2)] as const,
  };
}

const paymentOf = ({ id, debtorId, date, cents }: Payment): [string, PeriodPayment] => [
  id,
  { debtorId, date, cents },
];
const activityOf = ({
  id,
  debtorId,
  type,
  at,
  by,
  details,
}: Activity): [string, PeriodActivity] => [id, { debtorId, type, at, by, details }];

/**
 * `rows` with what was written since its generation: each written key read again, and kept if it
 * still falls in the period. Null when the keys written are not known one by one.
 */
async function patchedRows(db: RecouvraDb, rows: PeriodRows, period: StatsPeriod) {
  const paymentKeys = keysWrittenSince(db, 'payments', rows.generation);
  const activityKeys = keysWrittenSince(db, 'activities', rows.generation);
  if (paymentKeys === 'all' || activityKeys === 'all') return null;
  const { paid, done } = periodRanges(period);
  const [payments, activities] = await Promise.all([
    db.payments.bulkGet([...paymentKeys] as string[]),
    db.activities.bulkGet([...activityKeys] as string[]),
  ]);
  const patch = <Row, Kept>(
    into: Map<string, Kept>,
    keys: ReadonlySet<unknown>,
    read: (Row | undefined)[],
    inPeriod: (row: Row) => boolean,
    keep: (row: Row) => [string, Kept],
  ) => {
    if (keys.size === 0) return into;
    const next = new Map(into);
    [...keys].forEach((key, index) => {
      const row = read[index];
      if (row && inPeriod(row)) next.set(...keep(row));
      else next.delete(key as string);
    });
    return next;
  };
  return {
    payments: patch(
      rows.payments,
      paymentKeys,
      payments,
      (p) => p.date >= paid[0] && p.date <= paid[1],
      paymentOf,
    ),
    activities: patch(
      rows.activities,
      activityKeys,
      activities,
      (a) => a.at >= done[0] && a.at < done[1],
      activityOf,
    ),
  };
}

/** The period's payments and activities, patched from the rows kept when it can be. */
async function periodRows(
  db: RecouvraDb,
  period: StatsPeriod,
  generation: number,
): Promise<PeriodRows> {
  const key = `${period.from}|${period.to}`;
  const kept = keptRows?.owner === db && keptRows.period === key ? keptRows : null;
  const patched = kept ? await patchedRows(db, kept, period) : null;
  const { paid, done } = periodRanges(period);
  const read: Pick<PeriodRows, 'payments' | 'activities'> =
    patched ??
    (await Promise.all([
      db.payments.where('date').between(paid[0], paid[1], true, true).toArray(),
      db.activities.where('at').between(done[0], done[1], true, false).toArray(),
    ]).then(([payments, activities]) => ({
      payments: new Map(payments.map(paymentOf)),
      activities: new Map(activities.map(activityOf)),
    })));
  const rows = { owner: db, period: key, generation, ...read };
  // A later read may have kept newer rows meanwhile.
  if (!keptRows || keptRows.owner !== db || keptRows.generation <= generation) keptRows = rows;
  return rows;
}

export const controllerStatsRepo = {
  /**
   * `portfolio`: the live rows the dashboard already holds, so the summary is not read twice;
   * without it (the dashboard shows an earlier import) the portfolio is read here.
   */
  async load(
    kind: StatsPeriodKind,
    today: IsoDate = clock.today(),
    portfolio?: PortfolioToday,
  ): Promise<ControllerStatsView> {
    const period = statsPeriod(kind, today);
    const db = getDb();
    // Before the reads: see generationMemo.
    const generation = await settledWriteGeneration();
    const key = `${kind}|${today}|${portfolioKey(portfolio)}`;
    // A live query re-runs on a change of what it read: the tables the rows come from are
    // watched whatever is read (the rows themselves may come from those kept). The whole tables,
    // not the period's keys: a payment corrected in place changes none of them.
    const watched = watchTables(db, [
      'payments',
      'activities',
      ...(portfolio ? [] : ['queueSummaries']),
    ]);
    const kept = statsMemo.kept(db, key, generation);
    if (kept) {
      await Promise.all([portfolioSettingsRepo.assignees(), watched]);
      return kept;
    }
    const [settings, controllers, rows] = await Promise.all([
      portfolioSettingsRepo.assignees(),
      portfolio ? portfolioFromParts(portfolio) : portfolioFromSummary(),
      periodRows(db, period, generation),
      watched,
    ]);
    return statsMemo.keep(db, key, generation, {
      period,
      rows: controllerStats({
        controllers: settings.names,
        portfolio: controllers,
        payments: [...rows.payments.values()],
        activities: [...rows.activities.values()],
        period,
      }),
    });
  },
};
