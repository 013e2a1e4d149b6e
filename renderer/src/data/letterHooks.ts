/** Live queries of the letters feature; `undefined` while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterestSettings } from '../domain/interestSettings';
import type { LetterTemplate } from '../domain/letters';
import type { Debtor, IsoDate, Letter } from '../domain/model';
import type { RateBook, UserRate } from '../domain/rates';
import { letterSettingsRepo } from './repositories/letterSettings';
import {
  type DebtorLetterSources,
  type LetterCommons,
  letterSourcesRepo,
  type OverdueDebtor,
} from './repositories/letterSources';
import { lettersRepo } from './repositories/letters';
import type { DebtorName } from './repositories/summaryDebtors';

export function useSentLetters(): Letter[] | undefined {
  return useLiveQuery(() => lettersRepo.list());
}

export function useLetterTemplates(): LetterTemplate[] | undefined {
  return useLiveQuery(() => letterSettingsRepo.templates());
}

export function useInterestSettings(): InterestSettings | undefined {
  return useLiveQuery(() => letterSettingsRepo.interest());
}

export function useUserRates(): UserRate[] | undefined {
  return useLiveQuery(() => letterSettingsRepo.userRates());
}

export function useRateBook(): RateBook | undefined {
  return useLiveQuery(() => letterSettingsRepo.rateBook());
}

export function useLetterCommons(): LetterCommons | undefined {
  return useLiveQuery(() => letterSourcesRepo.commons());
}

/** `null` when the debtor does not exist; `undefined` while loading or without a debtor. */
export function useDebtorLetterSources(
  debtorId: string | null,
): DebtorLetterSources | null | undefined {
  return useLiveQuery(
    () => (debtorId ? letterSourcesRepo.forDebtor(debtorId) : undefined),
    [debtorId],
  );
}

export function useDebtorChoices(): DebtorName[] | undefined {
  return useLiveQuery(() => letterSourcesRepo.debtorChoices());
}

/** Debtors with open items, by name (examples for the template editor's live preview). */
export function useExampleDebtors(): Debtor[] | undefined {
  return useLiveQuery(() => letterSourcesRepo.exampleDebtors());
}

export function useOverdueDebtors(date: IsoDate): OverdueDebtor[] | undefined {
  return useLiveQuery(() => letterSourcesRepo.overdueDebtors(date), [date]);
}
