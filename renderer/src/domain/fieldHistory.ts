/**
 * « Modifications concurrentes » on the fiche débiteur: the values a colleague's later write
 * replaced while they had not seen them (team mode, field history kept by the server), told in
 * French: the field's label, the value replaced and the value that replaced it, each with who
 * wrote it and when. Pure: the entries come from the server through the data layer.
 */
import { formatSiren, formatSiret } from './identifiers';
import type { Debtor, DebtorStatus } from './model';
import { cents, formatEuros } from './money';

/** One entry as the server keeps it (contracts/sync.ts FieldHistoryEntry). */
export interface FieldHistoryInput {
  field: string;
  value: unknown;
  overwrittenBy: string;
  at: string;
  newValue: unknown;
  writtenBy: string | null;
  writtenAt: string | null;
}

/** French label of every field of a debtor (no raw key is ever shown). */
export const DEBTOR_FIELD_LABELS: Readonly<Record<keyof Debtor, string>> = {
  id: 'Identifiant',
  accountNo: 'N° de compte',
  name: 'Raison sociale',
  siren: 'SIREN',
  siret: 'SIRET',
  vatNumber: 'N° TVA intracommunautaire',
  addressLines: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  country: 'Pays',
  contacts: 'Contacts',
  paymentTermsDays: 'Délai de paiement',
  creditLimitCents: 'Encours autorisé',
  assignee: 'Gestionnaire',
  tags: 'Étiquettes',
  status: 'Statut du compte',
  isConsumer: 'Débiteur consommateur',
  notes: 'Notes',
  ladderOverrides: 'Exceptions à l’échelle de relance',
  payerIbans: 'IBAN payeurs',
};

const STATUS_LABELS: Readonly<Record<DebtorStatus, string>> = {
  active: 'Actif',
  blocked: 'Compte bloqué',
  litigation: 'Contentieux',
  closed: 'Compte clos',
};

/** Shown for a field that was empty (or emptied). */
export const EMPTY_VALUE = '(vide)';

export function debtorFieldLabel(field: string): string {
  return Object.hasOwn(DEBTOR_FIELD_LABELS, field)
    ? DEBTOR_FIELD_LABELS[field as keyof Debtor]
    : 'Autre information';
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat('fr-FR').format(value);
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return JSON.stringify(value);
}

function contactsText(value: unknown): string {
  if (!Array.isArray(value)) return plain(value);
  return value
    .map((c) => {
      if (typeof c !== 'object' || c === null) return plain(c);
      const { name, phone, email } = c as { name?: unknown; phone?: unknown; email?: unknown };
      const details = [phone, email].filter((d) => typeof d === 'string' && d !== '');
      return details.length > 0 ? `${String(name ?? '')} (${details.join(', ')})` : String(name);
    })
    .join(' ; ');
}

function ladderText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return plain(value);
  const o = value as { exclude?: boolean; excludeReason?: string; strategic?: boolean };
  const parts: string[] = [];
  if (o.exclude) parts.push(`hors échelle${o.excludeReason ? ` (${o.excludeReason})` : ''}`);
  if (o.strategic) parts.push('compte stratégique');
  const delays = (value as { delays?: Record<string, number> }).delays;
  if (delays && Object.keys(delays).length > 0) parts.push('délais propres au débiteur');
  return parts.length > 0 ? parts.join(', ') : 'aucune';
}

/** A debtor field's value as the fiche shows it (amounts in euros, SIREN grouped, …). */
export function formatDebtorFieldValue(field: string, value: unknown): string {
  if (isEmpty(value)) return EMPTY_VALUE;
  switch (field) {
    case 'siren':
      return typeof value === 'string' ? formatSiren(value) : plain(value);
    case 'siret':
      return typeof value === 'string' ? formatSiret(value) : plain(value);
    case 'creditLimitCents':
      return Number.isSafeInteger(value) ? formatEuros(cents(value as number)) : plain(value);
    case 'paymentTermsDays':
      return typeof value === 'number' ? `${value}\u00a0jours` : plain(value);
    case 'status':
      return STATUS_LABELS[value as DebtorStatus] ?? plain(value);
    case 'contacts':
      return contactsText(value);
    case 'ladderOverrides':
      return ladderText(value);
    case 'isConsumer':
      return value === true ? 'Oui' : 'Non';
    default:
      return plain(value);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** « 04/12/2026 à 10 h 42 » in the workstation's time zone (non-breaking spaces around « h »). */
export function formatHistoryInstant(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} à ${pad(d.getHours())}\u00a0h\u00a0${pad(d.getMinutes())}`;
}

/** One value and who wrote it: « Julie Martin, le 04/12/2026 à 10 h 42 ». */
export interface HistoryValue {
  text: string;
  /** « Julie Martin, le 04/12/2026 à 10 h 42 »; null when the server does not know. */
  signedBy: string | null;
}

export interface FieldHistoryLine {
  field: string;
  label: string;
  replaced: HistoryValue;
  replacement: HistoryValue;
}

function signed(by: string | null, at: string | null): string | null {
  if (!by) return null;
  const when = at ? formatHistoryInstant(at) : '';
  return when ? `${by}, le ${when}` : by;
}

/** The server's entries (newest first) as the lines the fiche lists, in the same order. */
export function debtorFieldHistoryLines(entries: readonly FieldHistoryInput[]): FieldHistoryLine[] {
  return entries.map((entry) => ({
    field: entry.field,
    label: debtorFieldLabel(entry.field),
    replaced: {
      text: formatDebtorFieldValue(entry.field, entry.value),
      signedBy: signed(entry.writtenBy, entry.writtenAt),
    },
    replacement: {
      text: formatDebtorFieldValue(entry.field, entry.newValue),
      signedBy: signed(entry.overwrittenBy, entry.at),
    },
  }));
}
