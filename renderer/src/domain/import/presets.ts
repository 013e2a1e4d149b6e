/**
 * Built-in layouts of common ERP exports. A preset is tried before label guessing: when every
 * label of its signature is in the header, its mapping is used as is.
 */
import type { HeaderColumn } from './header';
import { normalizeLabel } from './normalize';
import type { ColumnMapping, ImportField, MappingSource } from './types';
import type { DateOrder } from './values';

export interface ImportPreset {
  id: string;
  /** Name shown to the user (« Sage 100 — Balance âgée »). */
  name: string;
  /** Labels, as the ERP prints them, that must all be in the header. */
  signature: readonly string[];
  /** Label as printed -> field. Columns not listed are ignored. */
  columns: Readonly<Record<string, ImportField>>;
  /** How the export writes text dates (default day first, `31/10/2026`). */
  dateOrder?: DateOrder;
}

export const BUILT_IN_PRESETS: readonly ImportPreset[] = [
  {
    id: 'sage100-balance-agee',
    name: 'Sage 100 — Balance âgée clients',
    signature: ['N° compte tiers', 'Intitulé', 'N° pièce', 'Échéance', 'Solde', 'Non échu'],
    columns: {
      'N° compte tiers': 'accountNo',
      Intitulé: 'debtorName',
      Date: 'documentDate',
      'N° pièce': 'documentNumber',
      Échéance: 'dueDate',
      Solde: 'openAmount',
      'Non échu': 'bucketNotDue',
      '0 à 30 j': 'bucket1_30',
      '31 à 60 j': 'bucket31_60',
      '61 à 90 j': 'bucket61_90',
      'Plus de 90 j': 'bucketOver90',
    },
  },
  {
    id: 'cegid-echeancier',
    name: 'Cegid — Échéancier clients',
    signature: ['Auxiliaire', 'Libellé auxiliaire', 'N° pièce', 'Date échéance', 'Débit', 'Crédit'],
    columns: {
      Auxiliaire: 'accountNo',
      'Libellé auxiliaire': 'debtorName',
      Journal: 'documentType',
      'Date comptable': 'documentDate',
      'N° pièce': 'documentNumber',
      Référence: 'poNumber',
      'Date échéance': 'dueDate',
      Débit: 'debit',
      Crédit: 'credit',
      Solde: 'openAmount',
      Devise: 'currency',
    },
  },
  {
    id: 'sap-fbl5n',
    name: 'SAP — FBL5N (postes clients)',
    signature: [
      'Account',
      'Document Number',
      'Document Date',
      'Net due date',
      'Amount in local currency',
    ],
    columns: {
      Account: 'accountNo',
      'Name 1': 'debtorName',
      'Document Number': 'documentNumber',
      'Document Type': 'documentType',
      'Document Date': 'documentDate',
      'Net due date': 'dueDate',
      'Amount in local currency': 'amount',
      'Local Currency': 'currency',
      Reference: 'poNumber',
    },
  },
  {
    id: 'sap-fbl5n-de',
    name: 'SAP — FBL5N (Debitorenposten, allemand)',
    signature: ['Konto', 'Belegnummer', 'Belegdatum', 'Nettofälligkeit', 'Betrag in Hauswährung'],
    columns: {
      Konto: 'accountNo',
      'Name 1': 'debtorName',
      Belegnummer: 'documentNumber',
      Belegart: 'documentType',
      Belegdatum: 'documentDate',
      Nettofälligkeit: 'dueDate',
      'Betrag in Hauswährung': 'amount',
      Hauswährung: 'currency',
      Referenz: 'poNumber',
    },
  },
  {
    id: 'odoo-balance-agee',
    name: 'Odoo — Balance âgée (par partenaire)',
    signature: ['Partenaire', 'Non échu', '1 - 30', 'Plus ancien', 'Total'],
    columns: {
      Partenaire: 'debtorName',
      'Non échu': 'bucketNotDue',
      '1 - 30': 'bucket1_30',
      '31 - 60': 'bucket31_60',
      '61 - 90': 'bucket61_90',
      '91 - 120': 'bucket91_120',
      'Plus ancien': 'bucketOver120',
      Total: 'total',
    },
  },
];

interface CompiledPreset {
  preset: ImportPreset;
  signature: readonly string[];
  columns: ReadonlyMap<string, ImportField>;
}

const COMPILED: readonly CompiledPreset[] = BUILT_IN_PRESETS.map((preset) => ({
  preset,
  signature: preset.signature.map(normalizeLabel),
  columns: new Map(Object.entries(preset.columns).map(([label, f]) => [normalizeLabel(label), f])),
}));

export interface PresetMatch {
  preset: ImportPreset;
  mapping: ColumnMapping;
}

/** The first built-in preset whose signature is in the header, with its mapping. */
export function matchPreset(columns: readonly HeaderColumn[]): PresetMatch | null {
  const present = new Set(columns.map((c) => c.normalized));
  for (const compiled of COMPILED) {
    if (!compiled.signature.every((label) => present.has(label))) continue;
    const mapping: ColumnMapping = {};
    for (const column of columns) {
      const field = compiled.columns.get(column.normalized);
      if (field && mapping[field] === undefined) mapping[field] = column.index;
    }
    return { preset: compiled.preset, mapping };
  }
  return null;
}

/** Where the column mapping came from, in one French sentence for the review screen. */
export function mappingOriginSentence(
  source: MappingSource | undefined,
  presetId: string | undefined,
): string {
  const preset = BUILT_IN_PRESETS.find((p) => p.id === presetId);
  if (source === 'preset' && preset) return `Modèle reconnu\u00a0: ${preset.name}`;
  if (source === 'saved')
    return 'Correspondance des colonnes reprise d’un import précédent de ce modèle de fichier';
  if (source === 'user') return 'Correspondance des colonnes corrigée à la main';
  return 'Colonnes reconnues automatiquement';
}
