/**
 * The File d'actions: one action per debtor, due step and channel, for the day. Each action
 * carries what the controller decided about it (snoozed, reassigned, failed), is checked against
 * the debtor's contacts (an e-mail without an address is failed, never silently queued), and is
 * ranked: strategic accounts first, then amount × days late.
 */

import type { QueueDecision } from './activityDetails';
import type { CollectedActivity } from './collectionHistory';
import { daysBetween } from './dates';
import { actionKey, type LadderState } from './escalation';
import type { Channel, LadderStep } from './ladder';
import type { ItemList, ReminderItem } from './ladderItems';
import type { Cents, Debtor, IsoDate } from './model';
import { type QueueDebtor, type Reach, reachOf } from './queueSummary';

export type QueueItem = ReminderItem;

export interface QueueAction {
  key: string;
  debtorId: string;
  debtorName: string;
  accountNo: string;
  /** Who does it: the debtor's credit controller, or whom it was reassigned to. */
  assignee?: string;
  /** The absent controller whose portfolio was entrusted to the one working it (hand-over). */
  entrustedBy?: string;
  channel: Channel;
  step: Pick<LadderStep, 'id' | 'label' | 'templateId'>;
  dueOn: IsoDate;
  /** Days since the action fell due (0: today). */
  overdueDays: number;
  /** The step's items (`list()` reads them: a row drawn, a search, a dispute). */
  items: ItemList;
  amountCents: Cents;
  /**
   * What the step's items come to today with late-payment interest and indemnities (the claim
   * a letter sent now would state); absent when it cannot be computed (a rate is missing).
   */
  dueTodayCents?: Cents;
  daysLate: number;
  reason: string;
  strategic: boolean;
  priority: number;
  /** Why the action cannot be done as planned. */
  failure?: string;
}

export interface DebtorLadder {
  /** The debtor's row, or what the queue summary keeps of it. */
  debtor: Debtor | QueueDebtor;
  state: LadderState;
  /** The debtor's activities (the queue decisions are read from them). */
  activities: readonly CollectedActivity[];
}

export interface QueueView {
  actions: QueueAction[];
  /** Actions postponed to a later day by a decision. */
  snoozed: number;
}

/** The latest decision per action key. */
export function latestDecisions(
  activities: readonly CollectedActivity[],
): Map<string, QueueDecision> {
  if (activities.length === 0) return new Map();
  const latest = new Map<string, { at: string; decision: QueueDecision }>();
  for (const activity of activities) {
    const details = activity.details;
    if (details?.kind !== 'queue-decision') continue;
    const seen = latest.get(details.actionKey);
    if (!seen || activity.at >= seen.at) {
      latest.set(details.actionKey, { at: activity.at, decision: details.decision });
    }
  }
  return new Map([...latest].map(([key, { decision }]) => [key, decision]));
}

const reachFor = (debtor: Debtor | QueueDebtor): Reach =>
  'reach' in debtor ? debtor.reach : reachOf(debtor);

/** Why a channel cannot reach this debtor, from the contacts and the address on file. */
export function contactFailure(
  debtor: Debtor | QueueDebtor,
  channel: Channel,
  reach: Reach = reachFor(debtor),
): string | undefined {
  if (channel === 'telephone' && !reach.phone) {
    return 'Aucun numéro de téléphone dans la fiche';
  }
  if (channel === 'email' && !reach.email) {
    return 'Aucune adresse e-mail dans la fiche : envoyez la relance par courrier';
  }
  if ((channel === 'courrier-simple' || channel === 'lrar') && !reach.postal) {
    return 'Adresse postale incomplète dans la fiche';
  }
  return undefined;
}

/**
 * Actions due on or before `today`. With a `user`, only theirs and the unassigned ones; without,
 * everyone's.
 */
export function buildQueue(
  ladders: readonly DebtorLadder[],
  today: IsoDate,
  user?: string,
): QueueView {
  const actions: QueueAction[] = [];
  let snoozed = 0;
  for (const { debtor, state, activities } of ladders) {
    if (state.status !== 'step' || state.dueOn > today) continue;
    const decisions = latestDecisions(activities);
    const reach = reachFor(debtor);
    // What the debtor's actions share (one object each, not one per action).
    const step = { id: state.step.id, label: state.step.label, templateId: state.step.templateId };
    const overdueDays = daysBetween(state.dueOn, today);
    const strategic = debtor.ladderOverrides?.strategic === true;
    // Euros × days: a large old debt before a small recent one.
    const priority = Math.round(state.amountCents / 100) * state.daysLate;
    for (const channel of state.pending) {
      const key = actionKey(debtor.id, state.step.id, state.anchor, channel);
      const decision = decisions.get(key);
      if (decision?.kind === 'snoozed' && decision.until > today) {
        snoozed += 1;
        continue;
      }
      const assignee = decision?.kind === 'reassigned' ? decision.to : debtor.assignee;
      if (user && assignee && assignee !== user) continue;
      const failure =
        decision?.kind === 'failed' ? decision.reason : contactFailure(debtor, channel, reach);
      const action: QueueAction = {
        key,
        debtorId: debtor.id,
        debtorName: debtor.name,
        accountNo: debtor.accountNo,
        channel,
        step,
        dueOn: state.dueOn,
        overdueDays,
        // One list for the debtor's actions: they name the same items.
        items: state.items,
        amountCents: state.amountCents,
        daysLate: state.daysLate,
        reason: state.reason,
        strategic,
        priority,
      };
      if (assignee) action.assignee = assignee;
      if (failure) action.failure = failure;
      actions.push(action);
    }
  }
  actions.sort(byUrgency);
  return { actions, snoozed };
}

/**
 * Strategic debtors first, then by priority; a debtor's actions stay together in the order of its
 * ladder's channels. The debtor id breaks ties so that queues built apart (a part of the ledger
 * each) and merged sort exactly as one built at once.
 */
export function byUrgency(a: QueueAction, b: QueueAction): number {
  return (
    Number(b.strategic) - Number(a.strategic) ||
    b.priority - a.priority ||
    (a.debtorId === b.debtorId ? 0 : a.debtorId < b.debtorId ? -1 : 1)
  );
}

/** Queues built apart, one per part of the ledger, as one. */
export function mergeQueues(parts: readonly QueueView[]): QueueView {
  const actions = parts.flatMap((part) => part.actions).sort(byUrgency);
  return { actions, snoozed: parts.reduce((sum, part) => sum + part.snoozed, 0) };
}
