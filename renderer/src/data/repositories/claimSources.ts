/**
 * What a claim is computed from, read in one place: the policy resolved from the user's settings
 * (interest, rates, reminder templates) and a debtor's recorded facts (dated
 * payments, letters sent). Letters, the relevé, the dossier and the fiche débiteur all read it.
 */
import type { ClaimPolicy, SentLetter } from '../../domain/claim';
import type { KnownDebtorFacts } from '../../domain/import/balanceClaim';
import type { Payment } from '../../domain/model';
import { getDb } from '../db';
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

  /**
   * What the ledger knows of a file's debtors before an import, by account number: consumers
   * and their letters (their interest runs from the mise en demeure). Professionals need nothing
   * more than the file's items, so only consumers' letters are read.
   */
  async knownDebtors(accountNos: readonly string[]): Promise<Map<string, KnownDebtorFacts>> {
    const db = getDb();
    const debtors = await db.debtors.where('accountNo').anyOf(accountNos).toArray();
    const consumers = debtors.filter((d) => d.isConsumer === true);
    const letters = await db.letters
      .where('debtorId')
      .anyOf(consumers.map((d) => d.id))
      .toArray();
    return new Map(
      consumers.map((d) => [
        d.accountNo,
        { isConsumer: true, letters: letters.filter((l) => l.debtorId === d.id) },
      ]),
    );
  },
};
