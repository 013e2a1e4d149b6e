/**
 * The as-of date of a balance (« Balance âgée clients au 31/10/2026 », « Open items at key date
 * 31.10.2026 ») read from the title lines or the file name (`balance_agee_2026-10-31.xlsx`,
 * `BA 31.10.2026.xlsx`). Null when neither says it: the user is asked.
 */
import { endOfMonth, makeIsoDate } from '../dates';
import type { IsoDate } from '../model';
import type { Grid } from './grid';
import { readDate } from './values';

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  fevrier: 2,
  février: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  décembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');

// One pass finds every date written in a title: 31/10/2026, 31.10.26, 2026-10-31, 31 octobre 2026.
const DATE_IN_TEXT = new RegExp(
  `(?<![\\d/.-])(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2})|(1er|\\d{1,2})\\s+(${MONTH_NAMES})\\s+(\\d{4}))(?![\\d/.-]*\\d)`,
  'gi',
);
/** Words just before a date that make it the as-of date (« au », « arrêtée au », « as of »). */
const AS_OF_BEFORE =
  /(?:\bau|à la date du|arr[êe]t[ée]e?s?(?:\s+au)?|situation(?:\s+au)?|as\s+of|as\s+at|key\s+date|stichtag|\bper|\bdate)\s*:?\s*(?:le\s+)?$/i;
/** Words before a date that is not the as-of date (print date, period start). */
const NOT_AS_OF_BEFORE =
  /(?:[ée]dit[ée]e?|imprim[ée]e?|printed|run\s+date|\bdu|from)\s*:?\s*(?:le\s+)?$/i;

function dateFromMatch(m: RegExpExecArray): IsoDate | null {
  if (m[1] && m[2] && m[3]) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return makeIsoDate(year, Number(m[2]), Number(m[1]));
  }
  if (m[4] && m[5] && m[6]) return makeIsoDate(Number(m[4]), Number(m[5]), Number(m[6]));
  if (m[7] && m[8] && m[9]) {
    const day = m[7].toLowerCase() === '1er' ? 1 : Number(m[7]);
    return makeIsoDate(Number(m[9]), MONTHS[m[8].toLowerCase()] ?? 0, day);
  }
  return null;
}

interface Candidate {
  date: IsoDate;
  score: number;
}

function candidatesInText(text: string): Candidate[] {
  const found: Candidate[] = [];
  DATE_IN_TEXT.lastIndex = 0;
  for (let m = DATE_IN_TEXT.exec(text); m; m = DATE_IN_TEXT.exec(text)) {
    const date = dateFromMatch(m);
    if (!date) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (AS_OF_BEFORE.test(before)) found.push({ date, score: 2 });
    else if (!NOT_AS_OF_BEFORE.test(before)) found.push({ date, score: 1 });
  }
  return found;
}

function best(candidates: readonly Candidate[]): IsoDate | null {
  let chosen: Candidate | null = null;
  // Ties go to the later one: « Période du 01/01/2026 au 31/10/2026 » ends on the as-of date.
  for (const c of candidates) if (!chosen || c.score >= chosen.score) chosen = c;
  return chosen?.date ?? null;
}

/** As-of date written in a title line, or null. */
export function asOfDateFromText(text: string): IsoDate | null {
  return best(candidatesInText(text));
}

/**
 * As-of date from the rows above the header. A date cell counts when the text before it on the
 * same row announces it (« Date d'arrêté : » | 31/10/2026).
 */
export function asOfDateFromTitleRows(grid: Grid, headerFirstRow: number): IsoDate | null {
  const candidates: Candidate[] = [];
  for (let r = 0; r < headerFirstRow; r++) {
    let textBefore = '';
    for (const cell of grid.rows[r] ?? []) {
      if (typeof cell === 'string') {
        candidates.push(...candidatesInText(cell));
        textBefore = cell;
      } else if (cell instanceof Date && AS_OF_BEFORE.test(textBefore.trim())) {
        const read = readDate(cell, grid.date1904);
        if (read.kind === 'ok') candidates.push({ date: read.value, score: 2 });
      }
    }
  }
  return best(candidates);
}

const FILE_DATE_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => IsoDate | null]> = [
  [
    /(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)/,
    (m) => makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  [
    /(?<!\d)(\d{2})[-_. ](\d{2})[-_. ](\d{4})(?!\d)/,
    (m) => makeIsoDate(Number(m[3]), Number(m[2]), Number(m[1])),
  ],
  [
    /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/,
    (m) => makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  [
    // A month alone (`balance_2026-10.xlsx`): the balance of a month is at its last day.
    /(?<!\d)(\d{4})[-_.](\d{2})(?![-_.]?\d)/,
    (m) => {
      const first = makeIsoDate(Number(m[1]), Number(m[2]), 1);
      return first ? endOfMonth(first) : null;
    },
  ],
];

/** As-of date in a file name, or null. */
export function asOfDateFromFileName(fileName: string): IsoDate | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  for (const [pattern, toDate] of FILE_DATE_PATTERNS) {
    const m = pattern.exec(base);
    const date = m ? toDate(m) : null;
    if (date) return date;
  }
  const spelled = candidatesInText(base.replace(/[_-]+/g, ' '));
  return best(spelled);
}
