/**
 * Turns a rate basis into the periods over which one rate applies, for an interval of days. The
 * tables change each semester; a contractual rate is constant, but in any semester where it is
 * below its legal floor (3 × the taux légal, C. com. L441-10) the floor applies instead.
 */
import { addDays, compareDates, isLeapYear } from './dates';
import type { DayCount, RateBasis } from './interestSettings';
import type { IsoDate } from './model';
import {
  formatRateFr,
  lookupRate,
  type MilliPercent,
  type RateBook,
  type RateTableId,
  type ResolvedRate,
  toMilliPercent,
} from './rates';
import {
  nextSemester,
  type SemesterId,
  semesterBounds,
  semesterLabelFr,
  semesterOf,
} from './semesters';

export interface RatePeriod {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  milliPercent: MilliPercent;
  yearDays: 365 | 366;
  source: string;
  /** False when the rate is a shipped default the user has not confirmed. */
  verified: boolean;
  semester?: SemesterId;
  /** The table the rate comes from (for a floor: the taux légal it is a multiple of). */
  table?: RateTableId;
  /** The value read in that table (for a floor: the taux légal, not 3 × it). */
  tableMilliPercent?: MilliPercent;
  /** Set when a contractual rate below the legal minimum was replaced by that minimum. */
  floor?: AppliedFloor;
}

/** A semester where the contractual rate was below 3 × the taux légal, so the floor applied. */
export interface AppliedFloor {
  semester: SemesterId;
  contractualMilliPercent: MilliPercent;
  legalMilliPercent: MilliPercent;
  floorMilliPercent: MilliPercent;
}

export type RatePeriodsResult =
  | { ok: true; periods: RatePeriod[] }
  | { ok: false; errors: string[] };

/** The legal floor of a contractual rate is a multiple of the taux légal. */
export const CONTRACTUAL_FLOOR_MULTIPLE = 3;

export function basisLabelFr(basis: RateBasis): string {
  switch (basis.kind) {
    case 'l441-10':
      return 'taux de refinancement de la BCE majoré de 10 points (C. com. L441-10)';
    case 'taux-legal':
      return 'taux de l’intérêt légal (C. mon. fin. L313-2)';
    case 'contractual':
      return `taux contractuel de ${formatRateFr(toMilliPercent(basis.ratePercent))} l’an`;
  }
}

/** The semesters that [from, to] touches, each clipped to the interval. */
function semesterSlices(from: IsoDate, to: IsoDate) {
  const slices: { semester: SemesterId; from: IsoDate; to: IsoDate }[] = [];
  for (let semester = semesterOf(from); ; semester = nextSemester(semester)) {
    const bounds = semesterBounds(semester);
    if (compareDates(bounds.from, to) > 0) break;
    slices.push({
      semester,
      from: compareDates(bounds.from, from) > 0 ? bounds.from : from,
      to: compareDates(bounds.to, to) < 0 ? bounds.to : to,
    });
  }
  return slices;
}

function yearDaysOf(date: IsoDate, dayCount: DayCount): 365 | 366 {
  return dayCount === 'actual/actual' && isLeapYear(Number(date.slice(0, 4))) ? 366 : 365;
}

function tableFor(basis: RateBasis): RateTableId {
  if (basis.kind === 'taux-legal' && basis.creditor === 'particulier')
    return 'taux-legal-particulier';
  return basis.kind === 'l441-10' ? 'l441-10' : 'taux-legal-autres';
}

/**
 * The legal minimum of a contractual rate for a semester: 3 × the taux légal « tous les autres
 * cas » (the creditor is a company). A missing taux légal is an error: the floor cannot be known.
 */
export function contractualFloor(
  semester: SemesterId,
  book: RateBook,
):
  | { ok: true; legal: ResolvedRate; floorMilliPercent: MilliPercent }
  | { ok: false; reason: string } {
  const legal = lookupRate(book, 'taux-legal-autres', semester);
  if (!legal.ok) {
    return {
      ok: false,
      reason: `Impossible de vérifier le plancher du taux contractuel : ${legal.reason}`,
    };
  }
  return {
    ok: true,
    legal: legal.rate,
    floorMilliPercent: legal.rate.milliPercent * CONTRACTUAL_FLOOR_MULTIPLE,
  };
}

/**
 * Said in Paramètres › Taux when a contractual rate is below the floor of a semester: not a
 * refusal, the floor applies instead (C. com. L441-10). Null when the rate is at or above it, or
 * when the floor is not known (the décompte then names the missing semester).
 */
export function contractualFloorNotice(
  ratePercent: number,
  semester: SemesterId,
  book: RateBook,
): string | null {
  const floor = contractualFloor(semester, book);
  const rate = toMilliPercent(ratePercent);
  if (!floor.ok || rate >= floor.floorMilliPercent) return null;
  return (
    `Le taux contractuel de ${formatRateFr(rate)} est inférieur au minimum légal du ` +
    `${semesterLabelFr(semester)} (${formatRateFr(floor.floorMilliPercent)} = ` +
    `${CONTRACTUAL_FLOOR_MULTIPLE} × ${formatRateFr(floor.legal.milliPercent)}) : ce minimum ` +
    'sera appliqué pour les semestres où votre taux lui est inférieur, et le décompte le dira ' +
    '(C. com. L441-10).'
  );
}

/** The period of a contractual rate over one semester: the rate, or its floor when higher. */
function contractualPeriod(
  ratePercent: number,
  slice: { semester: SemesterId; from: IsoDate; to: IsoDate },
  yearDays: 365 | 366,
  book: RateBook,
): { ok: true; period: RatePeriod } | { ok: false; reason: string } {
  const floor = contractualFloor(slice.semester, book);
  if (!floor.ok) return floor;
  const rate = toMilliPercent(ratePercent);
  const base = { from: slice.from, to: slice.to, yearDays };
  if (rate >= floor.floorMilliPercent) {
    return {
      ok: true,
      period: {
        ...base,
        milliPercent: rate,
        source: 'Taux contractuel (conditions générales de vente ou contrat)',
        verified: true,
      },
    };
  }
  return {
    ok: true,
    period: {
      ...base,
      milliPercent: floor.floorMilliPercent,
      source:
        `Minimum légal : ${CONTRACTUAL_FLOOR_MULTIPLE} × taux de l’intérêt légal du ` +
        `${semesterLabelFr(slice.semester)} (${floor.legal.source})`,
      // The floor is only as sure as the taux légal it is made of.
      verified: floor.legal.verified,
      semester: slice.semester,
      table: 'taux-legal-autres',
      tableMilliPercent: floor.legal.milliPercent,
      floor: {
        semester: slice.semester,
        contractualMilliPercent: rate,
        legalMilliPercent: floor.legal.milliPercent,
        floorMilliPercent: floor.floorMilliPercent,
      },
    },
  };
}

/** The rate periods covering [from, to] (inclusive) for the basis, or why there are none. */
export function ratePeriods(
  basis: RateBasis,
  book: RateBook,
  from: IsoDate,
  to: IsoDate,
  dayCount: DayCount,
): RatePeriodsResult {
  if (compareDates(from, to) > 0) return { ok: true, periods: [] };
  const periods: RatePeriod[] = [];
  const errors: string[] = [];
  for (const slice of semesterSlices(from, to)) {
    const yearDays = yearDaysOf(slice.from, dayCount);
    if (basis.kind === 'contractual') {
      const found = contractualPeriod(basis.ratePercent, slice, yearDays, book);
      if (found.ok) periods.push(found.period);
      else errors.push(found.reason);
      continue;
    }
    const table = tableFor(basis);
    const found = lookupRate(book, table, slice.semester);
    if (!found.ok) {
      errors.push(found.reason);
      continue;
    }
    periods.push({
      from: slice.from,
      to: slice.to,
      milliPercent: found.rate.milliPercent,
      yearDays,
      source: found.rate.source,
      verified: found.rate.verified,
      semester: slice.semester,
      table,
      tableMilliPercent: found.rate.milliPercent,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, periods: basis.kind === 'contractual' ? mergeConstant(periods) : periods };
}

/**
 * A constant rate needs no semester split: consecutive periods with the same year length are
 * merged, so a contractual décompte shows one line (one per leap year under actual/actual)
 * instead of one per semester, which would also add rounding for nothing.
 */
function mergeConstant(periods: RatePeriod[]): RatePeriod[] {
  const merged: RatePeriod[] = [];
  for (const period of periods) {
    const last = merged.at(-1);
    // Two contiguous 366-day periods are necessarily in the same (leap) year. A floor stays one
    // period per semester: each has its own taux légal, stated on the décompte.
    if (
      last &&
      !last.floor &&
      !period.floor &&
      addDays(last.to, 1) === period.from &&
      last.yearDays === period.yearDays
    ) {
      last.to = period.to;
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}
