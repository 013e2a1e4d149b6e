/**
 * The monthly report for the finance director, as pure data: DSO and CEI over the last twelve
 * months, the promise-kept rate, what each controller collected and did, and how the aged
 * balance moved between the month's opening and closing imports. Every figure that cannot be
 * computed (no import in the month, a single import…) carries the French sentence that says
 * why instead of a zero. The screen, the PDF and the Excel file all render this one model.
 */
import { sumBuckets } from '../aging';
import { controllerStats } from '../controllerStats';
import { formatDateFr } from '../dates';
import { computeDso, type DsoDocument } from '../dso';
import type { Activity, Cents, Debtor, IsoDate, Payment } from '../model';
import { sumCents } from '../money';
import { formatCount } from '../numbers';
import { type CeiFigures, collectionEffectiveness, creditSalesBetween } from './cei';
import { type AgedBalanceMovement, agedBalanceMovement } from './movement';
import {
  closingImportOf,
  type Figure,
  figure,
  firstDayOf,
  formatMonthFr,
  lastDayOf,
  missing,
  monthsEndingWith,
  ofMonthFr,
  openingImportOf,
  type ReportImport,
  type ReportMonth,
  twoImportsReason,
} from './period';
import { emptyTally, type PromiseCheckInput, type PromiseTally, promiseKeptRate } from './promises';

/** How many months the DSO and CEI trends cover. */
export const TREND_MONTHS = 12;

export interface DsoPoint {
  importId: string;
  asOfDate: IsoDate;
  receivablesCents: Cents;
  /** Countback DSO in days; a lower bound when `complete` is false. */
  days: number;
  complete: boolean;
  /** No import before this one: sales before it are unknown, the DSO is overstated. */
  singleImport: boolean;
}

export interface TrendMonth {
  month: ReportMonth;
  dso: Figure<DsoPoint>;
  cei: Figure<CeiFigures & { openingDate: IsoDate; closingDate: IsoDate }>;
}

export interface ControllerReportRow {
  /** '' for debtors assigned to nobody. */
  controller: string;
  collectedCents: Cents;
  actions: number;
  promises: PromiseTally;
}

export interface MonthlyReport {
  month: ReportMonth;
  from: IsoDate;
  to: IsoDate;
  /** The day the report was computed (promises are judged as of it). */
  today: IsoDate;
  opening?: { importId: string; asOfDate: IsoDate };
  closing?: { importId: string; asOfDate: IsoDate };
  /** TREND_MONTHS months ending with the report's month, oldest first. */
  trend: TrendMonth[];
  /** The report's month: the last point of the trend. */
  dso: TrendMonth['dso'];
  cei: TrendMonth['cei'];
  promises: Figure<PromiseTally>;
  controllers: ControllerReportRow[];
  /** The team's totals (collected on every debtor, actions of every controller). */
  totals: ControllerReportRow;
  movement: Figure<AgedBalanceMovement & { openingDate: IsoDate; closingDate: IsoDate }>;
  /** Limits of the figures, in French, to print with them. */
  caveats: string[];
}

export interface MonthlyReportInput {
  month: ReportMonth;
  today: IsoDate;
  /** Every import with the bucket totals of its snapshots. */
  imports: readonly ReportImport[];
  /** Every document the ledger has seen (open or since closed): sales for DSO and CEI. */
  documents: readonly DsoDocument[];
  debtors: readonly Pick<Debtor, 'id' | 'assignee'>[];
  /** Controllers named in the settings, in their order. */
  controllers: readonly string[];
  /** Payments dated in the month (others are ignored). */
  payments: readonly Pick<Payment, 'debtorId' | 'date' | 'cents'>[];
  /** Activities of the month (others are ignored). */
  activities: readonly Pick<Activity, 'debtorId' | 'type' | 'at' | 'by' | 'details'>[];
  promises: readonly PromiseCheckInput[];
  graceDays: number;
}

const SALES_CAVEAT =
  'Les ventes viennent des imports\u00a0: une facture émise et réglée entre deux imports n’y figure pas, ce qui surestime le DSO et peut fausser le CEI quand les imports sont espacés.';
const SINGLE_IMPORT_CAVEAT =
  'DSO calculé sur un seul import\u00a0: les ventes antérieures à cet import ne sont connues que par les factures encore ouvertes, le DSO est donc surestimé.';
const COLLECTED_CAVEAT =
  'Encaissements\u00a0: règlements datés du mois (saisis, rapprochés de la banque ou déduits d’une balance, alors datés au plus tard du jour de la balance), rattachés au gestionnaire actuel du débiteur.';

function dsoOf(
  input: MonthlyReportInput,
  month: ReportMonth,
  documents: readonly DsoDocument[],
): Figure<DsoPoint> {
  const closing = closingImportOf(input.imports, month);
  if (!closing) {
    return missing(`Aucun import de balance âgée n’est daté ${ofMonthFr(month)}.`);
  }
  const receivablesCents = sumBuckets(closing.buckets);
  const dso = computeDso(documents, closing.asOfDate, receivablesCents);
  return figure({
    importId: closing.id,
    asOfDate: closing.asOfDate,
    receivablesCents,
    days: dso.countbackDays,
    complete: dso.countbackComplete,
    singleImport: !input.imports.some((i) => i.asOfDate < closing.asOfDate),
  });
}

function ceiOf(input: MonthlyReportInput, month: ReportMonth): TrendMonth['cei'] {
  const reason = twoImportsReason(input.imports, month, 'le CEI');
  const closing = closingImportOf(input.imports, month);
  const opening = openingImportOf(input.imports, month);
  if (reason || !closing || !opening) return missing(reason ?? '');
  const cei = collectionEffectiveness({
    openingCents: sumBuckets(opening.buckets),
    creditSalesCents: creditSalesBetween(input.documents, opening.asOfDate, closing.asOfDate),
    closingCents: sumBuckets(closing.buckets),
    closingCurrentCents: closing.buckets.notDue,
  });
  if (cei.percent === null) {
    return missing(
      `Rien n’était à recouvrer entre le ${formatDateFr(opening.asOfDate)} et le ${formatDateFr(closing.asOfDate)}\u00a0: le CEI n’a pas de sens pour ce mois.`,
    );
  }
  return figure({ ...cei, openingDate: opening.asOfDate, closingDate: closing.asOfDate });
}

export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const { month } = input;
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const trend = monthsEndingWith(month, TREND_MONTHS).map(
    (m): TrendMonth => ({ month: m, dso: dsoOf(input, m, input.documents), cei: ceiOf(input, m) }),
  );
  // monthsEndingWith always ends with the report's month.
  const current = trend[trend.length - 1] as TrendMonth;
  const opening = openingImportOf(input.imports, month);
  const closing = closingImportOf(input.imports, month);

  const movementReason = twoImportsReason(input.imports, month, 'le mouvement de la balance âgée');
  const movement: MonthlyReport['movement'] =
    movementReason || !opening || !closing
      ? missing(movementReason ?? '')
      : figure({
          ...agedBalanceMovement(opening.buckets, closing.buckets),
          openingDate: opening.asOfDate,
          closingDate: closing.asOfDate,
        });

  const ownerOf = new Map(input.debtors.map((d) => [d.id, d.assignee ?? '']));
  const rate = promiseKeptRate({
    checks: input.promises,
    from,
    to,
    today: input.today,
    graceDays: input.graceDays,
    ownerOf: (debtorId) => ownerOf.get(debtorId),
  });
  const promises: Figure<PromiseTally> =
    rate.total.rate !== null
      ? figure(rate.total)
      : missing(
          rate.total.due === 0
            ? `Aucune échéance de promesse ou d’échéancier n’était attendue en ${formatMonthFr(month)}.`
            : rate.total.due === 1
              ? `L’échéance attendue en ${formatMonthFr(month)} n’est pas encore vérifiée\u00a0: le taux sera connu après le prochain import ou la saisie des règlements.`
              : `Les ${formatCount(rate.total.due)} échéances attendues en ${formatMonthFr(month)} ne sont pas encore vérifiées\u00a0: le taux sera connu après le prochain import ou la saisie des règlements.`,
        );

  const stats = controllerStats({
    controllers: input.controllers,
    debtors: input.debtors,
    openCents: new Map(),
    payments: input.payments,
    activities: input.activities,
    period: { from, to },
  });
  const controllers = stats.map(
    (row): ControllerReportRow => ({
      controller: row.controller,
      collectedCents: row.collectedCents,
      actions: row.actions,
      promises: rate.byController.get(row.controller) ?? emptyTally(),
    }),
  );
  const totals: ControllerReportRow = {
    controller: 'Total',
    collectedCents: sumCents(
      input.payments.filter((p) => p.date >= from && p.date <= to).map((p) => p.cents),
    ),
    actions: controllers.reduce((sum, row) => sum + row.actions, 0),
    promises: rate.total,
  };

  const caveats = [SALES_CAVEAT];
  if (current.dso.ok && current.dso.value.singleImport) caveats.unshift(SINGLE_IMPORT_CAVEAT);
  caveats.push(COLLECTED_CAVEAT);
  if (rate.total.unknown > 0) {
    caveats.push(
      `Promesses\u00a0: ${rate.total.unknown} échéance${rate.total.unknown > 1 ? 's' : ''} du mois ${rate.total.unknown > 1 ? 'restent' : 'reste'} à vérifier et ${rate.total.unknown > 1 ? 'ne sont pas comptées' : 'n’est pas comptée'} dans le taux.`,
    );
  }

  return {
    month,
    from,
    to,
    today: input.today,
    ...(opening ? { opening: { importId: opening.id, asOfDate: opening.asOfDate } } : {}),
    ...(closing ? { closing: { importId: closing.id, asOfDate: closing.asOfDate } } : {}),
    trend,
    dso: current.dso,
    cei: current.cei,
    promises,
    controllers,
    totals,
    movement,
    caveats,
  };
}
