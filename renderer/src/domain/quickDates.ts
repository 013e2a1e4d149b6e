/**
 * Dates a controller says rather than types: the quick snoozes of the queue (« demain »,
 * « lundi », « dans une semaine ») and the reminder in a note (« rappeler lundi », « rappeler le
 * 12/01 », « relancer dans 3 jours »). Pure: today is always given.
 */
import { addDays, makeIsoDate, toDayNumber } from './dates';
import type { IsoDate } from './model';

export type QuickSnooze = 'tomorrow' | 'monday' | 'next-week';

export const QUICK_SNOOZE_LABELS: Record<QuickSnooze, string> = {
  tomorrow: 'Demain',
  monday: 'Lundi',
  'next-week': 'Dans une semaine',
};

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** 0 = Monday … 6 = Sunday (1970-01-01, day 0, was a Thursday). */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** The next given weekday strictly after today (« lundi » said on a Monday is next week's). */
export function nextWeekday(today: IsoDate, day: number): IsoDate {
  const ahead = (day - weekday(today) + 7) % 7 || 7;
  return addDays(today, ahead);
}

/** Monday of the week of `date`. */
export function startOfWeek(date: IsoDate): IsoDate {
  return addDays(date, -weekday(date));
}

export function quickSnoozeDate(kind: QuickSnooze, today: IsoDate): IsoDate {
  if (kind === 'tomorrow') return addDays(today, 1);
  if (kind === 'monday') return nextWeekday(today, 0);
  return addDays(today, 7);
}

const strip = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ');

const VERB = /\b(?:rappeler|rappel|relancer|recontacter|reappeler)\b/;

/**
 * The day a note asks to come back to the debtor, or null when it names none. Understood after
 * « rappeler », « rappel », « relancer » or « recontacter »: « demain », « après-demain », a
 * weekday (the next one), « dans N jours / semaines », « la semaine prochaine » (Monday), or a
 * date « le 12/01 », « le 12/01/2027 » (a day already past this year is next year's).
 */
export function parseReminder(text: string, today: IsoDate): IsoDate | null {
  const plain = strip(text);
  const verb = VERB.exec(plain);
  if (!verb) return null;
  const rest = plain.slice(verb.index + verb[0].length);
  if (/^\W*(?:le\s+|la\s+)?apres[\s-]demain\b/.test(rest)) return addDays(today, 2);
  if (/^\W*demain\b/.test(rest)) return addDays(today, 1);
  const weekdayMatch =
    /^\W*(?:le\s+|ce\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/.exec(rest);
  if (weekdayMatch?.[1]) return nextWeekday(today, WEEKDAYS.indexOf(weekdayMatch[1]));
  const inMatch = /^\W*dans\s+(\d{1,3}|une|un|deux|trois|quinze)\s+(jours?|semaines?|mois)\b/.exec(
    rest,
  );
  if (inMatch?.[1] && inMatch[2]) {
    const words: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quinze: 15 };
    const n = words[inMatch[1]] ?? Number(inMatch[1]);
    const unit = inMatch[2].startsWith('semaine') ? 7 : inMatch[2] === 'mois' ? 30 : 1;
    return n > 0 ? addDays(today, n * unit) : null;
  }
  if (/^\W*la\s+semaine\s+prochaine\b/.test(rest)) return nextWeekday(today, 0);
  const dateMatch = /^\W*(?:le\s+)?(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\b/.exec(rest);
  if (dateMatch?.[1] && dateMatch[2]) {
    const day = Number(dateMatch[1]);
    const month = Number(dateMatch[2]);
    const thisYear = Number(today.slice(0, 4));
    if (dateMatch[3]) {
      const year = Number(dateMatch[3].length === 2 ? `20${dateMatch[3]}` : dateMatch[3]);
      const date = makeIsoDate(year, month, day);
      return date && date > today ? date : null;
    }
    const date = makeIsoDate(thisYear, month, day);
    if (date && date > today) return date;
    return makeIsoDate(thisYear + 1, month, day);
  }
  return null;
}
