/**
 * Prescription (limitation) of each open item: 5 years between merchants (C. com. L110-4),
 * 2 years for a professional's claim against a consumer (C. consom. L218-2). The clock restarts
 * in full when the debtor acknowledges the debt — in writing, by a partial payment or by agreeing
 * a payment plan (C. civ. 2240) — or on an enforcement act (2244); a court claim interrupts it
 * until the proceedings end (2241-2242). A mise en demeure does NOT interrupt it.
 *
 * Conventions (shown to the user): the period runs from the item's due date; it ends on the same
 * day-of-month N years later (29/02 -> 28/02), the last day on which to act.
 */
import type { CollectedActivity } from './collectionHistory';

import { addDays, addMonths, daysBetween, todayIso } from './dates';
import type { Debtor, IsoDate } from './model';

export type InterruptionCause =
  | 'acknowledgement'
  | 'partial-payment'
  | 'payment-plan'
  | 'court-claim'
  | 'enforcement';

export const INTERRUPTION_LABELS: Record<InterruptionCause, string> = {
  acknowledgement: 'reconnaissance de dette',
  'partial-payment': 'paiement partiel',
  'payment-plan': 'échéancier accepté',
  'court-claim': 'demande en justice',
  enforcement: 'acte d’exécution',
};

export interface InterruptionEvent {
  date: IsoDate;
  cause: InterruptionCause;
  /** Items concerned; absent means every item of the debtor. */
  invoiceIds?: readonly string[];
}

export interface Prescription {
  years: number;
  /** Start of the running period: the due date, or the last interruption. */
  runsFrom: IsoDate;
  /** Last day to act; null while a court claim holds the clock. */
  lastDay: IsoDate | null;
  restartedBy?: InterruptionEvent;
}

export type PrescriptionLevel = 'ok' | 'soon' | 'prescribed' | 'held';

/** Days ahead of the last day when the queue starts warning. */
export const PRESCRIPTION_WARNING_DAYS = 90;

export function prescriptionYears(isConsumer: boolean | undefined): number {
  return isConsumer ? 2 : 5;
}

export function prescriptionOf(
  item: { id: string; dueDate: IsoDate },
  debtor: Pick<Debtor, 'isConsumer'>,
  events: readonly InterruptionEvent[],
): Prescription {
  const years = prescriptionYears(debtor.isConsumer);
  const concerned = events
    .filter((e) => e.date >= item.dueDate && (!e.invoiceIds || e.invoiceIds.includes(item.id)))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (concerned.some((e) => e.cause === 'court-claim')) {
    const claim = concerned.find((e) => e.cause === 'court-claim');
    return {
      years,
      runsFrom: claim?.date ?? item.dueDate,
      lastDay: null,
      ...(claim ? { restartedBy: claim } : {}),
    };
  }
  const restartedBy = concerned.at(-1);
  const runsFrom = restartedBy?.date ?? item.dueDate;
  return {
    years,
    runsFrom,
    lastDay: addMonths(runsFrom, 12 * years),
    ...(restartedBy ? { restartedBy } : {}),
  };
}

export function prescriptionLevel(
  prescription: Prescription,
  today: IsoDate,
  warningDays = PRESCRIPTION_WARNING_DAYS,
): PrescriptionLevel {
  if (prescription.lastDay === null) return 'held';
  if (today > prescription.lastDay) return 'prescribed';
  if (addDays(today, warningDays) >= prescription.lastDay) return 'soon';
  return 'ok';
}

/** Days left to act (0 on the last day, negative once prescribed); null while held. */
export function daysLeft(prescription: Prescription, today: IsoDate): number | null {
  return prescription.lastDay === null ? null : daysBetween(today, prescription.lastDay);
}

const COURT_PROCEDURES = new Set([
  'injonction-de-payer',
  'refere-provision',
  'assignation-au-fond',
]);

/**
 * The interruptions recorded on a debtor's timeline: a written acknowledgement, a partial payment
 * entered by hand, a plan agreed, a court claim or an enforcement step of a case. A simple promise
 * by phone is not counted: it is hard to prove.
 */
export function interruptionsFrom(activities: readonly CollectedActivity[]): InterruptionEvent[] {
  const events: InterruptionEvent[] = [];
  for (const activity of activities) {
    const details = activity.details;
    if (!details) continue;
    const scope = activity.invoiceIds?.length ? { invoiceIds: activity.invoiceIds } : {};
    // The local calendar day the plan was agreed (an instant at 00:30 in Paris is not UTC's day).
    const day = todayIso(new Date(activity.at));
    if (details.kind === 'acknowledgement') {
      events.push({ date: details.date, cause: 'acknowledgement', ...scope });
    } else if (details.kind === 'payment-entry' && details.receivedCents > 0) {
      events.push({ date: details.date, cause: 'partial-payment', ...scope });
    } else if (details.kind === 'promise-made' && details.promiseKind === 'plan') {
      events.push({ date: day, cause: 'payment-plan', ...scope });
    } else if (details.kind === 'stage-change' && details.to === 'execution') {
      events.push({ date: details.date, cause: 'enforcement', ...scope });
    } else if (details.kind === 'stage-change' && COURT_PROCEDURES.has(details.procedure)) {
      events.push({ date: details.date, cause: 'court-claim', ...scope });
    }
  }
  return events;
}
