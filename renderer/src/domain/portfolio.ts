/**
 * Portfolio figures from the per-debtor rows: what the dashboard's cards, charts and tables say.
 * Totals are net sums (they reconcile with the imported balance âgée); rankings and the
 * concentration look only at debtors who actually owe overdue money, because a debtor in credit
 * is not a collection target.
 */
import { addBuckets, beyondThirdBoundaryOf, emptyBuckets } from './aging';
import type { DebtorSummary } from './debtorSummary';
import type { BucketTotals, Cents } from './model';
import { addCents, sumCents, ZERO_CENTS } from './money';
import { DEBTOR_STAGE_LABELS, DEBTOR_STAGES, type DebtorStage } from './stage';

/** Debtors whose overdue share the concentration measures. */
export const CONCENTRATION_TOP = 10;

export interface PortfolioSummary {
  /** Debtors with at least one open item. */
  debtorsWithBalance: number;
  openItemCount: number;
  buckets: BucketTotals;
  totalCents: Cents;
  overdueCents: Cents;
  /** Overdue / total open; 0 when nothing is open. */
  overdueShare: number;
  /** Amount beyond the third boundary (> 90 days by default). */
  beyondThirdBoundaryCents: Cents;
  /** That amount / total open. */
  beyondThirdBoundaryShare: number;
  /** Overdue of the 10 most overdue debtors / overdue of all debtors who owe overdue money. */
  topConcentrationShare: number;
  creditCents: Cents;
  disputedCents: Cents;
  promisedCents: Cents;
  litigationCents: Cents;
}

const share = (part: Cents, whole: Cents) => (whole > 0 ? part / whole : 0);

export interface BreakdownLine {
  /** Filter value for the debtor list (assignee name, stage key; '' for « not assigned »). */
  key: string;
  label: string;
  debtors: number;
  totalCents: Cents;
  overdueCents: Cents;
}

export const UNASSIGNED_LABEL = 'Non attribué';

/** How many debtors the dashboard ranks by overdue amount. */
export const TOP_DEBTORS = 20;

/** The figures of the whole portfolio. */
export interface PortfolioFigures {
  summary: PortfolioSummary;
  /** The debtors who owe the most overdue money, largest first (ties by name, then id). */
  top: DebtorSummary[];
  /** Per credit controller, largest overdue first; unassigned debtors last. */
  byAssignee: BreakdownLine[];
  /** Per stage, in the ladder's order; stages nobody is at are left out. */
  byStage: BreakdownLine[];
}

type Sums = Omit<
  PortfolioSummary,
  'overdueShare' | 'beyondThirdBoundaryCents' | 'beyondThirdBoundaryShare' | 'topConcentrationShare'
>;

/**
 * The figures of some of the debtors, from which those of several such shares add up
 * (`figuresOfParts`): after a write, the dashboard sums again only the share of the record the
 * write touched (a sixteenth of the debtors) instead of every debtor.
 */
export interface PortfolioPart {
  sums: Sums;
  /** Sum of the overdue amounts that are positive (debtors who owe overdue money). */
  owedOverdueCents: Cents;
  /** The largest positive overdue amounts, largest first (the concentration's top). */
  largestOverdue: Cents[];
  top: DebtorSummary[];
  byAssignee: ReadonlyMap<string, BreakdownLine>;
  byStage: ReadonlyMap<string, BreakdownLine>;
}

const byOverdue = (a: DebtorSummary, b: DebtorSummary) =>
  b.overdueCents - a.overdueCents ||
  a.name.localeCompare(b.name, 'fr') ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const hasBalance = (row: DebtorSummary) => row.openItemCount > 0 || row.totalCents !== 0;

function emptySums(): Sums {
  return {
    debtorsWithBalance: 0,
    openItemCount: 0,
    buckets: emptyBuckets(),
    totalCents: ZERO_CENTS,
    overdueCents: ZERO_CENTS,
    creditCents: ZERO_CENTS,
    disputedCents: ZERO_CENTS,
    promisedCents: ZERO_CENTS,
    litigationCents: ZERO_CENTS,
  };
}

/** Adds `add` to `into`: a debtor's row, or another part's sums. */
function addSums(into: Sums, add: Sums | DebtorSummary, debtorsWithBalance: number): void {
  into.debtorsWithBalance += debtorsWithBalance;
  into.openItemCount += add.openItemCount;
  addBuckets(into.buckets, add.buckets);
  into.totalCents = addCents(into.totalCents, add.totalCents);
  into.overdueCents = addCents(into.overdueCents, add.overdueCents);
  into.creditCents = addCents(into.creditCents, add.creditCents);
  into.disputedCents = addCents(into.disputedCents, add.disputedCents);
  into.promisedCents = addCents(into.promisedCents, add.promisedCents);
  into.litigationCents = addCents(into.litigationCents, add.litigationCents);
}

function addLine(
  lines: Map<string, BreakdownLine>,
  key: string,
  debtors: number,
  totalCents: Cents,
  overdueCents: Cents,
): void {
  const line = lines.get(key);
  if (!line) {
    lines.set(key, { key, label: key, debtors, totalCents, overdueCents });
    return;
  }
  line.debtors += debtors;
  line.totalCents = addCents(line.totalCents, totalCents);
  line.overdueCents = addCents(line.overdueCents, overdueCents);
}

const largestFirst = (a: Cents, b: Cents) => b - a;

/** The part of these debtors' rows; `topCount` debtors ranked. */
export function portfolioPart(
  rows: readonly DebtorSummary[],
  topCount = TOP_DEBTORS,
): PortfolioPart {
  const sums = emptySums();
  const positiveOverdue: Cents[] = [];
  const owing: DebtorSummary[] = [];
  const byAssignee = new Map<string, BreakdownLine>();
  const byStage = new Map<string, BreakdownLine>();
  for (const row of rows) {
    const counted = hasBalance(row);
    addSums(sums, row, counted ? 1 : 0);
    if (row.overdueCents > 0) {
      positiveOverdue.push(row.overdueCents);
      owing.push(row);
    }
    if (!counted) continue;
    addLine(byAssignee, row.assignee ?? '', 1, row.totalCents, row.overdueCents);
    addLine(byStage, row.stage, 1, row.totalCents, row.overdueCents);
  }
  return {
    sums,
    owedOverdueCents: sumCents(positiveOverdue),
    largestOverdue: positiveOverdue.sort(largestFirst).slice(0, CONCENTRATION_TOP),
    top: owing.sort(byOverdue).slice(0, topCount),
    byAssignee,
    byStage,
  };
}

/** The figures of every debtor of the parts (each debtor in one part only). */
export function figuresOfParts(
  parts: readonly PortfolioPart[],
  topCount = TOP_DEBTORS,
): PortfolioFigures {
  const sums = emptySums();
  const assignees = new Map<string, BreakdownLine>();
  const stages = new Map<string, BreakdownLine>();
  let owedOverdue = ZERO_CENTS;
  for (const part of parts) {
    addSums(sums, part.sums, part.sums.debtorsWithBalance);
    owedOverdue = addCents(owedOverdue, part.owedOverdueCents);
    for (const [into, lines] of [
      [assignees, part.byAssignee],
      [stages, part.byStage],
    ] as const) {
      for (const line of lines.values())
        addLine(into, line.key, line.debtors, line.totalCents, line.overdueCents);
    }
  }
  const largest = parts.flatMap((part) => part.largestOverdue).sort(largestFirst);
  const topOverdue = sumCents(largest.slice(0, CONCENTRATION_TOP));
  const beyondThirdBoundaryCents = beyondThirdBoundaryOf(sums.buckets);
  const byAssignee = [...assignees.values()];
  for (const line of byAssignee) if (line.key === '') line.label = UNASSIGNED_LABEL;
  return {
    summary: {
      ...sums,
      overdueShare: share(sums.overdueCents, sums.totalCents),
      beyondThirdBoundaryCents,
      beyondThirdBoundaryShare: share(beyondThirdBoundaryCents, sums.totalCents),
      topConcentrationShare: share(topOverdue, owedOverdue),
    },
    top: parts
      .flatMap((part) => part.top)
      .sort(byOverdue)
      .slice(0, topCount),
    byAssignee: byAssignee.sort(
      (a, b) =>
        Number(a.key === '') - Number(b.key === '') ||
        b.overdueCents - a.overdueCents ||
        a.label.localeCompare(b.label, 'fr'),
    ),
    byStage: DEBTOR_STAGES.flatMap((stage: DebtorStage) => {
      const line = stages.get(stage);
      return line ? [{ ...line, label: DEBTOR_STAGE_LABELS[stage] }] : [];
    }),
  };
}

/** The figures of these debtors' rows. */
export function portfolioFigures(
  rows: readonly DebtorSummary[],
  topCount = TOP_DEBTORS,
): PortfolioFigures {
  return figuresOfParts([portfolioPart(rows, topCount)], topCount);
}

/** Sum of bucket totals over many rows (snapshots of one import, for instance). */
export function totalBuckets(list: Iterable<{ buckets: BucketTotals }>): BucketTotals {
  const totals = emptyBuckets();
  for (const entry of list) addBuckets(totals, entry.buckets);
  return totals;
}
