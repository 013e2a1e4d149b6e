/**
 * The File d'actions as the controller works it: one row per debtor with everything due for it
 * today (the step's channels, a callback), found by filters and a search, in a chosen order.
 * Today's callbacks come first: the debtor was told they would be called.
 */
import type { QueueAction } from './actionQueue';
import { CALLBACK_STEP, type Callback } from './agenda';
import { daysBetween } from './dates';
import type { Channel } from './ladder';
import { NO_ITEMS } from './ladderItems';
import type { Cents, IsoDate } from './model';
import { maxCents, ZERO_CENTS } from './money';

export interface QueueRow {
  debtorId: string;
  debtorName: string;
  accountNo: string;
  assignee?: string;
  entrustedBy?: string;
  strategic: boolean;
  tags: readonly string[];
  /** The ladder step due (absent when only a callback is due). */
  stage?: { id: string; label: string };
  /** The step's due channels, calls first, and the callbacks due, as queue actions. */
  actions: QueueAction[];
  /** The callback due today or before, if any (its text and day). */
  callback?: Pick<Callback, 'date' | 'text' | 'source' | 'key'>;
  amountCents: Cents;
  dueTodayCents?: Cents;
  daysLate: number;
  /** Days the step has been waiting (0: due today). */
  overdueDays: number;
  reason: string;
  failure?: string;
  priority: number;
}

/** One row per debtor, keeping the order of `actions` (priority) for the debtors. */
export function debtorRows(
  actions: readonly QueueAction[],
  tagsOf: (debtorId: string) => readonly string[],
  callbacks: readonly (Callback & { debtorName: string; accountNo: string; assignee?: string })[],
  today: IsoDate,
): QueueRow[] {
  const rows = new Map<string, QueueRow>();
  for (const action of actions) {
    const row = rows.get(action.debtorId);
    if (row) {
      row.actions.push(action);
      if (!row.failure && action.failure) row.failure = action.failure;
      continue;
    }
    // Built field by field, not with spreads: one object per row of thousands.
    const created: QueueRow = {
      debtorId: action.debtorId,
      debtorName: action.debtorName,
      accountNo: action.accountNo,
      strategic: action.strategic,
      tags: tagsOf(action.debtorId),
      stage: { id: action.step.id, label: action.step.label },
      actions: [action],
      amountCents: action.amountCents,
      daysLate: action.daysLate,
      overdueDays: action.overdueDays,
      reason: action.reason,
      priority: action.priority,
    };
    if (action.assignee) created.assignee = action.assignee;
    if (action.entrustedBy) created.entrustedBy = action.entrustedBy;
    if (action.dueTodayCents !== undefined) created.dueTodayCents = action.dueTodayCents;
    if (action.failure) created.failure = action.failure;
    rows.set(action.debtorId, created);
  }
  for (const callback of callbacks) {
    if (callback.date > today) continue;
    const action: QueueAction = {
      key: callback.key,
      debtorId: callback.debtorId,
      debtorName: callback.debtorName,
      accountNo: callback.accountNo,
      ...(callback.assignee ? { assignee: callback.assignee } : {}),
      channel: 'telephone',
      step: { id: CALLBACK_STEP, label: 'Rappel prévu' },
      dueOn: callback.date,
      overdueDays: daysBetween(callback.date, today),
      items: NO_ITEMS,
      amountCents: rows.get(callback.debtorId)?.amountCents ?? ZERO_CENTS,
      daysLate: 0,
      reason: callback.text,
      strategic: false,
      priority: 0,
    };
    const row = rows.get(callback.debtorId);
    const due = {
      date: callback.date,
      text: callback.text,
      source: callback.source,
      key: callback.key,
    };
    if (row) {
      if (!row.callback) {
        row.callback = due;
        row.actions.unshift(action);
      }
      continue;
    }
    rows.set(callback.debtorId, {
      debtorId: callback.debtorId,
      debtorName: callback.debtorName,
      accountNo: callback.accountNo,
      ...(callback.assignee ? { assignee: callback.assignee } : {}),
      strategic: false,
      tags: tagsOf(callback.debtorId),
      actions: [action],
      callback: due,
      amountCents: ZERO_CENTS,
      daysLate: 0,
      overdueDays: 0,
      reason: callback.text,
      priority: 0,
    });
  }
  // Callbacks due first (the debtor is waiting for the call), then the queue's own order.
  return [...rows.values()].sort((a, b) => Number(!!b.callback) - Number(!!a.callback));
}

export type QueueSort = 'priority' | 'amount' | 'days-late' | 'name';

export const QUEUE_SORT_LABELS: Record<QueueSort, string> = {
  priority: 'Priorité',
  amount: 'Montant',
  'days-late': 'Retard',
  name: 'Nom',
};

export interface QueueFilters {
  search: string;
  /** Controller's name; '' = unassigned debtors. */
  assignee?: string | null;
  stage?: string | null;
  channel?: Channel | null;
  minAmountCents?: Cents | null;
  minDaysLate?: number | null;
  tag?: string | null;
  sort: QueueSort;
}

export const NO_FILTERS: QueueFilters = { search: '', sort: 'priority' };

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Rows matching every filter set, in the chosen order (ties keep the priority order). */
export function filterRows(rows: readonly QueueRow[], filters: QueueFilters): QueueRow[] {
  const search = fold(filters.search.trim());
  const result = rows.filter((row) => {
    if (filters.assignee != null && (row.assignee ?? '') !== filters.assignee) return false;
    if (
      filters.stage &&
      row.stage?.id !== filters.stage &&
      !(filters.stage === CALLBACK_STEP && row.callback)
    )
      return false;
    if (filters.channel && !row.actions.some((a) => a.channel === filters.channel)) return false;
    if (
      filters.minAmountCents != null &&
      maxCents(row.amountCents, row.dueTodayCents ?? row.amountCents) < filters.minAmountCents
    )
      return false;
    if (filters.minDaysLate != null && row.daysLate < filters.minDaysLate) return false;
    if (filters.tag && !row.tags.includes(filters.tag)) return false;
    if (search) {
      const haystack = fold(
        `${row.debtorName} ${row.accountNo} ${row.actions.flatMap((a) => a.items.list().map((i) => i.number)).join(' ')}`,
      );
      if (!haystack.includes(search)) return false;
    }
    return true;
  });
  if (filters.sort === 'priority') return result;
  const by: Record<Exclude<QueueSort, 'priority'>, (a: QueueRow, b: QueueRow) => number> = {
    amount: (a, b) => b.amountCents - a.amountCents,
    'days-late': (a, b) => b.daysLate - a.daysLate,
    name: (a, b) => a.debtorName.localeCompare(b.debtorName, 'fr'),
  };
  return result.sort(by[filters.sort]);
}

/** Distinct values the filters offer, from the rows of the queue. */
export function filterChoices(rows: readonly QueueRow[]) {
  const assignees = new Set<string>();
  const stages = new Map<string, string>();
  const tags = new Set<string>();
  for (const row of rows) {
    if (row.assignee) assignees.add(row.assignee);
    if (row.stage) stages.set(row.stage.id, row.stage.label);
    if (row.callback) stages.set(CALLBACK_STEP, 'Rappel prévu');
    for (const tag of row.tags) tags.add(tag);
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, 'fr'));
  return {
    assignees: sorted(assignees),
    stages: [...stages].map(([value, label]) => ({ value, label })),
    tags: sorted(tags),
  };
}
