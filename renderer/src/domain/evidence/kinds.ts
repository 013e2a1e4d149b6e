/** The kinds of evidence a debtor's file holds, in the order a bordereau de pièces lists them. */
import type { DocumentKind } from '../model';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'contrat',
  'cgv',
  'bon-de-commande',
  'bon-de-livraison',
  'facture',
  'releve-de-compte',
  'correspondance',
  'preuve-envoi',
  'accuse-reception',
  'autre',
];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  contrat: 'Contrat',
  cgv: 'Conditions générales de vente',
  'bon-de-commande': 'Bon de commande',
  'bon-de-livraison': 'Bon de livraison',
  facture: 'Facture',
  'releve-de-compte': 'Relevé de compte',
  correspondance: 'Correspondance',
  'preuve-envoi': 'Preuve d’envoi',
  'accuse-reception': 'Accusé de réception',
  autre: 'Autre',
};

/**
 * The order a judge reads a claim in: what was agreed (contract, terms, order), what was done
 * (delivery), what is owed (invoices, statement), then what was asked (letters and their proofs).
 */
export function kindRank(kind: DocumentKind): number {
  return DOCUMENT_KINDS.indexOf(kind);
}
