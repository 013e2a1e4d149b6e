import { describe, expect, it } from 'vitest';
import { isoDate } from './dates';
import type { IsoDate } from './model';
import {
  parseReminder,
  type QuickSnooze,
  quickSnoozeDate,
  startOfWeek,
  weekday,
} from './quickDates';

const MONDAY = isoDate('2026-11-23');
const FRIDAY = isoDate('2026-11-27');

describe('weekdays', () => {
  it.each([
    ['2026-11-23', 0],
    ['2026-11-27', 4],
    ['2026-11-29', 6],
    ['1970-01-01', 3],
  ])('%s is weekday %i (0 = lundi)', (date, day) => {
    expect(weekday(isoDate(date))).toBe(day);
  });
  it('a week starts on Monday', () => {
    expect(startOfWeek(isoDate('2026-11-29'))).toBe('2026-11-23');
    expect(startOfWeek(MONDAY)).toBe('2026-11-23');
  });
});

describe('quick snooze', () => {
  it.each<[QuickSnooze, IsoDate, string]>([
    ['tomorrow', FRIDAY, '2026-11-28'],
    ['monday', FRIDAY, '2026-11-30'],
    // « Lundi » said on a Monday is next Monday, never today.
    ['monday', MONDAY, '2026-11-30'],
    ['next-week', FRIDAY, '2026-12-04'],
  ])('%s from %s is %s', (kind, today, expected) => {
    expect(quickSnoozeDate(kind, today)).toBe(expected);
  });
});

describe('reminders written in a note', () => {
  it.each<[string, IsoDate, string | null]>([
    ['Rappeler lundi, le comptable est absent', FRIDAY, '2026-11-30'],
    ['rappeler Lundi', MONDAY, '2026-11-30'],
    ['Rappeler vendredi', MONDAY, '2026-11-27'],
    ['Rappeler demain matin', FRIDAY, '2026-11-28'],
    ['rappeler après-demain', FRIDAY, '2026-11-29'],
    ['Relancer dans 3 jours', MONDAY, '2026-11-26'],
    ['recontacter dans deux semaines', MONDAY, '2026-12-07'],
    ['Rappeler la semaine prochaine', FRIDAY, '2026-11-30'],
    ['Rappeler le 15/12', MONDAY, '2026-12-15'],
    // A day already past this year is next year's.
    ['Rappeler le 05/01', MONDAY, '2027-01-05'],
    ['Rappeler le 05/01/2027', MONDAY, '2027-01-05'],
    ['Rappeler le 31/02', MONDAY, null],
    ['Le client rappellera', MONDAY, null],
    ['Facture renvoyée lundi', MONDAY, null],
    ['', MONDAY, null],
  ])('« %s » (%s) -> %s', (text, today, expected) => {
    expect(parseReminder(text, today)).toBe(expected);
  });
});
