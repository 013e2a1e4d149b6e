/**
 * Turns a rate basis into the periods over which one rate applies, for an interval of days. The
 * tables change each semester; a contractual rate is constant but is checked against its legal
 * floor (3 × the taux légal, C. com. L441-10) for every semester it covers.
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
      return "taux de l'intérêt légal (C. mon. fin. L313-2)";
    case 'contractual':
      return `taux contractuel de ${formatRateFr(toMilliPercent(basis.ratePercent))} l'an`;
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
 * Explains, in French, why a contractual rate is refused for a semester, or returns null when it
 * is at or above 3 × the taux légal (the creditor is a company: « tous les autres cas »).
 */
export function contractualFloorError(
  ratePercent: number,
  semester: SemesterId,
  book: RateBook,
): string | null {
  const legal = lookupRate(book, 'taux-legal-autres', semester);
  if (!legal.ok) {
    return `Impossible de vérifier le plancher du taux contractuel : ${legal.reason}`;
  }
  const floor = legal.rate.milliPercent * CONTRACTUAL_FLOOR_MULTIPLE;
  const rate = toMilliPercent(ratePercent);
  if (rate >= floor) return null;
  return (
    `Le taux contractuel de ${formatRateFr(rate)} est inférieur au minimum légal pour le ` +
    `${semesterLabelFr(semester)} : trois fois le taux de l'intérêt légal ` +
    `(${CONTRACTUAL_FLOOR_MULTIPLE} × ${formatRateFr(legal.rate.milliPercent)} = ` +
    `${formatRateFr(floor)}, C. com. L441-10). Appliquez au moins ce taux, ou le taux ` +
    'BCE + 10 points.'
  );
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
      const error = contractualFloorError(basis.ratePercent, slice.semester, book);
      if (error) errors.push(error);
      periods.push({
        from: slice.from,
        to: slice.to,
        milliPercent: toMilliPercent(basis.ratePercent),
        yearDays,
        source: 'Taux contractuel (conditions générales de vente ou contrat)',
        verified: true,
      });
      continue;
    }
    const found = lookupRate(book, tableFor(basis), slice.semester);
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
    // Two contiguous 366-day periods are necessarily in the same (leap) year.
    if (last && addDays(last.to, 1) === period.from && last.yearDays === period.yearDays) {
      last.to = period.to;
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}
