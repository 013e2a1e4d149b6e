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

export function summarizePortfolio(rows: readonly DebtorSummary[]): PortfolioSummary {
  const buckets = emptyBuckets();
  let debtorsWithBalance = 0;
  let openItemCount = 0;
  let totalCents = ZERO_CENTS;
  let overdueCents = ZERO_CENTS;
  let creditCents = ZERO_CENTS;
  let disputedCents = ZERO_CENTS;
  let promisedCents = ZERO_CENTS;
  let litigationCents = ZERO_CENTS;
  const positiveOverdue: Cents[] = [];
  for (const row of rows) {
    if (row.openItemCount > 0 || row.totalCents !== 0) debtorsWithBalance += 1;
    openItemCount += row.openItemCount;
    addBuckets(buckets, row.buckets);
    totalCents = addCents(totalCents, row.totalCents);
    overdueCents = addCents(overdueCents, row.overdueCents);
    creditCents = addCents(creditCents, row.creditCents);
    disputedCents = addCents(disputedCents, row.disputedCents);
    promisedCents = addCents(promisedCents, row.promisedCents);
    litigationCents = addCents(litigationCents, row.litigationCents);
    if (row.overdueCents > 0) positiveOverdue.push(row.overdueCents);
  }
  positiveOverdue.sort((a, b) => b - a);
  const owedOverdue = sumCents(positiveOverdue);
  const topOverdue = sumCents(positiveOverdue.slice(0, CONCENTRATION_TOP));
  const beyondThirdBoundaryCents = beyondThirdBoundaryOf(buckets);
  return {
    debtorsWithBalance,
    openItemCount,
    buckets,
    totalCents,
    overdueCents,
    overdueShare: share(overdueCents, totalCents),
    beyondThirdBoundaryCents,
    beyondThirdBoundaryShare: share(beyondThirdBoundaryCents, totalCents),
    topConcentrationShare: share(topOverdue, owedOverdue),
    creditCents,
    disputedCents,
    promisedCents,
    litigationCents,
  };
}

/** The `count` debtors who owe the most overdue money, largest first (ties by name). */
export function topByOverdue(rows: readonly DebtorSummary[], count: number): DebtorSummary[] {
  return rows
    .filter((row) => row.overdueCents > 0)
    .sort((a, b) => b.overdueCents - a.overdueCents || a.name.localeCompare(b.name, 'fr'))
    .slice(0, count);
}

export interface BreakdownLine {
  /** Filter value for the debtor list (assignee name, stage key; '' for « not assigned »). */
  key: string;
  label: string;
  debtors: number;
  totalCents: Cents;
  overdueCents: Cents;
}

function breakdown(
  rows: readonly DebtorSummary[],
  keyOf: (row: DebtorSummary) => string,
): Map<string, BreakdownLine> {
  const lines = new Map<string, BreakdownLine>();
  for (const row of rows) {
    if (row.openItemCount === 0 && row.totalCents === 0) continue;
    const key = keyOf(row);
    let line = lines.get(key);
    if (!line) {
      line = { key, label: key, debtors: 0, totalCents: ZERO_CENTS, overdueCents: ZERO_CENTS };
      lines.set(key, line);
    }
    line.debtors += 1;
    line.totalCents = addCents(line.totalCents, row.totalCents);
    line.overdueCents = addCents(line.overdueCents, row.overdueCents);
  }
  return lines;
}

export const UNASSIGNED_LABEL = 'Non attribué';

/** Per credit controller, largest overdue first; unassigned debtors last. */
export function breakdownByAssignee(rows: readonly DebtorSummary[]): BreakdownLine[] {
  const lines = [...breakdown(rows, (row) => row.assignee ?? '').values()];
  for (const line of lines) if (line.key === '') line.label = UNASSIGNED_LABEL;
  return lines.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      b.overdueCents - a.overdueCents ||
      a.label.localeCompare(b.label, 'fr'),
  );
}

/** Per stage, in the ladder's order; stages nobody is at are left out. */
export function breakdownByStage(rows: readonly DebtorSummary[]): BreakdownLine[] {
  const lines = breakdown(rows, (row) => row.stage);
  return DEBTOR_STAGES.flatMap((stage: DebtorStage) => {
    const line = lines.get(stage);
    return line ? [{ ...line, label: DEBTOR_STAGE_LABELS[stage] }] : [];
  });
}

/** Sum of bucket totals over many rows (snapshots of one import, for instance). */
export function totalBuckets(list: Iterable<{ buckets: BucketTotals }>): BucketTotals {
  const totals = emptyBuckets();
  for (const entry of list) addBuckets(totals, entry.buckets);
  return totals;
}
