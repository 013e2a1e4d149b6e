/**
 * The report's figures as French text, shared by the screen, the PDF and the Excel file so the
 * three say the same thing: amounts `12 345,67 €`, days `45 j`, percentages `87,5 %`.
 */
import type { Cents } from '../model';
import { formatEuros, negateCents } from '../money';
import { formatCount, formatPercent } from '../numbers';
import type { DsoPoint, TrendMonth } from './monthlyReport';
import { formatShortMonthFr } from './period';

/** `45,6` -> « 46 j »; a countback that ran out of history is a minimum: « > 720 j ». */
export function dsoText(point: Pick<DsoPoint, 'days' | 'complete'>): string {
  const days = `${formatCount(Math.round(point.days))}\u00a0j`;
  return point.complete ? days : `>\u00a0${days}`;
}

/** An index or a rate in percent (87.5) -> « 87,5 % ». */
export function percentText(percent: number): string {
  return formatPercent(percent / 100);
}

/** A ratio (0.875) -> « 87,5 % ». */
export function ratioText(ratio: number): string {
  return formatPercent(ratio);
}

/** A change: « +1 234,56 € », « −1 234,56 € » (true minus sign), « 0,00 € ». */
export function changeText(cents: Cents): string {
  const text = formatEuros(cents < 0 ? negateCents(cents) : cents);
  if (cents > 0) return `+${text}`;
  if (cents < 0) return `\u2212${text}`;
  return text;
}

/**
 * Why a month of the trend has no DSO or no CEI, in one sentence (null when it has both): a
 * month without an import has neither; a month with one but no earlier balance has no CEI.
 */
export function trendMonthNote(point: TrendMonth): string | null {
  if (!point.dso.ok) return `${point.dso.reason.replace(/\.$/, '')}\u00a0: ni DSO ni CEI.`;
  return point.cei.ok ? null : point.cei.reason;
}

/** The DSO to draw: a single-import DSO is overstated and would crush the scale, so none. */
export function chartableDso(point: TrendMonth): number | null {
  return point.dso.ok && !point.dso.value.singleImport ? point.dso.value.days : null;
}

export interface TrendNote {
  /** « déc. 2025 », or a run of months « févr. 2025 – nov. 2025 ». */
  months: string;
  note: string;
}

/**
 * The notes under the trend, months in order: a run of months without any import is one note;
 * a month without an earlier balance says why it has no CEI; a single-import DSO says it is
 * overstated and not drawn.
 */
export function trendNotes(trend: readonly TrendMonth[]): TrendNote[] {
  const notes: TrendNote[] = [];
  let run: TrendMonth[] = [];
  const flush = () => {
    const first = run[0];
    const last = run.at(-1);
    if (first && last) {
      notes.push(
        run.length === 1
          ? { months: formatShortMonthFr(first.month), note: trendMonthNote(first) ?? '' }
          : {
              months: `${formatShortMonthFr(first.month)} – ${formatShortMonthFr(last.month)}`,
              note: 'Aucun import de balance âgée n’est daté de ces mois\u00a0: ni DSO ni CEI.',
            },
      );
    }
    run = [];
  };
  for (const point of trend) {
    if (!point.dso.ok) {
      run.push(point);
      continue;
    }
    flush();
    const months = formatShortMonthFr(point.month);
    const ceiNote = trendMonthNote(point);
    if (ceiNote) notes.push({ months, note: ceiNote });
    if (point.dso.value.singleImport) {
      notes.push({
        months,
        note: `DSO calculé sur un seul import (${dsoText(point.dso.value)}), surestimé faute de ventes antérieures connues, et non tracé.`,
      });
    }
  }
  flush();
  return notes;
}
