/** Live queries of the evidence and dossier features; `undefined` while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { Activity, Case } from '../domain/model';
import { casesRepo } from './repositories/cases';
import {
  type CaseFile,
  type CaseSummary,
  type DebtorEvidence,
  dossierSourcesRepo,
} from './repositories/dossierSources';
import { dossiersRepo } from './repositories/dossiers';
import { sameValue } from './sync/rowDiff';

/**
 * `null` when the case no longer exists. Read again on every write to the debtor's records, and
 * the export itself writes one (the activity that logs it): each part of the file equal to the
 * one read before is given back as it was, so the screen's memoised parts (the 50-piece
 * bordereau…) are not drawn again for a change they do not show.
 */
export function useCaseFile(caseId: string): CaseFile | null | undefined {
  const file = useLiveQuery(() => dossierSourcesRepo.caseFile(caseId), [caseId]);
  const previous = useRef<CaseFile | null>(null);
  return useMemo(() => {
    if (!file) return file;
    const kept = previous.current;
    const next = kept ? keepEqualParts(kept, file) : file;
    previous.current = next;
    return next;
  }, [file]);
}

function keepEqualParts<T extends object>(previous: T, next: T): T {
  const parts = Object.entries(next).map(([key, value]) => {
    const before = (previous as Record<string, unknown>)[key];
    return [key, sameValue(before, value) ? before : value];
  });
  return Object.fromEntries(parts) as T;
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
