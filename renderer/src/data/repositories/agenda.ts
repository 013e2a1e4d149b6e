/**
 * The agenda's facts: promises and plans with the state of each instalment, callbacks and note
 * reminders still to make, and the payments received, for the Agenda page and its cash forecast.
 */
import { type AgendaPromise, type Callback, pendingCallbacks } from '../../domain/agenda';
import { type CollectedActivity, historyOfRecords } from '../../domain/collectionHistory';
import type { Cents, IsoDate } from '../../domain/model';
import { getDb } from '../db';
import { collectionRepo } from './collection';
import { summaryDebtors } from './summaryDebtors';

export interface AgendaData {
  today: IsoDate;
  promises: AgendaPromise[];
  callbacks: (Callback & { debtorName: string; assignee?: string })[];
  payments: { date: IsoDate; cents: Cents }[];
  assignees: ReadonlyMap<string, string>;
}

const setsCallback = (a: CollectedActivity) =>
  a.details?.kind === 'reminder' || (a.details?.kind === 'call' && !!a.details.callBackOn);

export const agendaRepo = {
  async load(today: IsoDate): Promise<AgendaData> {
    const db = getDb();
    // The debtors' names and assignees from the queue summary, the callbacks from the collection
    // history: neither every debtor row nor a year of timeline is read.
    const [withPromises, debtors, history, payments] = await Promise.all([
      collectionRepo.withPromises(today),
      summaryDebtors(),
      db.collectionHistory.toArray(),
      db.payments.toArray(),
    ]);
    const { activities } = historyOfRecords(history);
    const byId = new Map(debtors.map((d) => [d.id, d]));
    const promises: AgendaPromise[] = withPromises.flatMap((c) =>
      c.promises.map(({ promise, evaluation }) => ({
        debtorName: c.debtor.name,
        promise,
        state: evaluation.state,
        installments: evaluation.installments,
      })),
    );
    const withCallbacks = new Set(activities.filter(setsCallback).map((a) => a.debtorId));
    const own = new Map<string, CollectedActivity[]>();
    for (const a of activities) {
      if (!withCallbacks.has(a.debtorId)) continue;
      own.set(a.debtorId, [...(own.get(a.debtorId) ?? []), a]);
    }
    const callbacks = [...own].flatMap(([debtorId, rows]) => {
      const debtor = byId.get(debtorId);
      if (!debtor) return [];
      return pendingCallbacks(debtorId, rows).map((c) => ({
        ...c,
        debtorName: debtor.name,
        ...(debtor.assignee ? { assignee: debtor.assignee } : {}),
      }));
    });
    return {
      today,
      promises,
      callbacks,
      payments: payments.map((p) => ({ date: p.date, cents: p.cents })),
      assignees: new Map(debtors.flatMap((d) => (d.assignee ? [[d.id, d.assignee]] : []))),
    };
  },
};
