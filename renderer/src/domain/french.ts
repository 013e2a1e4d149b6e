/**
 * French display, in one place: typography of sentences (no-break spaces, apostrophes,
 * guillemets) here, and, re-exported so that a screen needs one import, the fr-FR formats of
 * counts, ordinals and plurals (numbers.ts), money (money.ts) and dates (dates.ts).
 */
export { formatDateFr, formatInstantFr, formatLongDateFr } from './dates';
export { formatAmount, formatEuros } from './money';
export { formatCount, formatDays, formatPercent, ordinal, plural, pluralForm } from './numbers';

/** No-break space: before « : », inside « », between a number and its unit. */
export const NBSP = '\u00a0';
/** Narrow no-break space: thousands separator (as Intl fr-FR writes it). */
export const NNBSP = '\u202f';

/**
 * Names in French order: accents and case ignored, numbers by value (« Client 2 » before
 * « Client 10 »). IndexedDB's own order is by code unit, which French readers never expect.
 */
export const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * French typography of a sentence: a no-break space before « : ; ? ! » and inside « » (the
 * punctuation never starts a line), a curly apostrophe for a straight one between letters. Text
 * already typeset is left as it is, so the function can be applied twice.
 */
export function frenchTypography(text: string): string {
  return (
    text
      // l'import -> l’import (only between letters: '12' and quotes around words stay)
      .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
      // « : ; ? ! » after a word (an ordinary space or none before it), followed by a space or
      // the end: 12:30 and https:// are left alone
      .replace(/(?<=[^\s\u00a0\u202f]) ?([:;?!])(?=\s|$|[»)"’])/gu, `${NBSP}$1`)
      .replace(/«[ \u00a0\u202f]?/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]?»/g, `${NBSP}»`)
  );
}

/** `texte` -> `« texte »` with no-break spaces inside. */
export function guillemets(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}
