import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import { cents } from '../money';
import type { TrendMonth } from './monthlyReport';
import type { ReportMonth } from './period';
import { changeText, dsoText, percentText, ratioText, trendNotes } from './text';

// Whatever no-break space Intl writes (U+00A0 or U+202F), shown as « ~ ».
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, '~');

describe('report texts', () => {
  it.each([
    [{ days: 45.5, complete: true }, '46~j'],
    [{ days: 1_234.4, complete: true }, '1~234~j'],
    [{ days: 720, complete: false }, '>~720~j'],
  ])('DSO %o -> %s', (point, expected) => {
    expect(spaces(dsoText(point))).toBe(expected);
  });

  it.each([
    [64.4326, '64,4~%'],
    [100, '100~%'],
    [-20, '-20~%'],
  ])('percent %d -> %s', (value, expected) => {
    expect(spaces(percentText(value))).toBe(expected);
  });

  it.each([
    [0.5, '50~%'],
    [2 / 3, '66,7~%'],
  ])('ratio %d -> %s', (value, expected) => {
    expect(spaces(ratioText(value))).toBe(expected);
  });

  it.each([
    [1_234_56, '+1~234,56~€'],
    [-17_654_33, '\u221217~654,33~€'],
    [0, '0,00~€'],
  ])('change %i -> %s', (value, expected) => {
    expect(spaces(changeText(cents(value)))).toBe(expected);
  });
});

describe('trend notes', () => {
  const noImport = (month: string, name: string): TrendMonth => ({
    month: month as ReportMonth,
    cei: { ok: false, reason: 'sans objet' },
    dso: { ok: false, reason: `Aucun import de balance âgée n’est daté de ${name}.` },
  });
  const withImport = (
    month: string,
    singleImport: boolean,
    cei: TrendMonth['cei'],
  ): TrendMonth => ({
    month: month as ReportMonth,
    dso: {
      ok: true,
      value: {
        importId: month,
        asOfDate: isoDate(`${month}-28`),
        receivablesCents: cents(1_000_00),
        days: 406.2,
        complete: true,
        singleImport,
      },
    },
    cei,
  });

  it('groups a run of months without imports, then says why a month has no CEI', () => {
    const notes = trendNotes([
      noImport('2025-10', 'octobre 2025'),
      noImport('2025-11', 'novembre 2025'),
      noImport('2025-12', 'décembre 2025'),
      withImport('2026-01', true, { ok: false, reason: 'Aucun import antérieur.' }),
      noImport('2026-02', 'février 2026'),
    ]);
    expect(notes.map((n) => ({ ...n, note: spaces(n.note) }))).toEqual([
      {
        months: 'oct. 2025 – déc. 2025',
        note: 'Aucun import de balance âgée n’est daté de ces mois~: ni DSO ni CEI.',
      },
      { months: 'janv. 2026', note: 'Aucun import antérieur.' },
      {
        months: 'janv. 2026',
        note: 'DSO calculé sur un seul import (406~j), surestimé faute de ventes antérieures connues, et non tracé.',
      },
      {
        months: 'févr. 2026',
        note: 'Aucun import de balance âgée n’est daté de février 2026~: ni DSO ni CEI.',
      },
    ]);
  });
});
