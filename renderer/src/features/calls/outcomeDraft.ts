/** The outcome form of the Appel guidé, and what it records. */
import type { CallInput } from '../../data/repositories/calls';
import type { CallOutcome } from '../../domain/activityDetails';
import { addDays, isIsoDate } from '../../domain/dates';
import type { Cents, Contact, IsoDate } from '../../domain/model';
import { centsFromNumber, ZERO_CENTS } from '../../domain/money';
import type { PaymentDraft } from '../../domain/plans';
import { type DisputeDraft, disputeDraftValid, EMPTY_DISPUTE } from '../disputes';

export interface OutcomeDraft {
  outcome: CallOutcome | null;
  notes: string;
  /** Items covered by a promise or a plan. */
  invoiceIds: string[];
  promiseDate: string;
  promiseEuros: number | string;
  planPayments: PaymentDraft[];
  acknowledged: boolean;
  dispute: DisputeDraft;
  callBackOn: string;
  paidDate: string;
  paidEuros: number | string;
  paidReference: string;
}

export function emptyDraft(today: IsoDate, invoiceIds: string[], owedCents: Cents): OutcomeDraft {
  return {
    outcome: null,
    notes: '',
    invoiceIds,
    promiseDate: addDays(today, 7),
    promiseEuros: owedCents / 100,
    planPayments: [],
    acknowledged: false,
    dispute: EMPTY_DISPUTE,
    callBackOn: addDays(today, 1),
    paidDate: today,
    paidEuros: '',
    paidReference: '',
  };
}

const euros = (value: number | string) =>
  typeof value === 'number' ? centsFromNumber(value) : ZERO_CENTS;

/** The call to record, or a French reason why the form is not complete. */
export function callFromDraft(
  draft: OutcomeDraft,
  context: { debtorId: string; contact?: Contact; action?: { key: string; label: string } },
): CallInput | string {
  if (!draft.outcome) return 'Choisissez l’issue de l’appel.';
  const base: CallInput = {
    debtorId: context.debtorId,
    outcome: draft.outcome,
    notes: draft.notes,
    ...(context.action ? { action: context.action } : {}),
    ...(context.contact ? { contactName: context.contact.name } : {}),
    ...(context.contact?.phone ? { phone: context.contact.phone } : {}),
  };
  switch (draft.outcome) {
    case 'promesse':
    case 'echeancier': {
      if (draft.invoiceIds.length === 0) return 'Choisissez les factures concernées.';
      const payments =
        draft.outcome === 'promesse'
          ? [{ date: draft.promiseDate, cents: euros(draft.promiseEuros) }]
          : draft.planPayments;
      const kind = draft.outcome === 'promesse' ? 'promise' : 'plan';
      return {
        ...base,
        promise: {
          debtorId: context.debtorId,
          kind,
          invoiceIds: draft.invoiceIds,
          payments,
          acknowledged: draft.acknowledged,
          note: draft.notes,
        },
      };
    }
    case 'litige': {
      const d = draft.dispute;
      if (!disputeDraftValid(d) || !d.category)
        return 'Choisissez les factures contestées et le motif.';
      return {
        ...base,
        dispute: {
          debtorId: context.debtorId,
          invoiceIds: d.invoiceIds,
          category: d.category,
          ...(d.owner ? { owner: d.owner } : {}),
          notes: d.notes,
        },
      };
    }
    case 'rappel':
      if (!isIsoDate(draft.callBackOn)) return 'Indiquez la date du rappel.';
      return { ...base, callBackOn: draft.callBackOn };
    case 'deja-paye':
      if (!isIsoDate(draft.paidDate) || euros(draft.paidEuros) <= 0)
        return 'Indiquez la date et le montant du paiement annoncé.';
      return {
        ...base,
        declaredPayment: {
          date: draft.paidDate,
          cents: euros(draft.paidEuros),
          reference: draft.paidReference.trim(),
        },
      };
    default:
      return base;
  }
}
