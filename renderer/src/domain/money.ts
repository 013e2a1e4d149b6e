/**
 * Money as integer cents. This module is the one place that converts between cents and text
 * (display with fr-FR conventions, parsing of what users and ERPs write).
 */
import type { Cents } from './model';

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const plainFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * `1234567` -> `12 345,67 €` (fr-FR, narrow no-break spaces as Intl writes them); `-1234567`
 * -> `−12 345,67 €` with the true minus sign of French typography, not Intl's hyphen.
 */
export function formatEuros(cents: Cents): string {
  return withTrueMinus(euroFormat.format(cents / 100));
}

/** `1234567` -> `12 345,67` without the currency sign (tables with a € column header). */
export function formatAmount(cents: Cents): string {
  return withTrueMinus(plainFormat.format(cents / 100));
}

/** `-12,00 €` -> `−12,00 €`: Intl writes a hyphen where French typography wants U+2212. */
export function withTrueMinus(text: string): string {
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}

/**
 * A number known to be whole cents (stored, computed on cents, typed in code) as `Cents`. Throws
 * a RangeError otherwise: euros go through `centsFromNumber`, text through `parseAmount`.
 */
export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Montant en centimes invalide : ${value}`);
  return value as Cents;
}

/** No money: the start of a sum, a fully paid balance. */
export const ZERO_CENTS: Cents = cents(0);

/** Euros from a spreadsheet number cell to cents, without float drift (1.005 -> 101). */
export function centsFromNumber(euros: number): Cents {
  // toPrecision(15) drops the binary noise of `x * 100` before rounding half away from zero.
  const scaled = Number((euros * 100).toPrecision(15));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) as Cents;
}

/** Cents to a euro number, for spreadsheet export where a numeric cell is expected. */
export function eurosFromCents(cents: Cents): number {
  return cents / 100;
}

/**
 * Rounds a (possibly fractional) cents value half-up (away from zero) to whole cents.
 * The single rounding rule of Recouvra: interest lines use it, totals sum rounded lines.
 */
export function roundCents(value: number): Cents {
  const scaled = Number(value.toPrecision(15));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) as Cents;
}

/**
 * The same rule as `roundCents` (half-up, away from zero), applied to an exact fraction of
 * cents. Interest is `base × rate × days / year`: on large amounts the product exceeds 2^53, so
 * it is computed on integers and rounded here without ever passing through a float.
 */
export function roundCentsFraction(numerator: bigint, denominator: bigint): Cents {
  if (denominator === 0n) throw new RangeError('Dénominateur nul');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return Number(negative ? -rounded : rounded) as Cents;
}

export type ParsedAmount = { ok: true; cents: Cents } | { ok: false; reason: string };

const SPACES = /[\s\u00a0\u202f']/g;
// Minus signs besides `-`: the true minus sign `formatEuros` writes (U+2212) and the en dash.
const OTHER_MINUS = /[\u2212\u2013]/g;

/**
 * Parses an amount as users and ERPs write it: `1 234,56`, `1.234,56`, `1,234.56`,
 * `-1 234,56`, `−1 234,56`, `1 234,56-`, `(1 234,56)`, `1 234,56 €`, `EUR 12,5`. Never throws; the reason
 * is French and meant to be shown to the user.
 */
export function parseAmount(input: string): ParsedAmount {
  let text = input.trim().replace(/€|EUR/gi, '').replace(OTHER_MINUS, '-').trim();
  if (text === '') return { ok: false, reason: 'montant vide' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(SPACES, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return { ok: false, reason: `« ${input.trim()} » n’est pas un montant` };
  }
  const decimalSeparator = pickDecimalSeparator(text);
  let integerPart = text;
  let fraction = '';
  if (decimalSeparator) {
    const at = text.lastIndexOf(decimalSeparator);
    integerPart = text.slice(0, at);
    fraction = text.slice(at + 1);
  }
  integerPart = integerPart.replace(/[.,]/g, '');
  if (!/^\d*$/.test(fraction) || fraction.length > 2) {
    return {
      ok: false,
      reason: `« ${input.trim()} » a plus de deux décimales`,
    };
  }
  const cents = Number(integerPart || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) {
    return { ok: false, reason: `« ${input.trim()} » est trop grand` };
  }
  return { ok: true, cents: (negative && cents !== 0 ? -cents : cents) as Cents };
}

/**
 * Which of `.` and `,` is the decimal mark. When both appear, the last one is. When one appears
 * once followed by exactly three digits it is a thousands separator (`1.234`, `1,234`): a money
 * amount never has three decimals. Repeated, it is a thousands separator.
 */
function pickDecimalSeparator(text: string): '.' | ',' | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!sep) return null;
  const occurrences = text.split(sep).length - 1;
  if (occurrences > 1) return null;
  const digitsAfter = text.length - text.lastIndexOf(sep) - 1;
  return digitsAfter === 3 ? null : sep;
}

/** Sum of cents, exact (integers). */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total as Cents;
}

/** `a + b`, exact (integers). */
export function addCents(a: Cents, b: Cents): Cents {
  return (a + b) as Cents;
}

/** `a - b`, exact (integers). */
export function subtractCents(a: Cents, b: Cents): Cents {
  return (a - b) as Cents;
}

/** `-a`: a debit as a credit, a credit note as what it deducts. */
export function negateCents(a: Cents): Cents {
  return (0 - a) as Cents;
}

/** The smaller amount. */
export function minCents(a: Cents, b: Cents): Cents {
  return Math.min(a, b) as Cents;
}

/** The larger amount (`maxCents(x, ZERO_CENTS)`: what is still owed, never below zero). */
export function maxCents(a: Cents, b: Cents): Cents {
  return Math.max(a, b) as Cents;
}

/** `a × n` for a whole number `n` (a count of instalments, a sign). */
export function multiplyCents(a: Cents, n: number): Cents {
  if (!Number.isInteger(n)) throw new RangeError(`Multiplicateur non entier : ${n}`);
  return (a * n) as Cents;
}
