import type { MatchReason } from './types';

/** How the review list names each reason (French UI). */
export const MATCH_REASON_LABELS: Readonly<Record<MatchReason, string>> = {
  'invoice-number': 'numéro de facture',
  iban: 'IBAN connu',
  name: 'nom du payeur',
  'exact-amount': 'montant exact',
  'amount-set': 'montant de plusieurs factures',
  tolerance: 'montant approchant',
  partial: 'paiement partiel',
};
