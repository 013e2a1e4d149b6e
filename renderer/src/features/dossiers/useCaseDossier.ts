/**
 * Everything the dossier screen derives from the case's records: the décompte, the suggested
 * procedure, the procedure and court retained, the pieces selected, the checklist, and the plan
 * handed to the export (null while something blocks it).
 */
import { useMemo } from 'react';
import type { CaseFile } from '../../data/repositories/dossierSources';
import { incompleteCreditorMessage, missingCreditorFields } from '../../domain/creditor';
import { todayIso } from '../../domain/dates';
import { foreignCurrencyBlocker, unconfirmedRateBlocker } from '../../domain/decompteNotes';
import {
  caseChecklist,
  caseClaim,
  courtKindFor,
  type DossierPlan,
  JUDICIAL_PROCEDURES,
  noticeIssue,
  plannedPieceOf,
  procedureFactsOf,
  suggestProcedure,
} from '../../domain/dossier';
import type { Procedure } from '../../domain/model';
import { addCents, maxCents, sumCents, ZERO_CENTS } from '../../domain/money';
import { useCaseCourt } from './useCaseCourt';
import { usePieceSelection } from './usePieceSelection';

const isJudicial = (p: Procedure) => JUDICIAL_PROCEDURES.includes(p);

export function useCaseDossier(file: CaseFile) {
  const today = todayIso();
  const { caseRecord, debtor, invoices, activities, creditor } = file;
  const claimed = useMemo(
    () =>
      caseClaim({
        debtor,
        caseItems: invoices,
        debtorItems: file.debtorItems,
        payments: file.payments,
        letters: file.letters,
        asOf: today,
        policy: file.policy,
      }),
    [debtor, invoices, today, file.debtorItems, file.payments, file.letters, file.policy],
  );
  const totals = claimed.ok ? claimed.claim.decompte.totals : null;
  const advice = useMemo(
    () =>
      suggestProcedure(
        procedureFactsOf(
          debtor,
          invoices,
          activities,
          today,
          totals?.interestDueCents ?? ZERO_CENTS,
        ),
      ),
    [debtor, invoices, activities, today, totals],
  );
  const procedure: Procedure = isJudicial(caseRecord.procedure)
    ? caseRecord.procedure
    : isJudicial(advice.procedure)
      ? advice.procedure
      : 'injonction-de-payer';

  const claim = totals
    ? addCents(totals.outstandingPrincipalCents, totals.interestDueCents)
    : sumCents(invoices.map((i) => maxCents(ZERO_CENTS, i.openCents)));
  const courtKind = courtKindFor(procedure, debtor.isConsumer === true, claim);
  const court = useCaseCourt(file, courtKind);

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
  const rateBlocker = claimed.ok ? unconfirmedRateBlocker(claimed.claim.decompte) : null;
  if (!claimed.ok) blocker = `Décompte impossible : ${claimed.errors.join(' ')}`;
  else if (foreignCurrencyBlocker(claimed.claim.decompte)) {
    blocker = foreignCurrencyBlocker(claimed.claim.decompte);
  } else if (rateBlocker) blocker = rateBlocker;
  else if (court.blocker) blocker = court.blocker;
  else if (selection.selected.length === 0) blocker = 'Choisissez au moins une pièce à produire.';
  else if (missingCreditorFields(creditor, 'court-dossier').length > 0) {
    const missing = missingCreditorFields(creditor, 'court-dossier');
    blocker = `${incompleteCreditorMessage(missing, 'court-dossier')} Complétez Paramètres › Créancier.`;
  }
  const plan: DossierPlan | null =
    claimed.ok && blocker === null
      ? {
          date: today,
          procedure,
          ...court.printed,
          creditor,
          debtor,
          claim: claimed.claim,
          pieces: selection.selected.map(plannedPieceOf),
        }
      : null;

  return {
    advice,
    procedure,
    courtKind,
    court,
    selection,
    checklist,
    totalCents: totals?.totalDueCents ?? ZERO_CENTS,
    noticeIssue: claimed.ok ? noticeIssue(claimed.claim) : null,
    plan,
    blocker,
  };
}
