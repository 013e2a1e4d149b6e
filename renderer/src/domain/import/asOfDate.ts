/**
 * The as-of date of a balance (« Balance âgée clients au 31/10/2026 », « Open items at key date
 * 31.10.2026 »), proposed to the user with where it was read: a title line, a « Situation au »
 * cell (above the header or under the data), the file name (`balance_agee_2026-10-31.xlsx`,
 * `BA 31.10.2026.xlsx`) or, failing those, the latest document date in the file. Null when none
 * says it: the user is asked. Always a proposal: the user may change it.
 */
import { endOfMonth, formatDateFr, makeIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { columnLetter, type Grid, type GridRow, isBlankCell } from './grid';
import { type DateOrder, readDate } from './values';

export type { DateOrder };

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
/** English month names and abbreviations (NetSuite, QuickBooks US: « As of October 31, 2026 »). */
const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const EN_MONTH_NAMES = Object.keys(EN_MONTHS).join('|');

// One pass finds every date written in a title: 31/10/2026, 31.10.26, 2026-10-31, 31 octobre 2026,
// October 31, 2026.
const DATE_IN_TEXT = new RegExp(
  `(?<![\\d/.-])(?:(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2})|(1er|\\d{1,2})\\s+(${MONTH_NAMES})\\s+(\\d{4})|\\b(${EN_MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))(?![\\d/.-]*\\d)`,
  'gi',
);
/** Words just before a date that make it the as-of date (« au », « arrêtée au », « as of »). */
const AS_OF_BEFORE =
  /(?:\bau|à la date du|arr[êe]t[ée]e?s?(?:\s+au)?|situation(?:\s+au)?|as\s+of|as\s+at|key\s+date|stichtag|\bper|\bdate)\s*:?\s*(?:le\s+)?$/i;
/** Words before a date that is not the as-of date (print date, period start). */
const NOT_AS_OF_BEFORE =
  /(?:[ée]dit[ée]e?|imprim[ée]e?|printed|run\s+date|\bdu|from)\s*:?\s*(?:le\s+)?$/i;

function dateFromMatch(m: RegExpExecArray, order: DateOrder): IsoDate | null {
  if (m[1] && m[2] && m[3]) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return order === 'month-first'
      ? makeIsoDate(year, Number(m[1]), Number(m[2]))
      : makeIsoDate(year, Number(m[2]), Number(m[1]));
  }
  if (m[4] && m[5] && m[6]) return makeIsoDate(Number(m[4]), Number(m[5]), Number(m[6]));
  if (m[7] && m[8] && m[9]) {
    const day = m[7].toLowerCase() === '1er' ? 1 : Number(m[7]);
    return makeIsoDate(Number(m[9]), MONTHS[m[8].toLowerCase()] ?? 0, day);
  }
  if (m[10] && m[11] && m[12]) {
    return makeIsoDate(Number(m[12]), EN_MONTHS[m[10].toLowerCase()] ?? 0, Number(m[11]));
  }
  return null;
}

/** Where a proposed as-of date was read. Rows are Excel row numbers (1-based). */
export type AsOfDateOrigin =
  /** A title line above the header (« Balance âgée clients au 31/10/2026 »). */
  | { kind: 'title'; row: number; text: string }
  /** A cell announcing it (« Situation au » | 31/10/2026, or « Arrêtée au 31/10/2026 » under the data). */
  | { kind: 'cell'; row: number; column: string; text: string }
  | { kind: 'file-name'; fileName: string }
  /** No date is written: the latest document date of the file, a lower bound of the as-of date. */
  | { kind: 'latest-document'; row: number; number: string };

export interface AsOfDateProposal {
  date: IsoDate;
  origin: AsOfDateOrigin;
}

interface Candidate {
  date: IsoDate;
  score: number;
  origin?: AsOfDateOrigin;
}

function candidatesInText(text: string, order: DateOrder = 'day-first'): Candidate[] {
  const found: Candidate[] = [];
  DATE_IN_TEXT.lastIndex = 0;
  for (let m = DATE_IN_TEXT.exec(text); m; m = DATE_IN_TEXT.exec(text)) {
    const date = dateFromMatch(m, order);
    if (!date) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (AS_OF_BEFORE.test(before)) found.push({ date, score: 2 });
    else if (!NOT_AS_OF_BEFORE.test(before)) found.push({ date, score: 1 });
  }
  return found;
}

function best(candidates: readonly Candidate[]): Candidate | null {
  let chosen: Candidate | null = null;
  // Ties go to the later one: « Période du 01/01/2026 au 31/10/2026 » ends on the as-of date.
  for (const c of candidates) if (!chosen || c.score >= chosen.score) chosen = c;
  return chosen;
}

/** As-of date written in a title line, or null. */
export function asOfDateFromText(text: string, order: DateOrder = 'day-first'): IsoDate | null {
  return best(candidatesInText(text, order))?.date ?? null;
}

/** Rows under the header read for a « Situation au … » note: at most this many cells filled. */
const NOTE_ROW_MAX_CELLS = 2;

function nonBlankCount(row: GridRow): number {
  let n = 0;
  for (const cell of row) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * Dates announced in one row. `strongOnly` keeps only those announced by « au », « situation
 * au », « arrêtée au », « as of » (rows under the header: a data row names other dates).
 */
function candidatesInRow(
  grid: Grid,
  r: number,
  order: DateOrder,
  strongOnly: boolean,
): Candidate[] {
  const found: Candidate[] = [];
  const row = grid.rows[r] ?? [];
  const texts = row.filter((c) => typeof c === 'string' && c.trim() !== '').length;
  let label = '';
  let labelColumn = -1;
  row.forEach((cell, c) => {
    if (typeof cell === 'string') {
      const text = cell.trim();
      if (text === '') return;
      // A date alone in its cell, announced by the cell before (« Situation au » | « 31/10/2026 »).
      const announced =
        /^[\d/.\s-]+$/.test(text) && AS_OF_BEFORE.test(label)
          ? asOfDateFromText(`au ${text}`, order)
          : null;
      if (announced) {
        found.push({
          date: announced,
          score: 2,
          origin: { kind: 'cell', row: r + 1, column: columnLetter(c), text: label },
        });
        label = text;
        labelColumn = c;
        return;
      }
      const inText = candidatesInText(text, order).filter((x) => !strongOnly || x.score >= 2);
      for (const x of inText) {
        const origin: AsOfDateOrigin =
          texts > 1 || strongOnly
            ? { kind: 'cell', row: r + 1, column: columnLetter(c), text }
            : { kind: 'title', row: r + 1, text };
        found.push({ ...x, origin });
      }
      label = text;
      labelColumn = c;
    } else if (cell instanceof Date && AS_OF_BEFORE.test(label) && labelColumn >= 0) {
      const read = readDate(cell, grid.date1904);
      if (read.kind === 'ok') {
        found.push({
          date: read.value,
          score: 2,
          origin: { kind: 'cell', row: r + 1, column: columnLetter(c), text: label },
        });
      }
    }
  });
  return found;
}

/**
 * As-of date written in the sheet: title rows above the header (a date in a title, or a date
 * cell announced by the text before it, « Date d'arrêté : » | 31/10/2026), then notes under the
 * header (« Situation au 31/10/2026 » in a row of at most two cells), announced only.
 */
export function asOfDateInSheet(
  grid: Grid,
  headerFirstRow: number,
  headerLastRow = headerFirstRow,
  order: DateOrder = 'day-first',
): AsOfDateProposal | null {
  const candidates: Candidate[] = [];
  for (let r = 0; r < headerFirstRow; r++)
    candidates.push(...candidatesInRow(grid, r, order, false));
  for (let r = headerLastRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || nonBlankCount(row) > NOTE_ROW_MAX_CELLS) continue;
    candidates.push(...candidatesInRow(grid, r, order, true));
  }
  const chosen = best(candidates);
  return chosen?.origin ? { date: chosen.date, origin: chosen.origin } : null;
}

/** As-of date from the rows above the header, or null. */
export function asOfDateFromTitleRows(grid: Grid, headerFirstRow: number): IsoDate | null {
  const candidates: Candidate[] = [];
  for (let r = 0; r < headerFirstRow; r++) {
    candidates.push(...candidatesInRow(grid, r, 'day-first', false));
  }
  return best(candidates)?.date ?? null;
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
  return best(spelled)?.date ?? null;
}

/** The latest document date among the items read, as the as-of date of last resort. */
export function asOfDateFromDocuments(
  items: Iterable<{ issueDate?: IsoDate; sourceRow: number; number: string }>,
): AsOfDateProposal | null {
  let latest: { issueDate: IsoDate; sourceRow: number; number: string } | null = null;
  for (const item of items) {
    if (item.issueDate && (!latest || item.issueDate > latest.issueDate)) {
      latest = { issueDate: item.issueDate, sourceRow: item.sourceRow, number: item.number };
    }
  }
  return latest
    ? {
        date: latest.issueDate,
        origin: { kind: 'latest-document', row: latest.sourceRow, number: latest.number },
      }
    : null;
}

/**
 * The proposal before any row is read: the sheet (title, « Situation au » cell), else the file
 * name. The latest document date comes after the rows are read (asOfDateFromDocuments).
 */
export function proposeAsOfDate(
  grid: Grid,
  fileName: string,
  header: { firstRow: number; lastRow: number },
  order: DateOrder = 'day-first',
): AsOfDateProposal | null {
  const inSheet = asOfDateInSheet(grid, header.firstRow, header.lastRow, order);
  if (inSheet) return inSheet;
  const fromName = asOfDateFromFileName(fileName);
  return fromName ? { date: fromName, origin: { kind: 'file-name', fileName } } : null;
}

const q = (text: string) => `« ${text} »`;

function whereRead(origin: AsOfDateOrigin): string {
  switch (origin.kind) {
    case 'title':
      return `d’après le titre, ligne ${origin.row} ${q(origin.text)}`;
    case 'cell':
      return `d’après la cellule ${origin.column}${origin.row} ${q(origin.text)}`;
    case 'file-name':
      return `d’après le nom du fichier ${q(origin.fileName)}`;
    case 'latest-document':
      return `d’après la pièce la plus récente du fichier (${origin.number}, ligne ${origin.row}), faute de date écrite dans le fichier ou son nom`;
  }
}

/**
 * The sentence under « Balance arrêtée au »: where the proposed date comes from, that the user
 * chose another one, or that none was found and the date is needed.
 */
export function asOfDateSentence(
  proposal: AsOfDateProposal | null,
  chosen: IsoDate | null,
): string {
  if (!chosen) {
    return 'Aucune date d’arrêté trouvée (ni dans le titre, ni dans une cellule « Situation au », ni dans le nom du fichier, ni dans les dates des pièces)\u00a0: indiquez la date à laquelle la balance est arrêtée pour calculer l’ancienneté.';
  }
  if (!proposal) return `Date saisie\u00a0: le fichier n’en indique aucune.`;
  if (proposal.date !== chosen) {
    return `Date saisie\u00a0; le fichier proposait le ${formatDateFr(proposal.date)} ${whereRead(proposal.origin)}.`;
  }
  const check =
    proposal.origin.kind === 'latest-document'
      ? ' La balance peut être arrêtée plus tard\u00a0: vérifiez-la.'
      : ' Modifiez-la si la balance est arrêtée à une autre date.';
  return `Date proposée ${whereRead(proposal.origin)}.${check}`;
}
