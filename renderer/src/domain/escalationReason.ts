/**
 * The ladder's reasons, in the words a credit controller would use on the phone:
 * « Facture F-1023 échue depuis 17 jours, relance 1 envoyée le 05/11 sans réponse ».
 */

import { REACHED_OUTCOMES } from './activityDetails';
import type { CollectedActivity } from './collectionHistory';
import { daysBetween, formatDateFr, todayIso } from './dates';
import type { CompletedStep, LadderInputs } from './escalationInputs';
import { type LadderStep, WRITTEN_CHANNELS } from './ladder';
import type { OverdueOwing, ReminderItems } from './ladderItems';
import type { Cents, IsoDate } from './model';
import { cents, formatEuros } from './money';

export interface ReasonContext {
  items: ReminderItems;
  amountCents: Cents;
  anchor: IsoDate;
  completed: readonly CompletedStep[];
  inputs: LadderInputs;
  today: IsoDate;
}

/** `05/11` within the year, `05/11/2025` otherwise. */
export function shortDateFr(date: IsoDate, today: IsoDate): string {
  const full = formatDateFr(date);
  return date.slice(0, 4) === today.slice(0, 4) ? full.slice(0, 5) : full;
}

function days(count: number): string {
  return count <= 1 ? `${count} jour` : `${count} jours`;
}

function owed({ items, amountCents, today }: ReasonContext): string {
  const { oldest } = items;
  const late = days(daysBetween(oldest.dueDate, today));
  if (items.count === 1) return `Facture ${oldest.number} échue depuis ${late}`;
  return `${items.count} factures échues (${formatEuros(amountCents)}), la plus ancienne, ${oldest.number}, depuis ${late}`;
}

/** The debtor answered: a call that reached them, a promise, a dispute, a payment. */
function isResponse(activity: CollectedActivity): boolean {
  const d = activity.details;
  if (!d) return false;
  if (d.kind === 'call') return REACHED_OUTCOMES.has(d.outcome);
  if (d.kind === 'payment-entry') return d.receivedCents > 0;
  return d.kind === 'promise-made' || d.kind === 'dispute-opened' || d.kind === 'acknowledgement';
}

function lastStepPhrase(ctx: ReasonContext): string {
  const last = ctx.completed.at(-1);
  if (!last) return 'aucune relance faite';
  const written = last.step.channels.some((c) => WRITTEN_CHANNELS.includes(c));
  const label = last.step.label.charAt(0).toLocaleLowerCase('fr') + last.step.label.slice(1);
  const done = `${label} ${written ? 'envoyée' : 'faite'} le ${shortDateFr(last.on, ctx.today)}`;
  const answers = ctx.inputs.activities
    .filter((a) => isResponse(a) && todayIso(new Date(a.at)) >= last.on)
    .sort((a, b) => a.at.localeCompare(b.at));
  const answer = answers.at(-1);
  return answer
    ? `${done}, dernier échange le ${shortDateFr(todayIso(new Date(answer.at)), ctx.today)}`
    : `${done} sans réponse`;
}

function brokenPromisePhrase(ctx: ReasonContext): string | null {
  const broken = ctx.inputs.promises
    .filter(
      ({ promise, evaluation }) =>
        evaluation.state === 'broken' && promise.invoiceIds.some((id) => ctx.items.has(id)),
    )
    .sort((a, b) => b.promise.createdAt.localeCompare(a.promise.createdAt))[0];
  if (!broken) return null;
  const missed =
    broken.evaluation.installments.find((i) => i.state === 'missed') ??
    broken.evaluation.installments[0];
  const when = missed ? ` du ${shortDateFr(missed.date, ctx.today)}` : '';
  return broken.promise.kind === 'plan'
    ? `échéance${when} de l’échéancier non payée`
    : `promesse${when} non tenue`;
}

export function describeProgress(ctx: ReasonContext): string {
  return [owed(ctx), brokenPromisePhrase(ctx), lastStepPhrase(ctx)].filter(Boolean).join(', ');
}

export function describeOwed(ctx: ReasonContext, step: LadderStep): string {
  return `${owed(ctx)} : ${formatEuros(ctx.amountCents)}, sous le seuil de ${formatEuros(cents(step.minimumCents))} fixé pour « ${step.label} »`;
}

/** Why the ladder stops: a headline for a badge, and what follows it when there is more to say. */
export interface StopReason {
  headline: string;
  detail?: string;
}

/** The reason as one sentence: « Promesse de paiement en cours : 1 200,00 € attendus le 15/12 ». */
export function stopSentence({ headline, detail }: StopReason): string {
  return detail ? `${headline} : ${detail}` : headline;
}

/** Why a debtor with overdue items has nothing to do; null when nothing is overdue at all. */
export function describeStop(
  inputs: LadderInputs,
  overdue: OverdueOwing,
  today: IsoDate,
): StopReason | null {
  if (overdue === 'none') return null;
  const running = inputs.promises
    .filter(({ evaluation }) => evaluation.state === 'active' || evaluation.state === 'to-verify')
    .sort((a, b) =>
      (a.evaluation.next?.date ?? '').localeCompare(b.evaluation.next?.date ?? ''),
    )[0];
  if (running) {
    const next = running.evaluation.next;
    const headline =
      running.promise.kind === 'plan' ? 'Échéancier en cours' : 'Promesse de paiement en cours';
    if (!next) return { headline };
    if (running.evaluation.state === 'to-verify') {
      return { headline, detail: `règlement du ${shortDateFr(next.date, today)} à vérifier` };
    }
    return {
      headline,
      detail: `${formatEuros(next.cents)} attendus le ${shortDateFr(next.date, today)}`,
    };
  }
  if (overdue === 'disputed') {
    return { headline: 'Pièces échues en litige', detail: 'l’échelle reprendra à la résolution' };
  }
  return null;
}
