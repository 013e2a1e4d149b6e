/**
 * The queue's amounts read from the one claim: what each action's items come to today, interest
 * and indemnities included, as the letter the action leads to would state it. Computed once per
 * debtor and step (the channels of a step share their items).
 */
import type { QueueAction, QueueView } from '../../domain/actionQueue';
import { computeClaim } from '../../domain/claim';
import type { Cents, Debtor, Invoice, IsoDate } from '../../domain/model';
import { getDb } from '../db';
import { claimSourcesRepo } from './claimSources';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export async function withClaimAmounts(
  view: QueueView,
  debtors: readonly Debtor[],
  items: readonly Invoice[],
  today: IsoDate,
): Promise<QueueView> {
  if (view.actions.length === 0) return view;
  const ids = [...new Set(view.actions.map((a) => a.debtorId))];
  const db = getDb();
  const [policy, payments, letters] = await Promise.all([
    claimSourcesRepo.policy(),
    db.payments.where('debtorId').anyOf(ids).toArray(),
    db.letters.where('debtorId').anyOf(ids).toArray(),
  ]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const paymentsOf = groupBy(payments, (p) => p.debtorId);
  const lettersOf = groupBy(letters, (l) => l.debtorId);
  const debtorById = new Map(debtors.map((d) => [d.id, d]));
  const totals = new Map<string, Cents | undefined>();
  const totalOf = (action: QueueAction) => {
    const key = `${action.debtorId}\u0000${action.step.id}`;
    if (totals.has(key)) return totals.get(key);
    const debtor = debtorById.get(action.debtorId);
    const stepItems = action.items.map((i) => byId.get(i.id)).filter((i) => i !== undefined);
    const result = debtor
      ? computeClaim({
          debtor,
          items: stepItems,
          payments: paymentsOf.get(action.debtorId) ?? [],
          letters: lettersOf.get(action.debtorId) ?? [],
          asOf: today,
          policy,
        })
      : undefined;
    const total = result?.ok ? result.claim.decompte.totals.totalDueCents : undefined;
    totals.set(key, total);
    return total;
  };
  return {
    ...view,
    actions: view.actions.map((action) => {
      const due = totalOf(action);
      return due === undefined ? action : { ...action, dueTodayCents: due };
    }),
  };
}
