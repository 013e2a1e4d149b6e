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

/**
 * Whether French elides « de », « que », « le », « la » before `word`: it starts with a vowel,
 * accented or not, in either case (« Agencement », « Écluse », « Œnologie »), or with « y »
 * before a consonant (« Yvetot »). Never before « h »: the mute h (« d’Hélène ») and the aspirate
 * h (« de Hachette ») cannot be told apart from spelling, and a wrong « d’ » reads worse in a
 * legal notice than a missing one. Opening quotes and spaces before the word are skipped.
 */
export function elides(word: string): boolean {
  const start = word.replace(/^[\s«"“‘'(]+/u, '');
  return /^[aeiouàâäéèêëîïôöûüùœæ]/iu.test(start) || /^y[^aeiouàâäéèêëîïôöûüù]/iu.test(start);
}

export type ElidableWord = 'de' | 'que' | 'le' | 'la';

const ELIDED: Record<ElidableWord, string> = { de: 'd’', que: 'qu’', le: 'l’', la: 'l’' };

/** « d’ » for « de », « D’ » for « De »; undefined for a word that never elides. */
function elidedForm(particle: string): string | undefined {
  const form = ELIDED[particle.toLocaleLowerCase('fr-FR') as ElidableWord];
  if (!form) return undefined;
  const capital = particle.charAt(0) !== particle.charAt(0).toLocaleLowerCase('fr-FR');
  return capital ? form.charAt(0).toLocaleUpperCase('fr-FR') + form.slice(1) : form;
}

/** `particle` then `next`, elided when French asks: « de Mécalia », « d’Agencement ». */
export function elide(particle: ElidableWord | Capitalize<ElidableWord>, next: string): string {
  const form = elides(next) ? elidedForm(particle) : undefined;
  return form ? `${form}${next.trimStart()}` : `${particle} ${next}`;
}

/** « de » before a party's name: « à l’ordre d’Agencement SAS », « de Mécalia SAS ». */
export function deName(name: string): string {
  return elide('de', name);
}

/**
 * `text` with its last word elided when it is « de », « que », « le » or « la » and `next`, the
 * word about to follow it, asks for it: « … à l’ordre de » before « Agencement » becomes
 * « … à l’ordre d’ ». For a template's text followed by a name it cannot know in advance.
 */
export function elideBefore(text: string, next: string): string {
  const match = /(?:^|[\s(«’'])(de|que|le|la) $/iu.exec(text);
  const particle = match?.[1];
  const form = particle && elides(next) ? elidedForm(particle) : undefined;
  return form && particle ? text.slice(0, text.length - particle.length - 1) + form : text;
}

/** « A », « A et B », « A, B et C ». */
export function joinFr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}
