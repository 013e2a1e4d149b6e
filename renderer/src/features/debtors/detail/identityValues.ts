/**
 * What the identity form edits, as the user types it, converted to and from the stored debtor
 * and validated with the pure identifier rules (empty optional fields are fine).
 */
import type { DebtorIdentity } from '../../../data/repositories/debtorFile';
import {
  isFrance,
  normalizeVatNumber,
  stripSpaces,
  validateFrenchPostalCode,
  validateSiren,
  validateSiret,
  validateVatNumber,
} from '../../../domain/identifiers';
import type { Debtor } from '../../../domain/model';
import { formatAmount, parseAmount } from '../../../domain/money';

export interface IdentityValues {
  name: string;
  siren: string;
  siret: string;
  vatNumber: string;
  /** One address line per line of the text area. */
  address: string;
  postalCode: string;
  city: string;
  country: string;
  paymentTermsDays: number | string;
  creditLimit: string;
  tags: string[];
  notes: string;
}

export function toIdentityValues(debtor: Debtor): IdentityValues {
  return {
    name: debtor.name,
    siren: debtor.siren ?? '',
    siret: debtor.siret ?? '',
    vatNumber: debtor.vatNumber ?? '',
    address: debtor.addressLines.join('\n'),
    postalCode: debtor.postalCode ?? '',
    city: debtor.city ?? '',
    country: debtor.country ?? '',
    paymentTermsDays: debtor.paymentTermsDays ?? '',
    creditLimit: debtor.creditLimitCents === undefined ? '' : formatAmount(debtor.creditLimitCents),
    tags: [...debtor.tags],
    notes: debtor.notes ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

export function fromIdentityValues(values: IdentityValues): DebtorIdentity {
  const limit = parseAmount(values.creditLimit);
  return {
    name: values.name.trim(),
    siren: optional(stripSpaces(values.siren)),
    siret: optional(stripSpaces(values.siret)),
    vatNumber: optional(normalizeVatNumber(values.vatNumber)),
    addressLines: values.address
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    postalCode: optional(values.postalCode),
    city: optional(values.city),
    country: optional(values.country),
    paymentTermsDays:
      typeof values.paymentTermsDays === 'number' ? values.paymentTermsDays : undefined,
    creditLimitCents: limit.ok ? limit.cents : undefined,
    tags: values.tags.map((t) => t.trim()).filter(Boolean),
    notes: optional(values.notes),
  };
}

export type IdentityErrors = Partial<Record<keyof IdentityValues, string>>;

export function validateIdentity(values: IdentityValues): IdentityErrors {
  const errors: IdentityErrors = {};
  if (values.name.trim() === '') errors.name = 'La raison sociale est obligatoire';
  const siren = stripSpaces(values.siren);
  if (siren) errors.siren = validateSiren(siren) ?? undefined;
  if (stripSpaces(values.siret)) {
    errors.siret = validateSiret(values.siret, siren || undefined) ?? undefined;
  }
  if (values.vatNumber.trim()) {
    errors.vatNumber = validateVatNumber(values.vatNumber, siren || undefined) ?? undefined;
  }
  if (values.postalCode.trim() && isFrance(values.country)) {
    errors.postalCode = validateFrenchPostalCode(values.postalCode) ?? undefined;
  }
  if (values.creditLimit.trim() && !parseAmount(values.creditLimit).ok) {
    errors.creditLimit = 'Montant invalide (exemple : 25 000,00)';
  }
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as IdentityErrors;
}
