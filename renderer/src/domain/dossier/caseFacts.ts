/**
 * From a case's ledger rows to what the dossier rules need: the décompte of its invoices (the
 * interest engine, the same as the letters'), and the facts the procedure guidance reads.
 */
import type { DecompteResult } from '../decompte';
import { computeDecompte } from '../interest';
import type { InterestSettings } from '../interestSettings';
import { claimsOf, creditsOf } from '../letters/items';
import type { Activity, Debtor, Invoice, IsoDate } from '../model';
import { interruptionsFrom, prescriptionOf } from '../prescription';
import type { RateBook } from '../rates';
import type { ProcedureFacts } from './procedure';

/**
 * The interest rules for this debtor: the user's settings between professionals; against a
 * consumer, the taux légal and no 40 € indemnity (D441-5 applies between professionals only).
 */
export function interestFor(
  settings: InterestSettings,
  debtor: Pick<Debtor, 'isConsumer'>,
): InterestSettings {
  if (!debtor.isConsumer) return settings;
  return { ...settings, basis: { kind: 'taux-legal', creditor: 'autres' }, indemnityCents: 0 };
}

export interface CaseDecompteInput {
  debtor: Pick<Debtor, 'isConsumer'>;
  invoices: readonly Invoice[];
  asOf: IsoDate;
  settings: InterestSettings;
  rates: RateBook;
}

/** Open invoices of the case claimed, open credits deducted, at `asOf`. */
export function caseDecompte(input: CaseDecompteInput): DecompteResult {
  const open = input.invoices.filter((i) => i.status === 'open' || i.status === 'disputed');
  return computeDecompte({
    invoices: claimsOf(open),
    credits: creditsOf(open),
    asOf: input.asOf,
    settings: interestFor(input.settings, input.debtor),
    rates: input.rates,
  });
}

export function procedureFactsOf(
  debtor: Pick<Debtor, 'isConsumer'>,
  invoices: readonly Invoice[],
  activities: readonly Activity[],
  asOf: IsoDate,
  interestCents: number,
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
        openCents: i.status === 'open' || i.status === 'disputed' ? i.openCents : 0,
        disputed: i.status === 'disputed',
        lastDay: prescriptionOf(i, debtor, events).lastDay,
      })),
  };
}
