/**
 * From a case's ledger rows to what the dossier rules need: the claim of its invoices (the same
 * computation as the letters' and the relevé's), and the facts the procedure guidance reads.
 */
import { type ClaimInput, type ClaimResult, computeClaim } from '../claim';
import type { Activity, Cents, Debtor, Invoice, IsoDate } from '../model';
import { ZERO_CENTS } from '../money';
import { interruptionsFrom, prescriptionOf } from '../prescription';
import type { ProcedureFacts } from './procedure';

export interface CaseClaimInput extends Omit<ClaimInput, 'items'> {
  /** The case's items, in the order of its `invoiceIds`. */
  caseItems: readonly Invoice[];
  /** Every item of the debtor: its open credits are deducted whatever the case lists. */
  debtorItems: readonly Invoice[];
}

/** The case's open invoices claimed, every open credit of the debtor deducted, at `asOf`. */
export function caseClaim(input: CaseClaimInput): ClaimResult {
  const { caseItems, debtorItems, ...rest } = input;
  const ids = new Set(caseItems.map((i) => i.id));
  const credits = debtorItems.filter(
    (i) => i.openCents < 0 && i.status === 'open' && !ids.has(i.id),
  );
  return computeClaim({ ...rest, items: [...caseItems, ...credits] });
}

export function procedureFactsOf(
  debtor: Pick<Debtor, 'isConsumer'>,
  invoices: readonly Invoice[],
  activities: readonly Activity[],
  asOf: IsoDate,
  interestCents: Cents,
): ProcedureFacts {
  const events = interruptionsFrom(activities);
  return {
    asOf,
    debtorIsConsumer: debtor.isConsumer === true,
    interestCents,
    invoices: invoices
      .filter((i) => i.kind === 'invoice')
      .map((i) => ({
        id: i.id,
        number: i.number,
        dueDate: i.dueDate,
        openCents: i.status === 'open' || i.status === 'disputed' ? i.openCents : ZERO_CENTS,
        disputed: i.status === 'disputed',
        lastDay: prescriptionOf(i, debtor, events).lastDay,
      })),
  };
}
