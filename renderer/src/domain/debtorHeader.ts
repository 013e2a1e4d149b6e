/**
 * What the head of the fiche débiteur says before anything else: where the debtor stands (its
 * stage, the next step of the ladder and its date) and what must not be missed (credit limit
 * exceeded, dispute, broken promise, prescription approaching). Pure: the fiche passes what its
 * queries loaded; amounts owed come from the claim (domain/claim), never recomputed here.
 */
import { addDays, daysBetween, formatDateFr, todayIso } from './dates';
import type { LadderState } from './escalation';
import { CHANNEL_LABELS } from './ladder';
import type { Case, Cents, Debtor, Invoice, IsoDate, Letter, PaymentPromise } from './model';
import { formatEuros, subtractCents, sumCents } from './money';
import { plural } from './numbers';
import {
  type InterruptionEvent,
  PRESCRIPTION_WARNING_DAYS,
  prescriptionLevel,
  prescriptionOf,
} from './prescription';
import type { PromiseEvaluation } from './promiseStatus';
import { type DebtorStage, debtorStage, isOpenCase, latestNotices, noticeCovers } from './stage';

export type HeaderFlagKind =
  | 'credit-limit'
  | 'credit-limit-near'
  | 'dispute'
  | 'broken-promise'
  | 'promise-to-verify'
  | 'prescribed'
  | 'prescription-soon';

export type FlagSeverity = 'danger' | 'warning';

export interface HeaderFlag {
  kind: HeaderFlagKind;
  severity: FlagSeverity;
  /** A few words, shown as the badge. */
  label: string;
  /** The facts behind it, one French sentence (tooltip and screen readers). */
  detail: string;
}

/** Share of the credit limit from which the header warns before it is exceeded. */
export const CREDIT_LIMIT_WARNING_RATIO = 0.9;

/** A broken promise stays flagged this long after its deadline, unless a newer one followed. */
export const BROKEN_PROMISE_FLAG_DAYS = 90;

export interface HeaderFlagFacts {
  today: IsoDate;
  debtor: Pick<Debtor, 'creditLimitCents' | 'isConsumer'>;
  /** The account balance (every open item, due or not, credits deducted). */
  balanceCents: Cents;
  /** The debtor's items (open ones are read; settled ones are ignored). */
  items: readonly Pick<Invoice, 'id' | 'number' | 'kind' | 'status' | 'dueDate' | 'openCents'>[];
  promises: readonly {
    promise: Pick<PaymentPromise, 'kind' | 'createdAt'>;
    evaluation: Pick<PromiseEvaluation, 'state' | 'brokenAfter'>;
  }[];
  interruptions: readonly InterruptionEvent[];
}

const isOpenItem = (item: HeaderFlagFacts['items'][number]) =>
  (item.status === 'open' || item.status === 'disputed') && item.openCents > 0;

function creditLimitFlag(facts: HeaderFlagFacts): HeaderFlag | null {
  const limit = facts.debtor.creditLimitCents;
  // No limit, or 0 (what ERPs export when none was set): nothing to compare with.
  if (limit === undefined || limit <= 0) return null;
  const balance = facts.balanceCents;
  if (balance > limit) {
    return {
      kind: 'credit-limit',
      severity: 'danger',
      label: 'Encours autorisé dépassé',
      detail: `Solde de ${formatEuros(balance)} pour un encours autorisé de ${formatEuros(limit)}\u00a0: dépassement de ${formatEuros(subtractCents(balance, limit))}.`,
    };
  }
  if (balance >= limit * CREDIT_LIMIT_WARNING_RATIO) {
    return {
      kind: 'credit-limit-near',
      severity: 'warning',
      label: 'Encours autorisé presque atteint',
      detail: `Solde de ${formatEuros(balance)} pour un encours autorisé de ${formatEuros(limit)}\u00a0: reste ${formatEuros(subtractCents(limit, balance))}.`,
    };
  }
  return null;
}

function disputeFlag(facts: HeaderFlagFacts): HeaderFlag | null {
  const disputed = facts.items.filter((i) => isOpenItem(i) && i.status === 'disputed');
  if (disputed.length === 0) return null;
  const total = sumCents(disputed.map((i) => i.openCents));
  const count = plural(disputed.length, 'pièce', 'pièces');
  return {
    kind: 'dispute',
    severity: 'warning',
    label: 'Litige en cours',
    detail: `${count} en litige pour ${formatEuros(total)}, hors échelle de relance jusqu’à leur résolution.`,
  };
}

/** The latest promise decides: a broken one is flagged until a newer promise follows it. */
function promiseFlag(facts: HeaderFlagFacts): HeaderFlag | null {
  const latest = [...facts.promises]
    .filter((p) => p.evaluation.state !== 'cancelled')
    .sort((a, b) => b.promise.createdAt.localeCompare(a.promise.createdAt))[0];
  if (!latest) return null;
  const plan = latest.promise.kind === 'plan';
  const what = plan ? 'Échéancier' : 'Promesse';
  const notKept = plan ? 'non respecté' : 'non tenue';
  // The local calendar day it was made (an instant at 00:30 in Paris is not UTC's day).
  const made = formatDateFr(todayIso(new Date(latest.promise.createdAt)));
  if (latest.evaluation.state === 'broken') {
    const after = latest.evaluation.brokenAfter;
    if (after && daysBetween(after, facts.today) > BROKEN_PROMISE_FLAG_DAYS) return null;
    return {
      kind: 'broken-promise',
      severity: 'danger',
      label: `${what} ${notKept}`,
      detail: after
        ? `${what} du ${made}\u00a0: paiement attendu au plus tard le ${formatDateFr(after)}, non reçu.`
        : `${what} du ${made}\u00a0: constaté${plan ? '' : 'e'} ${notKept}.`,
    };
  }
  if (latest.evaluation.state === 'to-verify') {
    return {
      kind: 'promise-to-verify',
      severity: 'warning',
      label: `${what} à vérifier`,
      detail: `${what} du ${made}\u00a0: l’échéance est passée sans relevé ni import plus récent pour dire si elle est payée.`,
    };
  }
  return null;
}

/** The open invoice whose prescription comes first, if it is near or past. */
function prescriptionFlag(facts: HeaderFlagFacts, warningDays: number): HeaderFlag | null {
  let first: { number: string; lastDay: IsoDate; level: 'soon' | 'prescribed' } | null = null;
  for (const item of facts.items) {
    if (item.kind !== 'invoice' || !isOpenItem(item)) continue;
    const prescription = prescriptionOf(item, facts.debtor, facts.interruptions);
    const level = prescriptionLevel(prescription, facts.today, warningDays);
    if ((level !== 'soon' && level !== 'prescribed') || prescription.lastDay === null) continue;
    if (!first || prescription.lastDay < first.lastDay) {
      first = { number: item.number, lastDay: prescription.lastDay, level };
    }
  }
  if (!first) return null;
  if (first.level === 'prescribed') {
    return {
      kind: 'prescribed',
      severity: 'danger',
      label: 'Facture prescrite',
      detail: `La facture ${first.number} est prescrite depuis le ${formatDateFr(addDays(first.lastDay, 1))} (dernier jour pour agir\u00a0: ${formatDateFr(first.lastDay)}).`,
    };
  }
  const days = daysBetween(facts.today, first.lastDay);
  return {
    kind: 'prescription-soon',
    severity: 'warning',
    label: 'Prescription proche',
    detail: `La facture ${first.number} se prescrit le ${formatDateFr(first.lastDay)} (${days === 0 ? 'aujourd’hui' : `dans ${plural(days, 'jour', 'jours')}`})\u00a0: agir en justice ou obtenir une reconnaissance de dette avant.`,
  };
}

/** The header's risk flags, the most serious first. */
export function headerFlags(
  facts: HeaderFlagFacts,
  prescriptionWarningDays = PRESCRIPTION_WARNING_DAYS,
): HeaderFlag[] {
  const flags = [
    creditLimitFlag(facts),
    promiseFlag(facts),
    prescriptionFlag(facts, prescriptionWarningDays),
    disputeFlag(facts),
  ].filter((f): f is HeaderFlag => f !== null);
  return flags.sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
}

export interface StageFileFacts {
  debtor: Pick<Debtor, 'id' | 'status'>;
  overdueCents: Cents;
  disputedCents: Cents;
  promises: readonly Pick<PaymentPromise, 'status' | 'installments'>[];
  cases: readonly Pick<Case, 'stage' | 'closedAt'>[];
  /** The letters sent to the debtor (a mise en demeure sent for what is late counts). */
  letters?: readonly Pick<Letter, 'debtorId' | 'template' | 'date'>[];
  /** Due date of the oldest invoice still owed. */
  oldestDueDate?: IsoDate;
}

/**
 * The debtor's stage from its own file, by the rule the debtor list and the dashboard use (an
 * active promise with an instalment still pending, the stages of open cases, a mise en demeure
 * sent for what is late).
 */
export function stageOfFile(facts: StageFileFacts): DebtorStage {
  const notice = latestNotices(facts.letters ?? []).get(facts.debtor.id);
  return debtorStage({
    status: facts.debtor.status,
    overdueCents: facts.overdueCents,
    disputedCents: facts.disputedCents,
    hasActivePromise: facts.promises.some(
      (p) =>
        p.status === 'active' && p.installments.some((i) => i.status === 'pending' && i.cents > 0),
    ),
    caseStages: facts.cases.filter(isOpenCase).map((c) => c.stage),
    noticeSent: noticeCovers(notice, facts.oldestDueDate),
  });
}

export type NextStepTone = 'due' | 'planned' | 'paused' | 'none';

export interface NextStepLine {
  tone: NextStepTone;
  /** « Relance 2 (Courrier simple) », « En pause », « Rien d’échu »… */
  title: string;
  /** The date the step falls due, when there is a step. */
  dueOn?: IsoDate;
  /** « due depuis le 12/11/2026 (22 jours) », « prévue le 03/12/2026 », or the ladder's reason. */
  detail: string;
}

/** The ladder's next step for the header, in words. */
export function nextStepLine(state: LadderState, today: IsoDate): NextStepLine {
  switch (state.status) {
    case 'clear':
      return { tone: 'none', title: 'Rien d’échu', detail: 'Aucune relance à faire.' };
    case 'paused':
      return { tone: 'paused', title: 'Relances en pause', detail: state.reason };
    case 'excluded':
      return { tone: 'paused', title: 'Hors échelle de relance', detail: state.reason };
    case 'finished':
      return { tone: 'due', title: 'Échelle de relance terminée', detail: state.reason };
    case 'step':
    case 'below-minimum': {
      const channels = state.pending.map((c) => CHANNEL_LABELS[c]).join(' + ');
      const title = `${state.step.label}${channels ? ` (${channels})` : ''}`;
      if (state.status === 'below-minimum') {
        return { tone: 'none', title, dueOn: state.dueOn, detail: state.reason };
      }
      if (state.dueOn > today) {
        return {
          tone: 'planned',
          title,
          dueOn: state.dueOn,
          detail: `prévue le ${formatDateFr(state.dueOn)}`,
        };
      }
      const late = daysBetween(state.dueOn, today);
      return {
        tone: 'due',
        title,
        dueOn: state.dueOn,
        detail:
          late === 0
            ? `due aujourd’hui (${formatDateFr(state.dueOn)})`
            : `due depuis le ${formatDateFr(state.dueOn)} (${plural(late, 'jour', 'jours')})`,
      };
    }
  }
}
