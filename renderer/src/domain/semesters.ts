/**
 * Semesters: the unit in which French interest rates are published (L441-10 rates and the taux
 * de l'intérêt légal both change on 1 January and 1 July). Written `2026-S1` / `2026-S2`.
 */
import { isoDate } from './dates';
import type { IsoDate } from './model';
import { ordinal } from './numbers';

export type SemesterId = `${number}-S${1 | 2}`;

const SEMESTER = /^(\d{4})-S([12])$/;

export function isSemesterId(value: unknown): value is SemesterId {
  return typeof value === 'string' && SEMESTER.test(value);
}

export function semesterOf(date: IsoDate): SemesterId {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${year}-S${month <= 6 ? 1 : 2}`;
}

function parse(semester: SemesterId): { year: number; half: 1 | 2 } {
  const m = SEMESTER.exec(semester);
  if (!m) throw new Error(`Semestre invalide : ${semester}`);
  return { year: Number(m[1]), half: m[2] === '1' ? 1 : 2 };
}

/** First and last calendar day of the semester. */
export function semesterBounds(semester: SemesterId): { from: IsoDate; to: IsoDate } {
  const { year, half } = parse(semester);
  return half === 1
    ? { from: isoDate(`${year}-01-01`), to: isoDate(`${year}-06-30`) }
    : { from: isoDate(`${year}-07-01`), to: isoDate(`${year}-12-31`) };
}

export function nextSemester(semester: SemesterId): SemesterId {
  const { year, half } = parse(semester);
  return half === 1 ? `${year}-S2` : `${year + 1}-S1`;
}

/** `2026-S1` -> « 1ᵉʳ semestre 2026 », `2026-S2` -> « 2ᵉ semestre 2026 ». */
export function semesterLabelFr(semester: SemesterId): string {
  const { year, half } = parse(semester);
  return `${ordinal(half)} semestre ${year}`;
}

/** Chronological order (the ids sort as strings, but say so in one place). */
export function compareSemesters(a: SemesterId, b: SemesterId): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
