/**
 * Alerts at the top of the File d'actions: promises broken lately (until the debtor is called
 * about it), promises whose date passed without a balance to tell, and items nearing
 * prescription (90 days ahead) or already prescribed.
 */
import type { CollectedActivity } from './collectionHistory';
import { addDays, daysBetween, todayIso } from './dates';
import { type HeldItems, isHeld } from './ladderItems';
import type { Debtor, Invoice, IsoDate, PaymentPromise } from './model';
import {
  daysLeft,
  type InterruptionEvent,
  PRESCRIPTION_WARNING_DAYS,
  prescriptionLevel,
  prescriptionOf,
  prescriptionYears,
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
  activities: readonly CollectedActivity[];
}

/** The debtor was called, or made a new promise, after the promise broke: the alert is handled. */
function followedUp(activities: readonly CollectedActivity[], since: IsoDate): boolean {
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
  /** Open or disputed items: the rows, or held apart (the queue summary's, read when needed). */
  items: readonly Pick<Invoice, 'id' | 'number' | 'kind' | 'dueDate' | 'openCents'>[] | HeldItems;
  interruptions: readonly InterruptionEvent[];
}

/**
 * A bound on the due dates that can raise an alert today: an item is at the earliest prescribed
 * on its due date's day `years` later (an interruption only moves that later), so a due date in a
 * month after this bound's cannot reach the warning window. `YYYY-MM-32`: after every day of the
 * last month at risk, before any day of the next one.
 */
function latestDueDateAtRisk(today: IsoDate, years: number): string {
  const horizon = addDays(today, PRESCRIPTION_WARNING_DAYS);
  const year = String(Number(horizon.slice(0, 4)) - years).padStart(4, '0');
  return `${year}${horizon.slice(4, 7)}-32`;
}

export function prescriptionAlerts(
  debtors: readonly DebtorItems[],
  today: IsoDate,
): PrescriptionAlert[] {
  const alerts: PrescriptionAlert[] = [];
  const bounds = new Map<number, string>();
  for (const { debtor, items, interruptions } of debtors) {
    const years = prescriptionYears(debtor.isConsumer);
    let bound = bounds.get(years);
    if (bound === undefined) {
      bound = latestDueDateAtRisk(today, years);
      bounds.set(years, bound);
    }
    for (const item of isHeld(items) ? items.owingDueBy(bound) : items) {
      if (item.kind !== 'invoice' || item.openCents <= 0 || item.dueDate > bound) continue;
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
  // The most urgent first; then by debtor and item, whatever order the items were read in.
  return alerts.sort(
    (a, b) =>
      a.daysLeft - b.daysLeft ||
      byCodeUnits(a.debtorId, b.debtorId) ||
      byCodeUnits(a.item.id, b.item.id),
  );
}

const byCodeUnits = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

export function describePrescription(alert: PrescriptionAlert, today: IsoDate): string {
  const days = daysBetween(today, alert.lastDay);
  if (days < 0) return `Prescrite depuis ${-days} jour${-days > 1 ? 's' : ''}`;
  if (days === 0) return 'Dernier jour pour agir : aujourd’hui';
  return `Prescrite dans ${days} jour${days > 1 ? 's' : ''}`;
}
