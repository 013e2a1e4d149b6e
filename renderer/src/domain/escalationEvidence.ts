/**
 * What shows that a ladder step was done, read from the debtor's timeline, letters and cases:
 * queue decisions, calls that reached the debtor, letters by template, cases opened.
 *
 * Evidence counts for the current episode when it is dated on or after the anchor (the oldest
 * overdue item's due date): the item was already due then, so the reminder covered it. An
 * action key names the anchor it was raised for, but only to tell the queue's actions apart; a
 * step done under an older anchor (before a dispute or a payment moved it) still counts.
 */
import { REACHED_OUTCOMES } from './activityDetails';
import { todayIso } from './dates';
import type { LadderInputs } from './escalationInputs';
import { type Channel, type LadderStep, WRITTEN_CHANNELS } from './ladder';
import type { Activity, IsoDate, Letter } from './model';
import { byCodeUnits } from './queueSummary';

/** One queue action: a debtor, a step of the episode that started at `anchor`, a channel. */
export function actionKey(debtorId: string, stepId: string, anchor: IsoDate, channel: Channel) {
  return `${debtorId}|${stepId}|${anchor}|${channel}`;
}

/** The step and channel an action key names. */
function stepAndChannel(key: string): string {
  const [, stepId = '', , channel = ''] = key.split('|');
  return `${stepId}|${channel}`;
}

const stepOf = (key: string) => key.split('|')[1] ?? '';

const dayOf = (activity: Pick<Activity, 'at'>) => todayIso(new Date(activity.at));

export interface Evidence {
  /** Days a step's channel was done or skipped (`step|channel` -> days), whatever the anchor. */
  decided: Map<string, IsoDate[]>;
  reachedCalls: { on: IsoDate; stepId?: string; id: string }[];
  letters: readonly Pick<Letter, 'template' | 'date'>[];
  caseDays: IsoDate[];
}

/** Nothing recorded yet (most debtors): shared, as evidence is only ever read. */
const NO_EVIDENCE: Evidence = { decided: new Map(), reachedCalls: [], letters: [], caseDays: [] };

export function collectEvidence(inputs: LadderInputs): Evidence {
  const { activities, letters, cases } = inputs;
  if (activities.length === 0 && letters.length === 0 && cases.length === 0) return NO_EVIDENCE;
  // The latest decision on an action stands: « done » then « failed » is not done.
  const latest = new Map<string, IsoDate | null>();
  const reachedCalls: Evidence['reachedCalls'] = [];
  // Timestamps in one ISO format: compared by code units (localeCompare goes through ICU).
  const sorted = [...inputs.activities].sort((a, b) => byCodeUnits(a.at, b.at));
  for (const activity of sorted) {
    const details = activity.details;
    if (details?.kind === 'queue-decision') {
      const done = details.decision.kind === 'done' || details.decision.kind === 'skipped';
      latest.set(details.actionKey, done ? dayOf(activity) : null);
    } else if (details?.kind === 'call' && REACHED_OUTCOMES.has(details.outcome)) {
      // A callback (agenda.ts) names no ladder step: the call counts like any other.
      const named = details.actionKey ? stepOf(details.actionKey) : undefined;
      const stepId = named?.startsWith('_') ? undefined : named;
      reachedCalls.push({ on: dayOf(activity), id: activity.id, ...(stepId ? { stepId } : {}) });
    }
  }
  const decided = new Map<string, IsoDate[]>();
  for (const [key, day] of latest) {
    if (!day) continue;
    const name = stepAndChannel(key);
    decided.set(name, [...(decided.get(name) ?? []), day]);
  }
  const caseDays = inputs.cases.map((c) => todayIso(new Date(c.openedAt)));
  return { decided, reachedCalls, letters: inputs.letters, caseDays };
}

export interface StepContext {
  anchor: IsoDate;
  dueOn: IsoDate;
  evidence: Evidence;
  /** Calls already counted for an earlier step. */
  consumed: Set<string>;
}

function firstOnOrAfter(days: readonly IsoDate[] | undefined, from: IsoDate): IsoDate | undefined {
  return days?.filter((d) => d >= from).sort()[0];
}

function letterDay(step: LadderStep, evidence: Evidence, anchor: IsoDate): IsoDate | undefined {
  if (!step.templateId || evidence.letters.length === 0) return undefined;
  return firstOnOrAfter(
    evidence.letters.filter((l) => l.template === step.templateId).map((l) => l.date),
    anchor,
  );
}

/**
 * Day each channel of the step was done. A call that reached the debtor settles the whole step:
 * one raised for this step, or any made once the step was due; `consumed` keeps it to one step.
 */
export function channelDays(step: LadderStep, ctx: StepContext): Map<Channel, IsoDate> {
  const { evidence, anchor } = ctx;
  const done = new Map<Channel, IsoDate>();
  const call = evidence.reachedCalls.find(
    (c) =>
      !ctx.consumed.has(c.id) &&
      c.on >= anchor &&
      (c.stepId ? c.stepId === step.id : c.on >= ctx.dueOn),
  );
  if (call) ctx.consumed.add(call.id);
  const letter = letterDay(step, evidence, anchor);
  for (const channel of step.channels) {
    const decided = firstOnOrAfter(evidence.decided.get(`${step.id}|${channel}`), anchor);
    const written = WRITTEN_CHANNELS.includes(channel) ? letter : undefined;
    const opened = channel === 'dossier' ? firstOnOrAfter(evidence.caseDays, anchor) : undefined;
    const day = decided ?? written ?? opened ?? call?.on;
    if (day) done.set(channel, day);
  }
  return done;
}

/** Highest step with evidence that names it (its letter, a decision on it, a case opened). */
export function furthestNamedStep(
  steps: readonly LadderStep[],
  anchor: IsoDate,
  evidence: Evidence,
) {
  let furthest = -1;
  // Nothing names a step: most debtors, none of whose reminders was recorded yet.
  if (
    evidence.letters.length === 0 &&
    evidence.decided.size === 0 &&
    evidence.caseDays.length === 0
  )
    return furthest;
  steps.forEach((step, index) => {
    const letter = letterDay(step, evidence, anchor);
    const decided = step.channels.some((c) =>
      firstOnOrAfter(evidence.decided.get(`${step.id}|${c}`), anchor),
    );
    const opened = step.channels.includes('dossier') && firstOnOrAfter(evidence.caseDays, anchor);
    if (letter || decided || opened) furthest = index;
  });
  return furthest;
}
