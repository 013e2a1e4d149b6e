/**
 * How remittance texts, document numbers and names are compared: banks truncate, upper-case,
 * drop accents and insert spaces or dashes; ERPs prefix numbers (FA, F-, FAC). Numbers are
 * compared by their digits, names by their significant words.
 */

/** Runs of digits in a text, allowing one separator (space, dash, slash, dot) between digits. */
const DIGIT_GROUPS = /\d+(?:[\s\-/._]\d+)*/g;

/** `FA2026-0001` -> `20260001`; null when it has fewer than 4 digits (too ambiguous). */
export function numberKey(documentNumber: string): string | null {
  const digits = documentNumber.replace(/\D/g, '');
  return digits.length >= 4 ? digits : null;
}

/**
 * The digit keys a remittance text may refer to: each run of digit groups, and every
 * concatenation of up to three consecutive groups of it (« 2026 0001 2026 0002 » refers to
 * 20260001 and 20260002, not to one long number).
 */
export function numberKeysIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const run of text.match(DIGIT_GROUPS) ?? []) {
    const groups = run.split(/[\s\-/._]/);
    for (let start = 0; start < groups.length; start++) {
      let key = '';
      for (let end = start; end < Math.min(groups.length, start + 3); end++) {
        key += groups[end];
        if (key.length >= 4) keys.add(key);
      }
    }
  }
  return keys;
}

const LEGAL_FORMS = new Set([
  'SA',
  'SAS',
  'SASU',
  'SARL',
  'EURL',
  'SCI',
  'SNC',
  'SCOP',
  'SELARL',
  'ET',
  'FILS',
  'CIE',
  'LE',
  'LA',
  'LES',
  'DE',
  'DES',
  'DU',
  'D',
  'L',
]);

/** `Forges de l'Aube SARL` -> `FORGES AUBE`: upper case, no accent, no legal form or article. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word.length > 0 && !LEGAL_FORMS.has(word))
    .join(' ');
}

/** A name key between spaces (`' FORGES AUBE '`), so that only whole words match; '' stays ''. */
export function paddedKey(key: string): string {
  return key && ` ${key} `;
}

/**
 * True when every significant word of the debtor's name appears in the payer's, in order. Both
 * keys are padded (`paddedKey`): a debtor's is padded once, not for every payer it is tried on.
 */
export function namesMatch(paddedDebtorKey: string, paddedPayerKey: string): boolean {
  return paddedDebtorKey !== '' && paddedPayerKey.includes(paddedDebtorKey);
}
