/**
 * Alerts at the top of the File d'actions: promises broken lately (until the debtor is called
 * about it), promises whose date passed without a balance to tell, and items nearing
 * prescription (90 days ahead) or already prescribed.
 */
import { addDays, daysBetween, todayIso } from './dates';
import type { Activity, Debtor, Invoice, IsoDate, PaymentPromise } from './model';
import {
  daysLeft,
  type InterruptionEvent,
  prescriptionLevel,
  prescriptionOf,
} from './prescription';
import type { PromiseEvaluation } from './promiseStatus';

/** A broken promise stays on the queue this long, unless the debtor was called since. */
export const BROKEN_PROMISE_ALERT_DAYS = 30;

export interface PromiseAlert {
  kind: 'broken' | 'to-verify';
  promise: PaymentPromise;
  evaluation: PromiseEvaluation;
  debtorId: string;
  debtorName: string;
}

export interface PrescriptionAlert {
  debtorId: string;
  debtorName: string;
  item: Pick<Invoice, 'id' | 'number' | 'dueDate' | 'openCents'>;
  lastDay: IsoDate;
  /** 0 on the last day; negative once prescribed. */
  daysLeft: number;
  restartedBy?: InterruptionEvent;
}

export interface DebtorPromises {
  debtor: Pick<Debtor, 'id' | 'name'>;
  promises: readonly { promise: PaymentPromise; evaluation: PromiseEvaluation }[];
  activities: readonly Activity[];
}

/** The debtor was called, or made a new promise, after the promise broke: the alert is handled. */
function followedUp(activities: readonly Activity[], since: IsoDate): boolean {
  return activities.some(
    (a) =>
      (a.details?.kind === 'call' || a.details?.kind === 'promise-made') &&
      todayIso(new Date(a.at)) > since,
  );
}

export function promiseAlerts(debtors: readonly DebtorPromises[], today: IsoDate): PromiseAlert[] {
  const alerts: PromiseAlert[] = [];
  const windowStart = addDays(today, -BROKEN_PROMISE_ALERT_DAYS);
  for (const { debtor, promises, activities } of debtors) {
    for (const { promise, evaluation } of promises) {
      const base = { promise, evaluation, debtorId: debtor.id, debtorName: debtor.name };
      if (evaluation.state === 'to-verify') alerts.push({ kind: 'to-verify', ...base });
      if (evaluation.state !== 'broken') continue;
      const since = evaluation.brokenAfter ?? todayIso(new Date(promise.createdAt));
      if (since >= windowStart && !followedUp(activities, since)) {
        alerts.push({ kind: 'broken', ...base });
      }
    }
  }
  // Broken first, the latest break on top (fresh news); then checks, the oldest deadline first.
  const broken = alerts.filter((a) => a.kind === 'broken');
  const checks = alerts.filter((a) => a.kind === 'to-verify');
  const since = (a: PromiseAlert) => a.evaluation.brokenAfter ?? '';
  const deadline = (a: PromiseAlert) => a.evaluation.next?.deadline ?? '';
  return [
    ...broken.sort((a, b) => since(b).localeCompare(since(a))),
    ...checks.sort((a, b) => deadline(a).localeCompare(deadline(b))),
  ];
}

export interface DebtorItems {
  debtor: Pick<Debtor, 'id' | 'name' | 'isConsumer'>;
  /** Open or disputed items. */
  items: readonly Invoice[];
  interruptions: readonly InterruptionEvent[];
}

export function prescriptionAlerts(
  debtors: readonly DebtorItems[],
  today: IsoDate,
): PrescriptionAlert[] {
  const alerts: PrescriptionAlert[] = [];
  for (const { debtor, items, interruptions } of debtors) {
    for (const item of items) {
      if (item.kind !== 'invoice' || item.openCents <= 0) continue;
      const prescription = prescriptionOf(item, debtor, interruptions);
      const level = prescriptionLevel(prescription, today);
      const left = daysLeft(prescription, today);
      if (
        (level !== 'soon' && level !== 'prescribed') ||
        prescription.lastDay === null ||
        left === null
      )
        continue;
      alerts.push({
        debtorId: debtor.id,
        debtorName: debtor.name,
        item: {
          id: item.id,
          number: item.number,
          dueDate: item.dueDate,
          openCents: item.openCents,
        },
        lastDay: prescription.lastDay,
        daysLeft: left,
        ...(prescription.restartedBy ? { restartedBy: prescription.restartedBy } : {}),
      });
    }
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft);
}

export function describePrescription(alert: PrescriptionAlert, today: IsoDate): string {
  const days = daysBetween(today, alert.lastDay);
  if (days < 0) return `Prescrite depuis ${-days} jour${-days > 1 ? 's' : ''}`;
  if (days === 0) return 'Dernier jour pour agir : aujourd’hui';
  return `Prescrite dans ${days} jour${days > 1 ? 's' : ''}`;
}
