/** French names of the procedures and of the kinds of court (the courts themselves: domain/courts). */
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

/** The cover's heading: « Dossier d’injonction de payer », « Dossier de référé-provision ». */
export function dossierHeading(procedure: Procedure): string {
  return `Dossier ${de(PROCEDURE_LABELS[procedure].toLocaleLowerCase('fr-FR'))}`;
}
