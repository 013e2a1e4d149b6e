/**
 * What the creditor form edits: text as the user types it (spaces accepted, IBAN grouped by 4,
 * capital as « 100 000,00 »), converted to and from the stored `Creditor`, and validated with
 * the pure identifier rules. No React here, so every rule is unit-tested.
 */
import {
  type Creditor,
  type CreditorLogo,
  creditorSchema,
  type LegalForm,
} from '../../../domain/creditor';
import {
  bicIbanCountryWarning,
  groupIban,
  isFrance,
  normalizeBic,
  normalizeIban,
  normalizeVatNumber,
  stripSpaces,
  validateBic,
  validateEmail,
  validateFrenchPostalCode,
  validateIban,
  validatePhone,
  validateSiren,
  validateSiret,
  validateVatNumber,
  vatNumberForSiren,
} from '../../../domain/identifiers';
import { cents, formatAmount, parseAmount } from '../../../domain/money';

export interface CreditorFormValues {
  name: string;
  legalForm: LegalForm | null;
  shareCapital: string;
  siren: string;
  siret: string;
  rcsCity: string;
  vatNumber: string;
  /** Address lines, one per line of the text area. */
  address: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
  email: string;
  iban: string;
  bic: string;
  signatoryName: string;
  signatoryTitle: string;
  logo: CreditorLogo | null;
}

export type CreditorFormMessages = Partial<Record<keyof CreditorFormValues, string>>;

export function toFormValues(creditor: Creditor): CreditorFormValues {
  return {
    name: creditor.name,
    legalForm: creditor.legalForm,
    shareCapital:
      creditor.shareCapitalCents === null ? '' : formatAmount(cents(creditor.shareCapitalCents)),
    // Shown as stored (digits only): what people copy from Infogreffe or paste into other tools.
    siren: creditor.siren,
    siret: creditor.siret,
    rcsCity: creditor.rcsCity,
    vatNumber: creditor.vatNumber,
    address: creditor.addressLines.join('\n'),
    postalCode: creditor.postalCode,
    city: creditor.city,
    country: creditor.country,
    phone: creditor.phone,
    email: creditor.email,
    iban: groupIban(creditor.iban),
    bic: creditor.bic,
    signatoryName: creditor.signatoryName,
    signatoryTitle: creditor.signatoryTitle,
    logo: creditor.logo,
  };
}

/** Users often type the whole mention « RCS Lyon »; only the city is stored. */
function rcsCityOnly(input: string): string {
  return input.trim().replace(/^R\.?C\.?S\.?\s+/i, '');
}

function parseCapital(input: string): number | null {
  if (input.trim() === '') return null;
  const parsed = parseAmount(input);
  return parsed.ok ? parsed.cents : null;
}

/** The stored creditor for validated form values: identifiers compact, text trimmed. */
export function fromFormValues(values: CreditorFormValues): Creditor {
  return creditorSchema.parse({
    name: values.name.trim(),
    legalForm: values.legalForm,
    shareCapitalCents: parseCapital(values.shareCapital),
    siren: stripSpaces(values.siren),
    siret: stripSpaces(values.siret),
    rcsCity: rcsCityOnly(values.rcsCity),
    vatNumber: normalizeVatNumber(values.vatNumber),
    addressLines: values.address
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    postalCode: stripSpaces(values.postalCode),
    city: values.city.trim(),
    country: values.country.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    iban: normalizeIban(values.iban),
    bic: normalizeBic(values.bic),
    signatoryName: values.signatoryName.trim(),
    signatoryTitle: values.signatoryTitle.trim(),
    logo: values.logo,
  });
}

function validateCapital(input: string): string | null {
  const parsed = parseAmount(input);
  if (!parsed.ok) return `Capital social invalide : ${parsed.reason}`;
  if (parsed.cents < 0) return 'Capital social invalide : le montant ne peut pas être négatif';
  return null;
}

/** Runs `validate` on the value only when the user filled it in: optional fields. */
function ifFilled(value: string, validate: (value: string) => string | null): string | null {
  return value.trim() === '' ? null : validate(value);
}

/**
 * Errors by field, in French. Only the raison sociale and the SIREN are required: they are what
 * a letter cannot go without; the rest is checked when filled in. Cross-field rules (SIRET and
 * VAT number against the SIREN) put the error on the dependent field.
 */
export function validateCreditorForm(values: CreditorFormValues): CreditorFormMessages {
  const candidates: Array<[keyof CreditorFormValues, string | null]> = [
    ['name', values.name.trim() === '' ? 'La raison sociale est obligatoire' : null],
    [
      'siren',
      values.siren.trim() === '' ? 'Le SIREN est obligatoire' : validateSiren(values.siren),
    ],
    ['siret', ifFilled(values.siret, (siret) => validateSiret(siret, values.siren))],
    ['vatNumber', ifFilled(values.vatNumber, (vat) => validateVatNumber(vat, values.siren))],
    ['shareCapital', ifFilled(values.shareCapital, validateCapital)],
    [
      'postalCode',
      isFrance(values.country) ? ifFilled(values.postalCode, validateFrenchPostalCode) : null,
    ],
    ['phone', ifFilled(values.phone, validatePhone)],
    ['email', ifFilled(values.email, validateEmail)],
    ['iban', ifFilled(values.iban, validateIban)],
    ['bic', ifFilled(values.bic, validateBic)],
  ];
  const errors: CreditorFormMessages = {};
  for (const [field, message] of candidates) if (message !== null) errors[field] = message;
  return errors;
}

/** Warnings do not block saving; they are shown under the field. */
export function creditorFormWarnings(values: CreditorFormValues): CreditorFormMessages {
  const bic = bicIbanCountryWarning(values.bic, values.iban);
  return bic === null ? {} : { bic };
}

/** The VAT number to offer when the SIREN is valid and the VAT field still empty. */
export function suggestedVatNumber(values: CreditorFormValues): string | null {
  if (values.vatNumber.trim() !== '' || validateSiren(values.siren) !== null) return null;
  return vatNumberForSiren(values.siren);
}
