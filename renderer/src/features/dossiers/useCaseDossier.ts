/**
 * Everything the dossier screen derives from the case's records: the décompte, the suggested
 * procedure, the procedure and court retained, the pieces selected, the checklist, and the plan
 * handed to the export (null while something blocks it).
 */
import { useMemo } from 'react';
import type { CaseFile } from '../../data/repositories/dossierSources';
import { todayIso } from '../../domain/dates';
import { unconfirmedRateBlocker } from '../../domain/decompteNotes';
import {
  caseChecklist,
  caseDecompte,
  courtKey,
  courtKindFor,
  type DossierPlan,
  defaultCourtName,
  JUDICIAL_PROCEDURES,
  plannedPieceOf,
  procedureFactsOf,
  suggestProcedure,
} from '../../domain/dossier';
import type { Procedure } from '../../domain/model';
import { sumCents } from '../../domain/money';
import { usePieceSelection } from './usePieceSelection';

const isJudicial = (p: Procedure) => JUDICIAL_PROCEDURES.includes(p);

export function useCaseDossier(file: CaseFile) {
  const today = todayIso();
  const { caseRecord, debtor, invoices, activities, creditor } = file;
  const decompte = useMemo(
    () =>
      caseDecompte({ debtor, invoices, asOf: today, settings: file.interest, rates: file.rates }),
    [debtor, invoices, today, file.interest, file.rates],
  );
  const totals = decompte.ok ? decompte.decompte.totals : null;
  const advice = useMemo(
    () =>
      suggestProcedure(
        procedureFactsOf(debtor, invoices, activities, today, totals?.interestDueCents ?? 0),
      ),
    [debtor, invoices, activities, today, totals],
  );
  const procedure: Procedure = isJudicial(caseRecord.procedure)
    ? caseRecord.procedure
    : isJudicial(advice.procedure)
      ? advice.procedure
      : 'injonction-de-payer';

  const claim = totals
    ? totals.outstandingPrincipalCents + totals.interestDueCents
    : sumCents(invoices.map((i) => Math.max(0, i.openCents)));
  const courtKind = courtKindFor(procedure, debtor.isConsumer === true, claim);
  const remembered = debtor.city ? file.courts[courtKey(courtKind, debtor.city)] : undefined;
  const court = caseRecord.court ?? remembered ?? defaultCourtName(courtKind, debtor.city);
  const courtSource = caseRecord.court ? 'case' : remembered ? 'remembered' : 'suggested';

  const selection = usePieceSelection(file.pieces, caseRecord.invoiceIds);
  const checklist = useMemo(
    () =>
      caseChecklist(
        procedure,
        invoices.filter((i) => i.kind === 'invoice'),
        selection.selected,
      ),
    [procedure, invoices, selection.selected],
  );

  let blocker: string | null = null;
  const rateBlocker = decompte.ok ? unconfirmedRateBlocker(decompte.decompte) : null;
  if (!decompte.ok) blocker = `Décompte impossible : ${decompte.errors.join(' ')}`;
  else if (rateBlocker) blocker = rateBlocker;
  else if (selection.selected.length === 0) blocker = 'Choisissez au moins une pièce à produire.';
  else if (!creditor.name.trim()) {
    blocker =
      'Renseignez l’identité du créancier (Paramètres › Créancier) : elle figure sur la requête.';
  }
  const plan: DossierPlan | null =
    decompte.ok && blocker === null
      ? {
          date: today,
          procedure,
          court,
          creditor,
          debtor,
          decompte: decompte.decompte,
          pieces: selection.selected.map(plannedPieceOf),
        }
      : null;

  return {
    advice,
    procedure,
    courtKind,
    court,
    courtSource: courtSource as 'case' | 'remembered' | 'suggested',
    selection,
    checklist,
    totalCents: totals?.totalDueCents ?? 0,
    plan,
    blocker,
  };
}
