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
  // Fixtures of the presets below: scripts/import-fixtures/erp.mjs, which says which column
  // names follow published documentation and which are the product's plausible wording.
  {
    id: 'ebp-echeancier',
    name: 'EBP — Échéancier clients',
    signature: [
      'Code client',
      'Nom client',
      'N° pièce',
      'Date échéance',
      'Montant réglé',
      'Reste dû',
    ],
    columns: {
      'Code client': 'accountNo',
      'Nom client': 'debtorName',
      'N° pièce': 'documentNumber',
      'Date pièce': 'documentDate',
      'Date échéance': 'dueDate',
      'Montant TTC': 'amount',
      'Montant réglé': 'paidAmount',
      'Reste dû': 'openAmount',
    },
  },
  {
    id: 'pennylane-factures',
    name: 'Pennylane — Factures clients',
    signature: ['Numéro de facture', 'Client', "Date d'échéance", 'Reste à payer', 'Statut'],
    columns: {
      'Numéro de facture': 'documentNumber',
      Client: 'debtorName',
      "Date d'émission": 'documentDate',
      "Date d'échéance": 'dueDate',
      'Montant TTC': 'amount',
      'Reste à payer': 'openAmount',
      Statut: 'status',
    },
  },
  {
    id: 'sage-x3-balance-agee',
    name: 'Sage X3 / Sage 1000 — Balance âgée détaillée',
    signature: [
      'Tiers',
      'Intitulé tiers',
      'Type de pièce',
      'Pièce',
      'Date échéance',
      'Montant ouvert',
    ],
    columns: {
      Tiers: 'accountNo',
      'Intitulé tiers': 'debtorName',
      'Type de pièce': 'documentType',
      Pièce: 'documentNumber',
      'Date pièce': 'documentDate',
      'Date échéance': 'dueDate',
      'Montant origine': 'amount',
      'Montant ouvert': 'openAmount',
      Devise: 'currency',
    },
  },
  {
    id: 'business-central-ecritures-client',
    name: 'Microsoft Dynamics 365 Business Central — Écritures client',
    signature: [
      'Date comptabilisation',
      'Type document',
      'N° document',
      'N° client',
      "Date d'échéance",
      'Montant ouvert',
    ],
    columns: {
      'Date comptabilisation': 'documentDate',
      'Type document': 'documentType',
      'N° document': 'documentNumber',
      'N° client': 'accountNo',
      'Nom du client': 'debtorName',
      "Date d'échéance": 'dueDate',
      'Montant initial': 'amount',
      'Montant ouvert': 'openAmount',
      'Code devise': 'currency',
    },
  },
  {
    id: 'cegid-xrp-balance-agee',
    name: 'Cegid XRP — Balance âgée',
    signature: ['Compte', 'Libellé', 'Non échu', 'Échu de 1 à 30 jours', 'Solde'],
    columns: {
      Compte: 'accountNo',
      Libellé: 'debtorName',
      'Non échu': 'bucketNotDue',
      'Échu de 1 à 30 jours': 'bucket1_30',
      'Échu de 31 à 60 jours': 'bucket31_60',
      'Échu de 61 à 90 jours': 'bucket61_90',
      'Échu de 91 à 120 jours': 'bucket91_120',
      'Échu à plus de 120 jours': 'bucketOver120',
      Solde: 'total',
    },
  },
  {
    id: 'quickbooks-fr-comptes-clients',
    name: 'QuickBooks — Comptes clients chronologiques (détails)',
    signature: ["Type d'opération", 'N°', 'Client', "Date d'échéance", 'Solde ouvert'],
    columns: {
      Date: 'documentDate',
      "Type d'opération": 'documentType',
      'N°': 'documentNumber',
      Client: 'debtorName',
      "Date d'échéance": 'dueDate',
      Montant: 'amount',
      'Solde ouvert': 'openAmount',
    },
  },
  {
    id: 'divalto-echeancier',
    name: 'Divalto — Échéancier clients',
    signature: ['Code tiers', 'Raison sociale', 'Date pièce', 'Date échéance', 'Solde échéance'],
    columns: {
      'Code tiers': 'accountNo',
      'Raison sociale': 'debtorName',
      'N° pièce': 'documentNumber',
      'Date pièce': 'documentDate',
      'Date échéance': 'dueDate',
      'Montant TTC': 'amount',
      'Solde échéance': 'openAmount',
    },
  },
  {
    id: 'netsuite-ar-aging-detail',
    name: 'Oracle NetSuite — A/R Aging Detail',
    signature: ['Customer', 'Type', 'Document Number', 'Due Date', 'Open Balance'],
    columns: {
      Customer: 'debtorName',
      Type: 'documentType',
      Date: 'documentDate',
      'Document Number': 'documentNumber',
      'P.O. No.': 'poNumber',
      'Due Date': 'dueDate',
      'Open Balance': 'openAmount',
    },
    dateOrder: 'month-first',
  },
  {
    id: 'grand-livre-auxiliaire',
    name: 'Grand livre auxiliaire clients',
    signature: ['Jnl', 'N° pièce', 'Let.', 'Débit', 'Crédit'],
    columns: {
      Compte: 'accountNo',
      Intitulé: 'debtorName',
      Date: 'documentDate',
      Jnl: 'documentType',
      'N° pièce': 'documentNumber',
      Échéance: 'dueDate',
      'Let.': 'lettering',
      Débit: 'debit',
      Crédit: 'credit',
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
