import { describe, expect, it } from 'vitest';
import {
  type Creditor,
  checkLogo,
  creditorLegalMentions,
  creditorSchema,
  defaultCreditor,
  incompleteCreditorMessage,
  MAX_LOGO_BYTES,
  missingCreditorFields,
  sniffLogoMime,
} from './creditor';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_HEADER = [0xff, 0xd8, 0xff, 0xe0];

const SAMPLE_CREDITOR: Creditor = {
  name: 'Lumière Distribution',
  legalForm: 'SAS',
  shareCapitalCents: 10_000_000,
  siren: '732829320',
  siret: '73282932000074',
  rcsCity: 'Lyon',
  vatNumber: 'FR44732829320',
  addressLines: ['12 rue de la République', 'Bâtiment B'],
  postalCode: '69002',
  city: 'Lyon',
  country: 'France',
  phone: '04 72 00 00 00',
  email: 'credit@lumiere.fr',
  iban: 'FR7630006000011234567890189',
  bic: 'BNPAFRPPXXX',
  signatoryName: 'Claire Martin',
  signatoryTitle: 'Directrice administrative et financière',
  logo: { sha256: 'a'.repeat(64), mime: 'image/png', size: 2048, fileName: 'logo.png' },
};

describe('creditorSchema', () => {
  it('round-trips a complete creditor unchanged', () => {
    const stored: unknown = JSON.parse(JSON.stringify(SAMPLE_CREDITOR));
    expect(creditorSchema.parse(stored)).toEqual(SAMPLE_CREDITOR);
  });

  it('fills defaults for fields an older version did not write', () => {
    const parsed = creditorSchema.parse({ name: 'Ancienne SARL', siren: '552120222' });
    expect(parsed).toEqual({ ...defaultCreditor(), name: 'Ancienne SARL', siren: '552120222' });
    expect(parsed.country).toBe('France');
    expect(parsed.logo).toBeNull();
  });

  it.each([
    ['an unknown legal form', { legalForm: 'GIE' }],
    ['a fractional capital', { shareCapitalCents: 10.5 }],
    ['a negative capital', { shareCapitalCents: -100 }],
    ['a logo of another type', { logo: { ...SAMPLE_CREDITOR.logo, mime: 'image/gif' } }],
    ['a logo reference that is not a SHA-256', { logo: { ...SAMPLE_CREDITOR.logo, sha256: 'x' } }],
  ])('refuses %s', (_label, patch) => {
    expect(creditorSchema.safeParse({ ...SAMPLE_CREDITOR, ...patch }).success).toBe(false);
  });

  it('does not re-run business validators, so an old but now-invalid value still loads', () => {
    expect(creditorSchema.safeParse({ siren: '123' }).success).toBe(true);
  });
});

describe('creditorLegalMentions', () => {
  it('lists form and capital, RCS and VAT', () => {
    expect(creditorLegalMentions(SAMPLE_CREDITOR)).toEqual([
      'SAS au capital de 100\u202f000,00\u00a0€',
      'RCS Lyon 732 829 320',
      'TVA intracommunautaire FR44732829320',
    ]);
  });

  it('leaves out what is missing', () => {
    expect(
      creditorLegalMentions({ ...defaultCreditor(), legalForm: 'EI', siren: '552120222' }),
    ).toEqual(['EI', 'SIREN 552 120 222']);
    expect(creditorLegalMentions(defaultCreditor())).toEqual([]);
  });
});

describe('missingCreditorFields', () => {
  const ALL_MISSING = [
    'raison sociale',
    'SIREN',
    'adresse',
    'coordonnées bancaires (IBAN, BIC)',
    'signataire (nom, fonction)',
  ];

  it.each<[string, Partial<Creditor>, string[], string[]]>([
    ['a complete identity', {}, [], []],
    [
      'a blank identity',
      defaultCreditor(),
      ALL_MISSING,
      ALL_MISSING.filter((f) => !f.startsWith('coord')),
    ],
    ['no name (spaces only)', { name: '  ' }, ['raison sociale'], ['raison sociale']],
    ['no SIREN', { siren: '' }, ['SIREN'], ['SIREN']],
    ['a SIREN failing its key', { siren: '732829321' }, ['SIREN (invalide)'], ['SIREN (invalide)']],
    ['no street', { addressLines: [' '] }, ['adresse (rue)'], ['adresse (rue)']],
    [
      'neither postcode nor town',
      { postalCode: '', city: '' },
      ['adresse (code postal, ville)'],
      ['adresse (code postal, ville)'],
    ],
    ['no address at all', { addressLines: [], postalCode: '', city: '' }, ['adresse'], ['adresse']],
    ['no bank details', { iban: '', bic: '' }, ['coordonnées bancaires (IBAN, BIC)'], []],
    ['an IBAN without BIC', { bic: '' }, ['BIC'], []],
    ['a BIC without IBAN', { iban: '' }, ['IBAN'], []],
    ['an IBAN failing its key', { iban: 'FR7630006000011234567890188' }, ['IBAN (invalide)'], []],
    [
      'no signatory',
      { signatoryName: '', signatoryTitle: '' },
      ['signataire (nom, fonction)'],
      ['signataire (nom, fonction)'],
    ],
    [
      'a signatory without title',
      { signatoryTitle: '' },
      ['fonction du signataire'],
      ['fonction du signataire'],
    ],
    ['a title without name', { signatoryName: '' }, ['nom du signataire'], ['nom du signataire']],
    // Optional for both: the letters print them when given.
    [
      'no legal form, capital, RCS, VAT, phone, e-mail, logo',
      {
        legalForm: null,
        shareCapitalCents: null,
        siret: '',
        rcsCity: '',
        vatNumber: '',
        phone: '',
        email: '',
        logo: null,
      },
      [],
      [],
    ],
  ])('%s', (_label, patch, legalLetter, courtDossier) => {
    const creditor = { ...SAMPLE_CREDITOR, ...patch };
    expect(missingCreditorFields(creditor, 'legal-letter')).toEqual(legalLetter);
    expect(missingCreditorFields(creditor, 'court-dossier')).toEqual(courtDossier);
  });

  it('says in one sentence what is missing, for which document', () => {
    expect(incompleteCreditorMessage(['SIREN', 'BIC'], 'legal-letter')).toBe(
      'Identité du créancier incomplète pour un courrier juridique (mise en demeure, dernier avis)\u00a0: il manque SIREN, BIC.',
    );
    expect(incompleteCreditorMessage(['raison sociale'], 'court-dossier')).toBe(
      'Identité du créancier incomplète pour le dossier contentieux\u00a0: il manque raison sociale.',
    );
  });
});

describe('logo checks', () => {
  const bytes = (header: number[], size = 64) => {
    const data = new Uint8Array(size);
    data.set(header);
    return data;
  };

  it.each([
    ['PNG', PNG_HEADER, 'image/png'],
    ['JPEG', JPEG_HEADER, 'image/jpeg'],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], null],
    ['PDF', [0x25, 0x50, 0x44, 0x46], null],
    ['empty', [], null],
  ])('sniffs %s', (_label, header, mime) => {
    expect(sniffLogoMime(bytes(header, header.length))).toBe(mime);
  });

  it.each([
    ['a small PNG', bytes(PNG_HEADER), { ok: true, mime: 'image/png' }],
    [
      'a JPEG of exactly 1 Mo',
      bytes(JPEG_HEADER, MAX_LOGO_BYTES),
      { ok: true, mime: 'image/jpeg' },
    ],
    [
      'a PNG just over 1 Mo',
      bytes(PNG_HEADER, MAX_LOGO_BYTES + 1),
      { ok: false, reason: 'Le logo dépasse 1 Mo (1,1 Mo)' },
    ],
    [
      'a GIF',
      bytes([0x47, 0x49, 0x46, 0x38]),
      { ok: false, reason: 'Le logo doit être une image PNG ou JPEG' },
    ],
  ])('checks %s', (_label, data, expected) => {
    expect(checkLogo(data)).toEqual(expected);
  });
});
