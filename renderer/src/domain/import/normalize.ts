/**
 * Normalisation of header labels, so that « N° de pièce », « Numéro pièce » and « No. piece »
 * compare equal. Used on header candidates only (a few hundred cells), never on data rows.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9+]+/g;

/** Words that carry no meaning in a column label (« Date d'échéance » = « Date échéance »). */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'in',
  'l',
  'la',
  'le',
  'les',
  'of',
  'the',
]);

/** Abbreviations and spellings that mean the same thing in a label. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['n', 'no'],
  ['nr', 'no'],
  ['nro', 'no'],
  ['num', 'no'],
  ['numero', 'no'],
  ['number', 'no'],
  ['nummer', 'no'],
  ['ref', 'reference'],
  ['doc', 'document'],
  ['mt', 'montant'],
  ['mnt', 'montant'],
  ['amt', 'amount'],
  ['ech', 'echeance'],
  ['dt', 'date'],
  ['cpte', 'compte'],
  ['fact', 'facture'],
  ['curr', 'currency'],
  ['crcy', 'currency'],
  ['jours', 'j'],
  ['jour', 'j'],
  ['jrs', 'j'],
  ['days', 'j'],
  ['day', 'j'],
  ['d', 'j'],
  ['tage', 'j'],
]);

/**
 * `Date d'échéance` -> `date echeance`; `N° pièce` -> `no piece`; `> 90 j` -> `+ 90 j`.
 * Accents, case, punctuation and filler words are dropped; `+` is kept for open-ended buckets.
 */
export function normalizeLabel(text: string): string {
  const flat = text
    // « dû » (owed) must not become the filler word « du » once accents are gone.
    .replace(/\bd[ûÛ](?!\p{L})/gu, 'due')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[°º]/g, 'o ')
    .replace(/[>+]/g, ' + ')
    .replace(NOT_WORD, ' ')
    .trim();
  if (flat === '') return '';
  const words: string[] = [];
  for (const word of flat.split(' ')) {
    // `d` alone is both the French elision (« d'échéance ») and « days »: only a trailing `d`
    // after a number is a unit.
    if (word === 'd' && !/\d$/.test(words[words.length - 1] ?? '')) continue;
    if (STOP_WORDS.has(word) && word !== 'd') continue;
    words.push(SYNONYMS.get(word) ?? word);
  }
  return words.join(' ');
}
