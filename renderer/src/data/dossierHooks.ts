/** Live queries of the evidence and dossier features; `undefined` while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity, Case } from '../domain/model';
import { casesRepo } from './repositories/cases';
import {
  type CaseFile,
  type CaseSummary,
  type DebtorEvidence,
  dossierSourcesRepo,
} from './repositories/dossierSources';
import { dossiersRepo } from './repositories/dossiers';

/** `null` when the case no longer exists. */
export function useCaseFile(caseId: string): CaseFile | null | undefined {
  return useLiveQuery(() => dossierSourcesRepo.caseFile(caseId), [caseId]);
}

export function useDebtorEvidence(debtorId: string): DebtorEvidence | undefined {
  return useLiveQuery(() => dossierSourcesRepo.debtorEvidence(debtorId), [debtorId]);
}

export function useCaseSummaries(): CaseSummary[] | undefined {
  return useLiveQuery(() => dossierSourcesRepo.cases(), []);
}

export function useCaseExports(caseId: string): Activity[] | undefined {
  return useLiveQuery(() => dossiersRepo.exportsOf(caseId), [caseId]);
}

export function useDebtorCases(debtorId: string): Case[] | undefined {
  return useLiveQuery(
    async () =>
      (await casesRepo.byDebtor(debtorId)).sort((a, b) => b.openedAt.localeCompare(a.openedAt)),
    [debtorId],
  );
}
