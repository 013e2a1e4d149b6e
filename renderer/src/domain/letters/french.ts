/**
 * French typography for printed text: typographic apostrophe, no-break spaces inside guillemets
 * and before the high punctuation, so that « and » or a colon never start a line on their own.
 */

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/«\s*/g, `«${NBSP}`)
    .replace(/\s*»/g, `${NBSP}»`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/ ([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/\bn° /g, `n°${NBSP}`);
}

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const TENS: Record<number, string> = {
  2: 'vingt',
  3: 'trente',
  4: 'quarante',
  5: 'cinquante',
  6: 'soixante',
};

/**
 * A number of days in words, as a notice states its deadline (« huit (8) jours »): 0 to 99, the
 * range of any deadline a letter sets. Larger numbers are returned in figures.
 */
export function numberInWordsFr(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n <= 16) return UNITS[n] ?? String(n);
  if (n < 20) return `dix-${UNITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    const rest = numberInWordsFr(10 + unit);
    return tens === 7 && unit === 1 ? `${base} et onze` : `${base}-${rest}`;
  }
  if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${UNITS[unit]}`;
  const word = TENS[tens] ?? '';
  if (unit === 0) return word;
  return unit === 1 ? `${word} et un` : `${word}-${UNITS[unit]}`;
}

/** « A », « A et B », « A, B et C ». */
export function joinFr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}
