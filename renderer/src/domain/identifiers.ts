/**
 * French company identifiers and bank details: SIREN, SIRET, TVA intracommunautaire, IBAN, BIC,
 * postal code, phone, email. Each validator takes what the user typed (spaces accepted) and
 * returns a French message meant for the field, or `null` when the value is valid. Emptiness is
 * the caller's business: whether a field is required depends on the form, not on the identifier.
 */
import { electronicFormatIBAN, extractBIC, ValidationErrorsIBAN, validateIBAN } from 'ibantools';

/** A French message for the user, or `null` when the value is valid. */
export type ValidationMessage = string | null;

/** La Poste's SIREN: its establishments' SIRETs do not follow Luhn (see `validateSiret`). */
export const LA_POSTE_SIREN = '356000000';

const WHITESPACE = /[\s\u00a0\u202f]/g;

/** Removes every kind of space users paste (regular, no-break, narrow no-break). */
export function stripSpaces(input: string): string {
  return input.replace(WHITESPACE, '');
}

/** Luhn check over a string of digits (the key of SIREN and SIRET). */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    // Every second digit from the right is doubled; 2 × d > 9 contributes its digit sum.
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const char of digits) sum += Number(char);
  return sum;
}

export function validateSiren(input: string): ValidationMessage {
  const siren = stripSpaces(input);
  if (!/^\d{9}$/.test(siren)) return 'SIREN invalide : 9 chiffres attendus';
  if (!isLuhnValid(siren)) return 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas';
  return null;
}

/**
 * SIRET = SIREN + 5-digit establishment number (NIC), Luhn over the 14 digits. When `siren` is
 * given (and valid), the SIRET must belong to it.
 */
export function validateSiret(input: string, siren?: string): ValidationMessage {
  const siret = stripSpaces(input);
  if (!/^\d{14}$/.test(siret)) return 'SIRET invalide : 14 chiffres attendus';
  const ownSiren = siret.slice(0, 9);
  // INSEE numbers La Poste's many establishments so that the digit sum is a multiple of 5 rather
  // than Luhn-valid; its head office (35600000000048) is Luhn-valid, so either rule accepts it.
  const laPosteException = ownSiren === LA_POSTE_SIREN && digitSum(siret) % 5 === 0;
  if (!laPosteException && !isLuhnValid(siret)) {
    return 'SIRET invalide : la clé de contrôle (Luhn) ne correspond pas';
  }
  if (validateSiren(ownSiren) !== null) {
    return 'SIRET invalide : les 9 premiers chiffres ne forment pas un SIREN valide';
  }
  const expectedSiren = siren === undefined ? '' : stripSpaces(siren);
  if (expectedSiren !== '' && validateSiren(expectedSiren) === null && ownSiren !== expectedSiren) {
    return `SIRET incohérent : il doit commencer par le SIREN ${formatSiren(expectedSiren)}`;
  }
  return null;
}

/** `732829320` -> `732 829 320`. Returns the input unchanged when it is not 9 digits. */
export function formatSiren(siren: string): string {
  const digits = stripSpaces(siren);
  return /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : siren;
}

/** `73282932000074` -> `732 829 320 00074`. Returns the input unchanged when not 14 digits. */
export function formatSiret(siret: string): string {
  const digits = stripSpaces(siret);
  return /^\d{14}$/.test(digits)
    ? digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')
    : siret;
}

/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function vatKeyForSiren(siren: string): string {
  const key = (12 + 3 * (Number(stripSpaces(siren)) % 97)) % 97;
  return String(key).padStart(2, '0');
}

/** `732829320` -> `FR44732829320`. */
export function vatNumberForSiren(siren: string): string {
  const digits = stripSpaces(siren);
  return `FR${vatKeyForSiren(digits)}${digits}`;
}

/** Canonical form of a VAT number: uppercase, no spaces. */
export function normalizeVatNumber(input: string): string {
  return stripSpaces(input).toUpperCase();
}

/**
 * French VAT number: FR + 2-digit key + SIREN. When `siren` is given (and valid), the VAT number
 * must be the one derived from it: a mismatch usually means a copy from another company.
 */
export function validateVatNumber(input: string, siren?: string): ValidationMessage {
  const vat = normalizeVatNumber(input);
  const match = /^FR(\d{2})(\d{9})$/.exec(vat);
  if (!match) {
    return 'TVA intracommunautaire invalide : format attendu FR + 2 chiffres de clé + SIREN';
  }
  const [, key, vatSiren = ''] = match;
  if (validateSiren(vatSiren) !== null) {
    return 'TVA intracommunautaire invalide : les 9 derniers chiffres ne forment pas un SIREN valide';
  }
  if (key !== vatKeyForSiren(vatSiren)) {
    return `TVA intracommunautaire invalide : la clé devrait être ${vatKeyForSiren(vatSiren)}`;
  }
  const expectedSiren = siren === undefined ? '' : stripSpaces(siren);
  if (expectedSiren !== '' && validateSiren(expectedSiren) === null && vatSiren !== expectedSiren) {
    return `TVA intracommunautaire incohérente avec le SIREN : attendu ${vatNumberForSiren(expectedSiren)}`;
  }
  return null;
}

/** IBAN in electronic format (uppercase, no spaces): the form it is stored in. */
export function normalizeIban(input: string): string {
  return electronicFormatIBAN(input) ?? '';
}

/** IBAN for display: uppercase, grouped by 4 (`FR76 3000 6000 …`), even while incomplete. */
export function groupIban(input: string): string {
  const compact = input.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The most telling message first: a wrong length explains a wrong checksum, not the reverse. */
const IBAN_MESSAGES: ReadonlyArray<[ValidationErrorsIBAN, string]> = [
  [ValidationErrorsIBAN.NoIBANProvided, 'IBAN invalide : aucun IBAN saisi'],
  [ValidationErrorsIBAN.NoIBANCountry, 'IBAN invalide : code pays inconnu'],
  [ValidationErrorsIBAN.WrongBBANLength, 'IBAN invalide : longueur incorrecte pour ce pays'],
  [ValidationErrorsIBAN.WrongBBANFormat, 'IBAN invalide : format du compte incorrect pour ce pays'],
  [
    ValidationErrorsIBAN.ChecksumNotNumber,
    'IBAN invalide : la clé doit être composée de 2 chiffres',
  ],
  [
    ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
    'IBAN invalide : la clé RIB ne correspond pas (erreur de saisie ?)',
  ],
  [
    ValidationErrorsIBAN.WrongIBANChecksum,
    'IBAN invalide : la clé de contrôle ne correspond pas (erreur de saisie ?)',
  ],
  [ValidationErrorsIBAN.QRIBANNotAllowed, 'IBAN invalide : QR-IBAN non accepté'],
];

export function validateIban(input: string): ValidationMessage {
  const iban = normalizeIban(input);
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return null;
  const found = IBAN_MESSAGES.find(([code]) => errorCodes.includes(code));
  return found ? found[1] : 'IBAN invalide';
}

/** BIC in canonical form: uppercase, no spaces. */
export function normalizeBic(input: string): string {
  return stripSpaces(input).toUpperCase();
}

export function validateBic(input: string): ValidationMessage {
  const bic = normalizeBic(input);
  if (!/^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(bic)) {
    return 'BIC invalide : 8 ou 11 caractères attendus (lettres et chiffres)';
  }
  if (!extractBIC(bic).valid) {
    return 'BIC invalide : format ou code pays incorrect';
  }
  return null;
}

/**
 * Banks of the French overseas departments and collectivities and of Monaco use FR (or MC) IBANs
 * with a BIC carrying the territory's own ISO code, so those pairs are consistent.
 */
const FRENCH_BANKING_AREA = new Set([
  'FR',
  'MC',
  'GP',
  'MQ',
  'GF',
  'RE',
  'YT',
  'PM',
  'BL',
  'MF',
  'NC',
  'PF',
  'WF',
]);

/**
 * A warning (not an error) when the BIC's country differs from the IBAN's: legitimate for some
 * banks, but more often a BIC copied from another account. `null` when either is invalid.
 */
export function bicIbanCountryWarning(bicInput: string, ibanInput: string): ValidationMessage {
  if (validateBic(bicInput) !== null || validateIban(ibanInput) !== null) return null;
  const bicCountry = normalizeBic(bicInput).slice(4, 6);
  const ibanCountry = normalizeIban(ibanInput).slice(0, 2);
  if (bicCountry === ibanCountry) return null;
  if (FRENCH_BANKING_AREA.has(bicCountry) && FRENCH_BANKING_AREA.has(ibanCountry)) return null;
  return `Le BIC (pays ${bicCountry}) ne correspond pas au pays de l’IBAN (${ibanCountry}) : vérifiez`;
}

/** French postal code: 5 digits (Corsica and overseas included, e.g. 20000, 97400). */
export function validateFrenchPostalCode(input: string): ValidationMessage {
  return /^\d{5}$/.test(stripSpaces(input)) ? null : 'Code postal invalide : 5 chiffres attendus';
}

/** True when the country field means France (what users type there varies). */
export function isFrance(country: string): boolean {
  const normalized = country
    .trim()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase();
  return normalized === '' || normalized === 'FRANCE' || normalized === 'FR';
}

/**
 * Phone: digits with the usual separators and an optional leading +; between 6 and 15 digits
 * (E.164 allows 15), so that short internal extensions and foreign numbers both fit.
 */
export function validatePhone(input: string): ValidationMessage {
  const text = input.trim();
  if (!/^\+?[\d\s\u00a0.\-()/]+$/.test(text)) {
    return 'Téléphone invalide : chiffres, espaces, points, tirets et + uniquement';
  }
  const digits = text.replace(/\D/g, '').length;
  if (digits < 6 || digits > 15) return 'Téléphone invalide : entre 6 et 15 chiffres attendus';
  return null;
}

/** Pragmatic email check: one @, a dot in the domain, no spaces. Deliverability is not ours. */
export function validateEmail(input: string): ValidationMessage {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim())
    ? null
    : 'Adresse e-mail invalide (exemple : compta@societe.fr)';
}
