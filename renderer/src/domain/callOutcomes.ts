/** How a call can end, in the words of the Appel guidé. */
import type { CallOutcome } from './activityDetails';

export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'promesse',
  'echeancier',
  'litige',
  'rappel',
  'pas-de-reponse',
  'mauvais-numero',
  'facture-renvoyee',
  'deja-paye',
  'refus',
];

export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  promesse: 'Promesse de paiement',
  echeancier: 'Échéancier',
  litige: 'Litige',
  rappel: 'Rappel programmé',
  'pas-de-reponse': 'Pas de réponse',
  'mauvais-numero': 'Mauvais numéro',
  'facture-renvoyee': 'Facture renvoyée',
  'deja-paye': 'Déjà payé',
  refus: 'Refus de payer',
};
