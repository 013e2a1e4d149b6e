import { describe, expect, it } from 'vitest';
import { type Creditor, defaultCreditor } from '../../../domain/creditor';
import {
  type CreditorFormValues,
  creditorFormWarnings,
  fromFormValues,
  suggestedVatNumber,
  toFormValues,
  validateCreditorForm,
} from './form-values';

const creditor: Creditor = {
  ...defaultCreditor(),
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
  iban: 'FR7630006000011234567890189',
  bic: 'BNPAFRPPXXX',
  signatoryName: 'Claire Martin',
  signatoryTitle: 'Directrice administrative et financière',
};

const filled = (patch: Partial<CreditorFormValues>): CreditorFormValues => ({
  ...toFormValues(creditor),
  ...patch,
});

describe('toFormValues / fromFormValues', () => {
  it('shows identifiers the way people read them', () => {
    const values = toFormValues(creditor);
    expect(values.siren).toBe('732829320');
    expect(values.siret).toBe('73282932000074');
    expect(values.iban).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(values.shareCapital).toBe('100\u202f000,00');
    expect(values.address).toBe('12 rue de la République\nBâtiment B');
  });

  it('round-trips a stored creditor', () => {
    expect(fromFormValues(toFormValues(creditor))).toEqual(creditor);
  });

  it('normalizes what the user typed', () => {
    const stored = fromFormValues(
      filled({
        name: '  Lumière Distribution ',
        shareCapital: '1 500,5 €',
        siren: '732 829 320',
        rcsCity: 'RCS Lyon',
        vatNumber: 'fr 44 732829320',
        address: ' 12 rue de la République \n\n',
        iban: 'fr76 3000 6000 0112 3456 7890 189',
        bic: 'bnpa frpp',
      }),
    );
    expect(stored).toMatchObject({
      name: 'Lumière Distribution',
      shareCapitalCents: 150_050,
      siren: '732829320',
      rcsCity: 'Lyon',
      vatNumber: 'FR44732829320',
      addressLines: ['12 rue de la République'],
      iban: 'FR7630006000011234567890189',
      bic: 'BNPAFRPP',
    });
  });

  it('stores an empty capital and an empty IBAN as absent', () => {
    const stored = fromFormValues(filled({ shareCapital: ' ', iban: '' }));
    expect(stored.shareCapitalCents).toBeNull();
    expect(stored.iban).toBe('');
  });
});

describe('validateCreditorForm', () => {
  it('accepts a complete, consistent creditor', () => {
    expect(validateCreditorForm(toFormValues(creditor))).toEqual({});
  });

  it('only requires the raison sociale and the SIREN', () => {
    expect(validateCreditorForm(toFormValues(defaultCreditor()))).toEqual({
      name: 'La raison sociale est obligatoire',
      siren: 'Le SIREN est obligatoire',
    });
    expect(
      validateCreditorForm({
        ...toFormValues(defaultCreditor()),
        name: 'Lumière',
        siren: '732829320',
      }),
    ).toEqual({});
  });

  it.each<[string, Partial<CreditorFormValues>, keyof CreditorFormValues, string | RegExp]>([
    [
      'a SIREN with a bad key',
      { siren: '732829321', siret: '', vatNumber: '' },
      'siren',
      'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas',
    ],
    ['a SIRET of another company', { siret: '55212022200013' }, 'siret', /SIRET incohérent/],
    ['a VAT number of another company', { vatNumber: 'FR27552120222' }, 'vatNumber', /incohérente/],
    ['a capital that is not an amount', { shareCapital: 'dix mille' }, 'shareCapital', /Capital/],
    ['a negative capital', { shareCapital: '-10' }, 'shareCapital', /négatif/],
    ['a 4-digit French postal code', { postalCode: '6900' }, 'postalCode', /5 chiffres/],
    ['a mistyped IBAN', { iban: 'FR76 3000 6000 0112 3456 7891 189' }, 'iban', /IBAN invalide/],
    ['a malformed BIC', { bic: 'BNPA' }, 'bic', /BIC invalide/],
    ['a malformed email', { email: 'compta@' }, 'email', /e-mail/],
    ['a phone with letters', { phone: '04 AB' }, 'phone', /Téléphone/],
  ])('flags %s', (_label, patch, field, message) => {
    const errors = validateCreditorForm(filled(patch));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });

  it('does not impose 5 digits on a foreign postal code', () => {
    expect(validateCreditorForm(filled({ country: 'Belgique', postalCode: '1000' }))).toEqual({});
  });
});

describe('warnings and suggestions', () => {
  it('warns without blocking when the BIC country differs from the IBAN', () => {
    const values = filled({ bic: 'DEUTDEFF' });
    expect(validateCreditorForm(values)).toEqual({});
    expect(creditorFormWarnings(values).bic).toMatch(/pays DE/);
    expect(creditorFormWarnings(toFormValues(creditor))).toEqual({});
  });

  it('suggests the VAT number derived from a valid SIREN when none is typed', () => {
    expect(suggestedVatNumber(filled({ vatNumber: '' }))).toBe('FR44732829320');
    expect(suggestedVatNumber(filled({}))).toBeNull();
    expect(suggestedVatNumber(filled({ vatNumber: '', siren: '123' }))).toBeNull();
  });
});
