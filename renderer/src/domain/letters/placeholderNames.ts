/**
 * The French names under which the form editor of Paramètres › Modèles shows the placeholders
 * (« Nom du débiteur » for `{{debiteur.nom}}`) and the conditions of blocks (« Si des relances
 * ont été envoyées » for `{{#relances.existe}}`). The catalogue itself is PLACEHOLDERS
 * (letterView.ts); a test checks that every placeholder has its name here.
 */
import { BLOCK_NAMES, PLACEHOLDERS } from './letterView';

export type PlaceholderGroup =
  | 'Courrier'
  | 'Débiteur'
  | 'Créancier'
  | 'Montants et factures'
  | 'Dates, délais et relances'
  | 'Tableaux et blocs (seuls sur leur ligne)';

const NAMES: Record<string, { label: string; group: PlaceholderGroup }> = {
  appel: { label: 'Formule d’appel', group: 'Courrier' },
  objet: { label: 'Objet du courrier', group: 'Courrier' },
  reference: { label: 'Référence de paiement', group: 'Courrier' },
  date: { label: 'Date du courrier', group: 'Dates, délais et relances' },
  date_calcul: { label: 'Date du décompte', group: 'Dates, délais et relances' },
  'creancier.nom': { label: 'Nom du créancier', group: 'Créancier' },
  'creancier.siren': { label: 'SIREN du créancier', group: 'Créancier' },
  'creancier.telephone': { label: 'Téléphone du créancier', group: 'Créancier' },
  'creancier.email': { label: 'Courriel du créancier', group: 'Créancier' },
  'signataire.nom': { label: 'Nom du signataire', group: 'Créancier' },
  'signataire.fonction': { label: 'Fonction du signataire', group: 'Créancier' },
  'debiteur.nom': { label: 'Nom du débiteur', group: 'Débiteur' },
  'debiteur.compte': { label: 'Compte client', group: 'Débiteur' },
  'debiteur.siren': { label: 'SIREN du débiteur', group: 'Débiteur' },
  'contact.nom': { label: 'Interlocuteur', group: 'Débiteur' },
  'factures.nombre': { label: 'Nombre de factures', group: 'Montants et factures' },
  'factures.liste': { label: 'Liste des factures', group: 'Montants et factures' },
  'total.principal': { label: 'Principal dû', group: 'Montants et factures' },
  'total.interets': { label: 'Intérêts de retard', group: 'Montants et factures' },
  'total.indemnites': { label: 'Indemnités forfaitaires', group: 'Montants et factures' },
  'total.du': { label: 'Montant dû', group: 'Montants et factures' },
  'taux.libelle': { label: 'Taux appliqué', group: 'Montants et factures' },
  'releve.solde': { label: 'Solde du relevé', group: 'Montants et factures' },
  'releve.echu': { label: 'Part échue du solde', group: 'Montants et factures' },
  'releve.echu_existe': { label: 'Part échue (oui ou non)', group: 'Montants et factures' },
  'echeancier.total': { label: 'Total de l’échéancier', group: 'Montants et factures' },
  'echeancier.nombre': { label: 'Nombre d’échéances', group: 'Montants et factures' },
  'promesse.montant': { label: 'Montant promis', group: 'Montants et factures' },
  'promesse.date': { label: 'Date promise', group: 'Dates, délais et relances' },
  'delai.jours': { label: 'Délai en jours', group: 'Dates, délais et relances' },
  'delai.jours_lettres': { label: 'Délai en lettres', group: 'Dates, délais et relances' },
  'delai.date': { label: 'Date limite de paiement', group: 'Dates, délais et relances' },
  'relances.existe': {
    label: 'Relances envoyées (oui ou non)',
    group: 'Dates, délais et relances',
  },
  'relances.liste': { label: 'Relances déjà envoyées', group: 'Dates, délais et relances' },
  'relances.derniere': { label: 'Date de la dernière relance', group: 'Dates, délais et relances' },
  tableau_factures: {
    label: 'Tableau des factures',
    group: 'Tableaux et blocs (seuls sur leur ligne)',
  },
  tableau_decompte: {
    label: 'Tableau du décompte',
    group: 'Tableaux et blocs (seuls sur leur ligne)',
  },
  tableau_releve: {
    label: 'Tableau du relevé de compte',
    group: 'Tableaux et blocs (seuls sur leur ligne)',
  },
  tableau_echeances: {
    label: 'Tableau des échéances',
    group: 'Tableaux et blocs (seuls sur leur ligne)',
  },
  coordonnees_bancaires: {
    label: 'Coordonnées bancaires',
    group: 'Tableaux et blocs (seuls sur leur ligne)',
  },
};

/** Values that are only true or false: they print nothing and serve as conditions. */
const FLAGS = new Set(['relances.existe', 'releve.echu_existe']);

export interface FieldChoice {
  name: string;
  label: string;
  description: string;
  group: PlaceholderGroup;
  /** A table or the bank details: written alone on its line. */
  lineOnly: boolean;
}

/** The fields « Insérer un champ » offers: every placeholder that prints something. */
export const FIELD_CHOICES: readonly FieldChoice[] = PLACEHOLDERS.filter(
  (p) => !FLAGS.has(p.name),
).map((p) => ({
  name: p.name,
  label: NAMES[p.name]?.label ?? p.name,
  description: p.description,
  group: NAMES[p.name]?.group ?? 'Courrier',
  lineOnly: (BLOCK_NAMES as readonly string[]).includes(p.name),
}));

export interface ConditionChoice {
  /** The value tested. */
  name: string;
  /** Shown when the value is empty or false (`{{^name}}`). */
  inverted: boolean;
  label: string;
}

/** The conditions « Insérer un bloc conditionnel » offers. */
export const CONDITION_CHOICES: readonly ConditionChoice[] = [
  { name: 'relances.existe', inverted: false, label: 'Si des relances ont été envoyées' },
  { name: 'relances.existe', inverted: true, label: 'Si aucune relance n’a été envoyée' },
  { name: 'releve.echu_existe', inverted: false, label: 'Si une part du solde est échue' },
  { name: 'releve.echu_existe', inverted: true, label: 'Si rien n’est échu' },
  { name: 'contact.nom', inverted: false, label: 'Si l’interlocuteur est connu' },
  { name: 'contact.nom', inverted: true, label: 'Si l’interlocuteur n’est pas connu' },
  {
    name: 'creancier.telephone',
    inverted: false,
    label: 'Si le téléphone du créancier est renseigné',
  },
  { name: 'creancier.email', inverted: false, label: 'Si le courriel du créancier est renseigné' },
  { name: 'creancier.siren', inverted: false, label: 'Si le SIREN du créancier est renseigné' },
  { name: 'debiteur.siren', inverted: false, label: 'Si le SIREN du débiteur est renseigné' },
  { name: 'promesse.date', inverted: false, label: 'Si une promesse de paiement est enregistrée' },
];

/** The French name of a placeholder; the raw name for one that is not in the catalogue. */
export function placeholderLabel(name: string): string {
  return NAMES[name]?.label ?? name;
}

/** Whether the name is one of the catalogue's (unknown names are refused on saving). */
export function hasPlaceholderLabel(name: string): boolean {
  return Object.hasOwn(NAMES, name);
}

/** How the start of a block reads: « Si des relances ont été envoyées ». */
export function conditionLabel(name: string, inverted: boolean): string {
  const known = CONDITION_CHOICES.find((c) => c.name === name && c.inverted === inverted);
  if (known) return known.label;
  const label = placeholderLabel(name);
  return inverted
    ? `Si «\u00a0${label}\u00a0» est vide`
    : `Si «\u00a0${label}\u00a0» est renseigné`;
}
