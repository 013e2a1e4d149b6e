import { describe, expect, it } from 'vitest';
import {
  bicIbanCountryWarning,
  formatSiren,
  formatSiret,
  groupIban,
  isFrance,
  isLuhnValid,
  normalizeIban,
  validateBic,
  validateEmail,
  validateFrenchPostalCode,
  validateIban,
  validatePhone,
  validateSiren,
  validateSiret,
  validateVatNumber,
  vatKeyForSiren,
  vatNumberForSiren,
} from './identifiers';

const VALID_IBAN = 'FR76 3000 6000 0112 3456 7890 189';

describe('isLuhnValid', () => {
  it.each([
    ['732829320', true],
    ['552120222', true],
    ['356000000', true],
    ['73282932000074', true],
    ['732829321', false],
    ['123456789', false],
    ['', false],
    ['73282932a', false],
  ])('%s -> %s', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });
});

describe('validateSiren', () => {
  it.each(['732829320', '552120222', '356000000', '732 829 320', ' 552\u00a0120\u202f222 '])(
    'accepts %s',
    (siren) => {
      expect(validateSiren(siren)).toBeNull();
    },
  );

  it.each([
    ['732829321', 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas'],
    ['123456789', 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas'],
    ['73282932', 'SIREN invalide : 9 chiffres attendus'],
    ['7328293200', 'SIREN invalide : 9 chiffres attendus'],
    ['73282932O', 'SIREN invalide : 9 chiffres attendus'],
    ['', 'SIREN invalide : 9 chiffres attendus'],
  ])('rejects %s', (siren, message) => {
    expect(validateSiren(siren)).toBe(message);
  });
});

describe('validateSiret', () => {
  it.each([
    ['73282932000074', undefined],
    ['732 829 320 00074', '732829320'],
    ['55212022200013', '552 120 222'],
    // La Poste's head office: Luhn-valid, digit sum not a multiple of 5.
    ['35600000000048', '356000000'],
    // A La Poste establishment: not Luhn-valid, digit sum 30.
    ['35600000052135', '356000000'],
  ])('accepts %s (SIREN %s)', (siret, siren) => {
    expect(validateSiret(siret, siren)).toBeNull();
  });

  it('the La Poste exception only applies to La Poste', () => {
    expect(isLuhnValid('35600000052135')).toBe(false);
    // Same last five digits on another SIREN: digit sum 5 × k is not enough there.
    expect(validateSiret('73282932052135')).toMatch(/Luhn/);
  });

  it.each([
    ['73282932000075', undefined, 'SIRET invalide : la clé de contrôle (Luhn) ne correspond pas'],
    ['35600000052136', undefined, 'SIRET invalide : la clé de contrôle (Luhn) ne correspond pas'],
    ['7328293200007', undefined, 'SIRET invalide : 14 chiffres attendus'],
    ['732829320', undefined, 'SIRET invalide : 14 chiffres attendus'],
    [
      '73282932000074',
      '552120222',
      'SIRET incohérent : il doit commencer par le SIREN 552 120 222',
    ],
  ])('rejects %s (SIREN %s)', (siret, siren, message) => {
    expect(validateSiret(siret, siren)).toBe(message);
  });

  it('does not compare with a SIREN that is itself invalid (that field shows its own error)', () => {
    expect(validateSiret('73282932000074', '123')).toBeNull();
  });

  it('rejects a Luhn-valid SIRET whose first 9 digits are not a valid SIREN', () => {
    // 123456789 fails Luhn alone; 12345678900007 passes Luhn over 14 digits.
    expect(isLuhnValid('12345678900007')).toBe(true);
    expect(validateSiret('12345678900007')).toBe(
      'SIRET invalide : les 9 premiers chiffres ne forment pas un SIREN valide',
    );
  });
});

describe('TVA intracommunautaire', () => {
  it.each([
    ['732829320', '44'],
    ['552120222', '27'],
    ['356000000', '39'],
    ['542051180', '59'],
    // 97 divides 000000097 -> key 12; the key is always written on 2 digits.
    ['000000097', '12'],
  ])('key of %s is %s', (siren, key) => {
    expect(vatKeyForSiren(siren)).toBe(key);
  });

  it('derives the number from the SIREN', () => {
    expect(vatNumberForSiren('732 829 320')).toBe('FR44732829320');
  });

  it.each([
    ['FR44732829320', undefined],
    ['fr 44 732 829 320', '732829320'],
    ['FR27552120222', '552120222'],
  ])('accepts %s (SIREN %s)', (vat, siren) => {
    expect(validateVatNumber(vat, siren)).toBeNull();
  });

  it.each([
    ['FR45732829320', undefined, 'TVA intracommunautaire invalide : la clé devrait être 44'],
    [
      'DE44732829320',
      undefined,
      'TVA intracommunautaire invalide : format attendu FR + 2 chiffres de clé + SIREN',
    ],
    [
      'FR4473282932',
      undefined,
      'TVA intracommunautaire invalide : format attendu FR + 2 chiffres de clé + SIREN',
    ],
    [
      'FR44732829321',
      undefined,
      'TVA intracommunautaire invalide : les 9 derniers chiffres ne forment pas un SIREN valide',
    ],
    [
      'FR44732829320',
      '552120222',
      'TVA intracommunautaire incohérente avec le SIREN : attendu FR27552120222',
    ],
  ])('rejects %s (SIREN %s)', (vat, siren, message) => {
    expect(validateVatNumber(vat, siren)).toBe(message);
  });
});

describe('IBAN', () => {
  it.each([VALID_IBAN, 'FR7630006000011234567890189', 'fr76 3000 6000 0112 3456 7890 189'])(
    'accepts %s',
    (iban) => {
      expect(validateIban(iban)).toBeNull();
    },
  );

  it.each([
    // One-digit typos: in the account number, in the RIB key, in the IBAN key.
    ['FR76 3000 6000 0112 3456 7891 189', /clé/],
    ['FR76 3000 6000 0112 3456 7890 188', /clé/],
    ['FR77 3000 6000 0112 3456 7890 189', /clé/],
    ['FR76 3000 6000 0112 3456 7890 18', /longueur/],
    ['XX76 3000 6000 0112 3456 7890 189', /pays/],
    ['', /IBAN invalide/],
  ])('rejects %s', (iban, message) => {
    expect(validateIban(iban)).toMatch(message);
  });

  it('normalizes to the electronic format and groups by 4 for display', () => {
    expect(normalizeIban(' fr76 3000 6000 0112 3456 7890 189 ')).toBe(
      'FR7630006000011234567890189',
    );
    expect(groupIban('fr7630006000011234567890189')).toBe(VALID_IBAN);
    expect(groupIban('FR76-3000 6')).toBe('FR76 3000 6');
    expect(groupIban('FR76')).toBe('FR76');
  });
});

describe('BIC', () => {
  it.each(['BNPAFRPPXXX', 'BNPAFRPP', 'bnpa frpp', 'SOGEFRPP', 'DEUTDEFF500'])(
    'accepts %s',
    (bic) => {
      expect(validateBic(bic)).toBeNull();
    },
  );

  it.each(['BNPAFRP', 'BNPAFRPPXX', 'BNPAXXPP', 'BNP1FRPP', 'BNPA-FRPP', ''])(
    'rejects %s',
    (bic) => {
      expect(validateBic(bic)).toMatch(/^BIC invalide/);
    },
  );

  it.each([
    ['BNPAFRPP', VALID_IBAN, null],
    // Monaco and overseas banks use FR-family IBANs with their own BIC country code.
    ['BNPAMCMC', VALID_IBAN, null],
    ['BNPARERX', VALID_IBAN, null],
    [
      'DEUTDEFF',
      VALID_IBAN,
      'Le BIC (pays DE) ne correspond pas au pays de l’IBAN (FR) : vérifiez',
    ],
    // Nothing to compare while one of them is invalid.
    ['DEUTDEFF', 'FR76 3000', null],
  ])('country warning for %s / %s', (bic, iban, warning) => {
    expect(bicIbanCountryWarning(bic, iban)).toBe(warning);
  });
});

describe('address and contact', () => {
  it.each([
    ['69003', null],
    ['97400', null],
    ['20000', null],
    ['6900', 'Code postal invalide : 5 chiffres attendus'],
    ['69OO3', 'Code postal invalide : 5 chiffres attendus'],
  ])('postal code %s', (code, message) => {
    expect(validateFrenchPostalCode(code)).toBe(message);
  });

  it.each([
    ['France', true],
    [' france ', true],
    ['FR', true],
    ['', true],
    ['Belgique', false],
  ])('isFrance(%s) = %s', (country, expected) => {
    expect(isFrance(country)).toBe(expected);
  });

  it.each([
    ['04 72 00 00 00', null],
    ['+33 4 72 00 00 00', null],
    ['04.72.00.00.00', null],
    ['0472', /entre 6 et 15/],
    ['04 72 AB', /chiffres/],
  ])('phone %s', (phone, expected) => {
    const result = validatePhone(phone);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });

  it.each([
    ['compta@exemple.fr', true],
    ['compta@exemple', false],
    ['compta exemple.fr', false],
  ])('email %s valid: %s', (email, valid) => {
    expect(validateEmail(email) === null).toBe(valid);
  });

  it('formats SIREN and SIRET with spaces, leaves other input alone', () => {
    expect(formatSiren('732829320')).toBe('732 829 320');
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
    expect(formatSiren('12')).toBe('12');
  });
});
