/**
 * The court side of a case: the candidate courts of the debtor's département for the kind of
 * court the procedure goes to, the one confirmed on the case (checked again against that kind),
 * and what the export refuses while none fits. Courts come from the shipped list only.
 */
import { useMemo } from 'react';
import type { CaseFile } from '../../data/repositories/dossierSources';
import { dossiersRepo } from '../../data/repositories/dossiers';
import {
  type Court,
  checkConfirmedCourt,
  courtById,
  courtChoiceKey,
  courtFits,
  courtNameFor,
  courtsFor,
  departementOfPostalCode,
  needsCourt,
} from '../../domain/courts';
import { COURT_LABELS, type CourtKind } from '../../domain/dossier';

export interface CaseCourt {
  kind: CourtKind;
  /** False for a commissaire de justice: nothing to choose from the list. */
  required: boolean;
  departement: string | null;
  /** The courts of the debtor's département for that kind, by name. */
  proposals: Court[];
  /** The court last confirmed for that kind in that département, if it still fits. */
  rememberedId: string | undefined;
  /** The confirmed court, when it fits the procedure. */
  confirmed: { court: Court; name: string; address?: string[] } | null;
  /** Why the dossier cannot be exported, in French; null when the court is settled. */
  blocker: string | null;
  /** What the cover and the requête print. */
  printed: { court: string; courtAddress?: string[] };
  confirm: (court: Court) => Promise<void>;
}

export function useCaseCourt(file: CaseFile, kind: CourtKind): CaseCourt {
  const { caseRecord, debtor, courtChoices } = file;
  const departement = departementOfPostalCode(debtor.postalCode, debtor.country);
  const proposals = useMemo(() => courtsFor(kind, departement), [kind, departement]);
  const required = needsCourt(kind);
  const choice = departement ? courtChoices[courtChoiceKey(kind, departement)] : undefined;
  const choiceCourt = courtById(choice);
  const rememberedId = choiceCourt && courtFits(choiceCourt, kind) ? choiceCourt.id : undefined;
  const check = required ? checkConfirmedCourt(kind, caseRecord.courtId) : null;
  const confirmed = check?.ok ? check : null;
  const printed = confirmed
    ? { court: confirmed.name, ...(confirmed.address ? { courtAddress: confirmed.address } : {}) }
    : { court: COURT_LABELS[kind] };
  return {
    kind,
    required,
    departement,
    proposals,
    rememberedId,
    confirmed,
    blocker: check && !check.ok ? check.reason : null,
    printed,
    confirm: (court) =>
      dossiersRepo.confirmCourt(caseRecord, {
        courtId: court.id,
        name: courtNameFor(court, kind),
        kind,
        departement,
      }),
  };
}
