/**
 * The escalation ladder applied to one debtor on one day: which step is due (or next), through
 * which channels, for which items, and why — in French, for the queue.
 *
 * Rules, in order:
 * - a closed account, a debtor excluded by the user, or an open case before a court is out of
 *   the ladder;
 * - the ladder works on the debtor's overdue, open, undisputed invoices that no running promise
 *   or plan covers; all of them go into one reminder (never one letter per invoice);
 * - progress is counted from the oldest of those items' due date (the « anchor »): when it is
 *   paid, a newer item starts again from the first step;
 * - a step is done when each of its channels is done: a letter with the step's template, a
 *   decision in the queue (done or skipped), a call that reached the debtor, a case opened;
 *   a call that reached the debtor settles the whole step;
 * - a step falls due `delayDays` after the due date, the end of that month, or the previous step,
 *   and never sooner than `minimumGapDays` after the previous step;
 * - below its minimum amount a step is not worth doing and the ladder stops there.
 */
import { addDays, daysBetween, endOfMonth } from './dates';
import { channelDays, collectEvidence, furthestNamedStep } from './escalationEvidence';
import type { CompletedStep, LadderInputs } from './escalationInputs';
import {
  describeOwed,
  describeProgress,
  describeStop,
  type StopReason,
  stopSentence,
} from './escalationReason';
import { type Channel, type Ladder, type LadderStep, stepsFor } from './ladder';
import { itemRows, type LadderItems, type ReminderItems } from './ladderItems';
import type { Cents, IsoDate } from './model';
import { pausesLadder } from './promiseStatus';

export { actionKey } from './escalationEvidence';
export type { CompletedStep, LadderInputs } from './escalationInputs';
export { isLadderItem, type LadderItem } from './ladderItems';

export type LadderState =
  | { status: 'clear' }
  | {
      status: 'excluded' | 'paused' | 'finished';
      /** The whole sentence; `headline` is its head, short enough for a badge. */
      reason: string;
      headline: string;
    }
  | {
      status: 'step' | 'below-minimum';
      step: LadderStep;
      stepIndex: number;
      /** Day the step falls due (due when <= today). */
      dueOn: IsoDate;
      /** Channels still to do, in the step's order; for a strategic account, the call first. */
      pending: Channel[];
      /** Items grouped in the reminder, oldest due date first. */
      items: ReminderItems;
      amountCents: Cents;
      /** Days late of the oldest item. */
      daysLate: number;
      anchor: IsoDate;
      reason: string;
    };

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** The debtor's items as the ladder reads them: given as rows, or already so (queue summary). */
export function ladderItemsOf(items: LadderInputs['items']): LadderItems {
  return 'reminder' in items ? items : itemRows(items);
}

const COURT_STAGES = new Set(['procedure', 'execution']);

function stopReason(inputs: LadderInputs): StopReason | null {
  const { debtor } = inputs;
  if (debtor.status === 'closed') {
    return { headline: 'Compte clos', detail: 'hors échelle de relance' };
  }
  if (debtor.ladderOverrides?.exclude) {
    const why = debtor.ladderOverrides.excludeReason?.trim();
    return { headline: 'Exclu de l’échelle de relance', ...(why ? { detail: why } : {}) };
  }
  const atCourt = inputs.cases.find((c) => !c.closedAt && COURT_STAGES.has(c.stage));
  return atCourt
    ? { headline: 'Dossier contentieux en cours', detail: 'l’échelle amiable est suspendue' }
    : null;
}

function stopped(status: 'excluded' | 'paused', stop: StopReason): LadderState {
  return { status, reason: stopSentence(stop), headline: stop.headline };
}

function stepBaseDate(step: LadderStep, anchor: IsoDate, previous: IsoDate | undefined): IsoDate {
  if (step.from === 'end-of-month') return addDays(endOfMonth(anchor), step.delayDays);
  if (step.from === 'previous-step') return addDays(previous ?? anchor, step.delayDays);
  return addDays(anchor, step.delayDays);
}

export function evaluateLadder(ladder: Ladder, inputs: LadderInputs, today: IsoDate): LadderState {
  const stop = stopReason(inputs);
  const ledger = ladderItemsOf(inputs.items);
  if (stop) return ledger.anyOverdue(today) ? stopped('excluded', stop) : { status: 'clear' };

  const paused = new Set<string>();
  for (const { promise, evaluation } of inputs.promises) {
    if (pausesLadder(evaluation.state)) for (const id of promise.invoiceIds) paused.add(id);
  }
  const items = ledger.reminder(today, paused);
  if (!items) {
    const why = describeStop(inputs, ledger.overdueOwing(today), today);
    return why ? stopped('paused', why) : { status: 'clear' };
  }

  const anchor = items.oldest.dueDate;
  const { amountCents } = items;
  const steps = stepsFor(ladder, inputs.debtor.ladderOverrides);
  const strategic = inputs.debtor.ladderOverrides?.strategic === true;
  const evidence = collectEvidence(inputs);
  const jumpTo = furthestNamedStep(steps, anchor, evidence);
  const consumed = new Set<string>();
  const completed: CompletedStep[] = [];
  let previous: IsoDate | undefined;

  for (const [index, step] of steps.entries()) {
    const base = stepBaseDate(step, anchor, previous);
    const gap = previous ? addDays(previous, ladder.minimumGapDays) : base;
    const dueOn = later(base, gap);
    const done = channelDays(step, { anchor, dueOn, evidence, consumed });
    if (done.size === step.channels.length) {
      previous = [...done.values()].sort().at(-1);
      if (previous) completed.push({ step, on: previous });
      continue;
    }
    if (index < jumpTo) continue; // Passed over: a later step was done anyway.
    let pending = step.channels.filter((c) => !done.has(c));
    // Strategic account: nothing is written before the call.
    if (strategic && pending.includes('telephone')) pending = ['telephone'];
    const context = { items, amountCents, anchor, completed, inputs, today };
    const below = amountCents < step.minimumCents;
    return {
      status: below ? 'below-minimum' : 'step',
      step,
      stepIndex: index,
      dueOn,
      pending,
      items,
      amountCents,
      daysLate: daysBetween(anchor, today),
      anchor,
      reason: below ? describeOwed(context, step) : describeProgress(context),
    };
  }
  return {
    status: 'finished',
    headline: 'Échelle terminée',
    reason: `${describeProgress({ items, amountCents, anchor, completed, inputs, today })} ; toutes les étapes de l’échelle sont faites`,
  };
}
