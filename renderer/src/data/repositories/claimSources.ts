/**
 * What a claim is computed from, read in one place: the policy resolved from the user's settings
 * (interest, rates, reminder templates) and a debtor's recorded facts (dated
 * payments, letters sent). Letters, the relevé, the dossier and the fiche débiteur all read it.
 */
import type { ClaimPolicy, SentLetter } from '../../domain/claim';
import type { Payment } from '../../domain/model';
import { letterSettingsRepo } from './letterSettings';
import { lettersRepo } from './letters';
import { paymentsRepo } from './payments';

export interface DebtorClaimFacts {
  payments: Payment[];
  letters: SentLetter[];
}

export const claimSourcesRepo = {
  async policy(): Promise<ClaimPolicy> {
    const [interest, rates, templates] = await Promise.all([
      letterSettingsRepo.interest(),
      letterSettingsRepo.rateBook(),
      letterSettingsRepo.templates(),
    ]);
    return {
      interest,
      rates,
      reminderTemplateIds: new Set(templates.filter((t) => t.isReminder).map((t) => t.id)),
    };
  },

  async facts(debtorId: string): Promise<DebtorClaimFacts> {
    const [payments, letters] = await Promise.all([
      paymentsRepo.byDebtor(debtorId),
      lettersRepo.byDebtor(debtorId),
    ]);
    return { payments, letters };
  },
};
