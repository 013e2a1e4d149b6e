/** French names of the procedures and courts, and the court a city's debtor is sent to. */
import type { Procedure } from '../model';

export const PROCEDURE_LABELS: Record<Procedure, string> = {
  amiable: 'Recouvrement amiable',
  'injonction-de-payer': 'Injonction de payer',
  'petites-creances': 'Procédure simplifiée de recouvrement des petites créances',
  'refere-provision': 'Référé-provision',
  'assignation-au-fond': 'Assignation au fond',
  execution: 'Exécution forcée',
};

/** Short code of the file names: « Dossier IP – Débiteur – 2026-11-23.pdf ». */
export const PROCEDURE_CODES: Record<Procedure, string> = {
  amiable: 'amiable',
  'injonction-de-payer': 'IP',
  'petites-creances': 'PC',
  'refere-provision': 'RP',
  'assignation-au-fond': 'AF',
  execution: 'exécution',
};

/** The procedures a dossier can be exported for, in the order the user is offered them. */
export const JUDICIAL_PROCEDURES: readonly Procedure[] = [
  'injonction-de-payer',
  'petites-creances',
  'refere-provision',
  'assignation-au-fond',
];

export type CourtKind =
  | 'tribunal-de-commerce'
  | 'tribunal-judiciaire'
  | 'juge-contentieux-protection'
  | 'commissaire-de-justice'
  | 'aucun';

export const COURT_LABELS: Record<CourtKind, string> = {
  'tribunal-de-commerce': 'Tribunal de commerce',
  'tribunal-judiciaire': 'Tribunal judiciaire',
  'juge-contentieux-protection': 'Juge des contentieux de la protection du tribunal judiciaire',
  'commissaire-de-justice': 'Commissaire de justice',
  aucun: 'Aucune juridiction',
};

/** « de payer », « d’injonction »: « de » elided before a vowel or a mute h. */
function de(words: string): string {
  return /^[aeiouyàâéèêëîïôûüh]/i.test(words) ? `d’${words}` : `de ${words}`;
}

/** « de Lyon », « d’Orléans », « du Mans », « des Sables-d’Olonne ». */
export function ofCity(city: string): string {
  const name = city.trim();
  if (/^le\s/i.test(name)) return `du ${name.slice(3)}`;
  if (/^les\s/i.test(name)) return `des ${name.slice(4)}`;
  return de(name);
}

/** The cover's heading: « Dossier d’injonction de payer », « Dossier de référé-provision ». */
export function dossierHeading(procedure: Procedure): string {
  return `Dossier ${de(PROCEDURE_LABELS[procedure].toLocaleLowerCase('fr-FR'))}`;
}

/**
 * A starting point for the court field, to be checked: the territorial court is that of the
 * debtor's domicile, whose seat is not always in the debtor's own town.
 */
export function defaultCourtName(kind: CourtKind, city: string | undefined): string {
  if (kind === 'aucun') return '';
  if (!city?.trim()) return COURT_LABELS[kind];
  if (kind === 'commissaire-de-justice') return `Commissaire de justice à ${city.trim()}`;
  if (kind === 'juge-contentieux-protection') {
    return `Juge des contentieux de la protection, tribunal judiciaire ${ofCity(city)}`;
  }
  return `${COURT_LABELS[kind]} ${ofCity(city)}`;
}

/** Key of a remembered court: « tribunal-de-commerce|saint-etienne » (accents, case ignored). */
export function courtKey(kind: CourtKind, city: string): string {
  const town = city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kind}|${town}`;
}
