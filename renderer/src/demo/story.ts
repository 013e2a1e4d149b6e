/**
 * What the credit controllers did with the demo portfolio before today, told as the app records
 * it: disputes opened on every disputed item; the calls that obtained each promise and plan, the
 * payments that kept them and the line that says a broken one was broken; the letters and calls
 * of each ladder step (with a PDF copy of each letter); the decisions on the last step; the two
 * court cases and their pieces.
 *
 * Each debtor's ladder is played forward with the app's own rules (`evaluateLadder`): the step it
 * asks for is done shortly after it falls due, until a step that fell due recently is left for
 * today's queue. So the File d'actions, the fiche and the history agree by construction: young
 * late debtors are at the first reminder, old ones further up, in court or held by a decision.
 * Pure and deterministic: the same portfolio and options give the same story, ids included.
 */
import { CALL_OUTCOME_LABELS } from '../domain/callOutcomes';
import { type ClaimPolicy, computeClaim } from '../domain/claim';
import { addDays, daysBetween, EARLIEST_DATE, formatDateFr } from '../domain/dates';
import {
  actionKey,
  evaluateLadder,
  type LadderInputs,
  type LadderState,
} from '../domain/escalation';
import { frenchTypography } from '../domain/french';
import { itemNumbers } from '../domain/itemList';
import { CHANNEL_LABELS, type Channel, type Ladder } from '../domain/ladder';
import type { LetterTemplate } from '../domain/letters';
import type {
  Activity,
  CallOutcome,
  Case,
  Debtor,
  Invoice,
  IsoDate,
  Letter,
  LetterAmounts,
  Payment,
  SendMethod,
} from '../domain/model';
import { cents, formatEuros, sumCents } from '../domain/money';
import { coveredOpenCents, evaluatePromise } from '../domain/promiseStatus';
import type { PaymentBehaviour } from './behaviours';
import { type DemoCourtCase, type DemoDocument, openCourtCase } from './courtCases';
import { writeDemoDisputes } from './disputes';
import { DEMO_CREDITOR_NAME, letterPdf } from './pieces';
import type { DemoPromise } from './promises';
import { createRandom, type Random } from './random';
import { DEMO_AUTHOR, DemoTimeline, dayOfInstant, earlierDate, laterDate } from './timeline';

export interface DemoStoryOptions {
  seed: number;
  asOfDate: IsoDate;
  /** The escalation ladder in force (Paramètres → Relances): the story follows its steps. */
  ladder: Ladder;
  /** The letter templates in force: names, subjects, deadlines of the letters sent. */
  templates: readonly LetterTemplate[];
  /** What the letters claimed is computed as the app computes it. */
  policy: ClaimPolicy;
  /** Printed on the letters and pieces; a neutral wording when the identity is not entered. */
  creditorName?: string;
}

export interface DemoStoryInput {
  debtors: readonly Debtor[];
  behaviours: ReadonlyMap<string, PaymentBehaviour>;
  /** Every item of the ledger as loaded (open, disputed, and settled on a promise). */
  items: readonly Invoice[];
  promises: readonly DemoPromise[];
  courtCases: readonly DemoCourtCase[];
}

export interface DemoLetter {
  letter: Omit<Letter, 'pdfSha256'>;
  pdf: Uint8Array;
}

export interface DemoStory {
  activities: Activity[];
  letters: DemoLetter[];
  cases: Case[];
  documents: DemoDocument[];
  /** Payments received on promises and plans, entered by hand on their day. */
  payments: Payment[];
}

/** A step that fell due at most this many days ago may still be waiting in today's queue. */
const RECENT_DAYS = 30;
/** Chance that such a step was done anyway. */
const RECENT_DONE_RATE = 0.55;
/** A last step fallen due within this many days may still wait, or have been postponed. */
const POSTPONE_MAX_DAYS = 120;
/** Share of those left in the queue rather than postponed. */
const PROCEDURE_LEFT_RATE = 0.35;
/** Below this amount a court procedure costs more than it brings in. */
const PROCEDURE_MINIMUM_CENTS = 2_000_00;
/** At most this many debtors in collective proceedings (out of the ladder). */
const MAX_INSOLVENT = 2;
const NO_ANSWER_FIRST_RATE = 0.3;

const CALL_NOTES: Partial<Record<CallOutcome, readonly string[]>> = {
  'facture-renvoyee': [
    'le service comptable ne retrouve pas la facture : duplicata envoyé par courriel',
    'facture bloquée faute de bon de commande : copie renvoyée avec la référence',
    'nouvel interlocuteur comptable : factures renvoyées à la bonne adresse',
  ],
  refus: [
    'trésorerie tendue, aucune date de paiement proposée',
    'le gérant refuse de s’engager sur une date',
    'le client attend l’avis de son expert-comptable avant tout règlement',
  ],
  promesse: [
    'virement annoncé après l’encaissement d’un gros client',
    'règlement promis par le directeur financier',
    'paiement validé, en attente de la signature du gérant',
  ],
  echeancier: [
    'le client ne peut pas tout régler en une fois : mensualités acceptées',
    'échéancier proposé par le directeur financier, accepté sous réserve de respect strict',
  ],
};

const SNOOZE_REASONS: readonly string[] = [
  'accord de la direction financière attendu avant d’engager la procédure',
  'le commercial rencontre le client avant toute procédure',
  'solvabilité à vérifier (Kbis, derniers comptes) avant procédure',
  'proposition d’échéancier annoncée par le client',
];

/** Everything the story knows of one debtor while it plays its ladder forward. */
interface Subject {
  debtor: Debtor;
  behaviour: PaymentBehaviour;
  items: Invoice[];
  /** Payments on promises per item: each one restores the item's amount before its day. */
  paymentsByItem: Map<string, { date: IsoDate; cents: number }[]>;
  promises: DemoPromise[];
  activities: Activity[];
  letters: Letter[];
  cases: Case[];
  courtCase?: DemoCourtCase;
}

interface StoryContext {
  options: DemoStoryOptions;
  random: Random;
  timeline: DemoTimeline;
  idPrefix: string;
  today: IsoDate;
  yesterday: IsoDate;
  creditorName: string;
  templates: Map<string, LetterTemplate>;
  letters: DemoLetter[];
  cases: Case[];
  documents: DemoDocument[];
  payments: Payment[];
  insolvent: number;
}

/** When a decided promise was decided: its last payment (kept) or the day it was found broken. */
function decidedOn(p: DemoPromise): IsoDate | undefined {
  if (p.fate === 'kept-promise') return p.payments.at(-1)?.date;
  return p.brokenOn;
}

function itemsAt(subject: Subject, day: IsoDate): Invoice[] {
  return subject.items.map((item) => {
    const later = (subject.paymentsByItem.get(item.id) ?? []).filter((p) => p.date > day);
    if (later.length === 0) return item;
    const open = cents(item.openCents + later.reduce((sum, p) => sum + p.cents, 0));
    return { ...item, openCents: open, status: 'open' };
  });
}

/** The ladder's inputs as they stood on `day`: only what had happened by then. */
function inputsAt(
  ctx: StoryContext,
  subject: Subject,
  day: IsoDate,
  withoutPromise?: string,
): LadderInputs {
  const items = itemsAt(subject, day);
  const byId = new Map(items.map((item) => [item.id, item]));
  const promises = subject.promises
    .filter((p) => p.createdOn <= day && p.promise.id !== withoutPromise)
    .map((p) => {
      const decided = decidedOn(p);
      // Before it was decided, a kept or broken promise was running like any other.
      const promise =
        decided && day < decided
          ? {
              ...p.promise,
              status: 'active' as const,
              installments: p.promise.installments.map((i) => ({
                ...i,
                status: 'pending' as const,
              })),
            }
          : p.promise;
      const evaluation = evaluatePromise(promise, {
        openCents: coveredOpenCents(promise, byId),
        evidenceDate: day,
        today: day,
        graceDays: ctx.options.ladder.promiseGraceDays,
      });
      return { promise, evaluation };
    });
  return {
    debtor: subject.debtor,
    items,
    promises,
    activities: subject.activities.filter((a) => dayOfInstant(a.at) <= day),
    letters: subject.letters.filter((l) => l.date <= day),
    cases: subject.cases.filter((c) => dayOfInstant(c.openedAt) <= day),
  };
}

function ladderAt(ctx: StoryContext, subject: Subject, day: IsoDate, withoutPromise?: string) {
  return evaluateLadder(ctx.options.ladder, inputsAt(ctx, subject, day, withoutPromise), day);
}

type StepState = Extract<LadderState, { pending: unknown }>;

/**
 * The invoices a step's letter or case names on `day`: the ladder's items already due then, as
 * invoices with what they owed that day (the ladder keeps only their id, number and amounts).
 */
function stepInvoices(subject: Subject, state: StepState, day: IsoDate): Invoice[] {
  const invoices = new Map(itemsAt(subject, day).map((item) => [item.id, item]));
  return state.items.list().flatMap(({ id }) => {
    const invoice = invoices.get(id);
    return invoice && invoice.dueDate < day ? [invoice] : [];
  });
}

const by = (debtor: Debtor) => debtor.assignee ?? DEMO_AUTHOR;

/** « 1A 234 567 8901 2 »: La Poste's registered-letter numbers. */
function trackingNumber(random: Random): string {
  return `1A ${random.digits(3)} ${random.digits(3)} ${random.digits(4)} ${random.digits(1)}`;
}

/** The template's subject with the debtor's account number; other placeholders dropped. */
function subjectOf(template: LetterTemplate, debtor: Debtor): string {
  return frenchTypography(
    template.subject
      .replace(/\{\{\s*debiteur\.compte\s*\}\}/g, debtor.accountNo)
      .replace(/\{\{[^}]*\}\}/g, '')
      .replace(/\s+—\s*$/, '')
      .trim(),
  );
}

function claimAmounts(
  ctx: StoryContext,
  subject: Subject,
  items: readonly Invoice[],
  day: IsoDate,
): LetterAmounts | undefined {
  const claim = computeClaim({
    debtor: subject.debtor,
    items,
    payments: [],
    letters: subject.letters,
    asOf: day,
    policy: ctx.options.policy,
  });
  if (!claim.ok) return undefined;
  const totals = claim.claim.decompte.totals;
  return {
    principalCents: totals.outstandingPrincipalCents,
    interestCents: totals.interestDueCents,
    indemnitiesCents: totals.indemnitiesCents,
    creditsCents: totals.creditsCents,
    totalCents: totals.totalDueCents,
  };
}

const SENT_BY: Record<SendMethod, string> = {
  'courrier-simple': 'envoyé par courrier simple',
  lrar: 'envoyé en recommandé avec AR',
  email: 'préparé pour envoi par courriel',
};

/** Records a letter as lettersRepo.record does: the letter, its PDF copy, its timeline line. */
function writeLetter(
  ctx: StoryContext,
  subject: Subject,
  templateId: string,
  sendMethod: SendMethod,
  items: readonly Invoice[],
  day: IsoDate,
): Letter | undefined {
  const template = ctx.templates.get(templateId);
  if (!template || items.length === 0) return undefined;
  const { debtor } = subject;
  const amounts = claimAmounts(ctx, subject, items, day);
  const tracking = sendMethod === 'lrar' ? trackingNumber(ctx.random) : undefined;
  const letter: Letter = {
    id: `${ctx.idPrefix}-l${ctx.letters.length + 1}`,
    template: template.id,
    templateName: template.name,
    subject: subjectOf(template, debtor),
    debtorId: debtor.id,
    invoiceIds: items.map((item) => item.id),
    date: day,
    sendMethod,
    ...(tracking ? { trackingNumber: tracking } : {}),
    pdfSha256: '',
    createdAt: ctx.timeline.instant(day),
    ...(amounts ? { amounts } : {}),
    deadlineDays: template.deadlineDays,
  };
  const count = items.length;
  const total = amounts ? `, ${formatEuros(amounts.totalCents)}` : '';
  ctx.timeline.add(day, {
    at: letter.createdAt,
    debtorId: debtor.id,
    type: sendMethod === 'email' ? 'email' : 'letter',
    by: by(debtor),
    text: `Courrier « ${template.name} » ${SENT_BY[sendMethod]}${tracking ? ` n° ${tracking}` : ''} (${count} pièce${count > 1 ? 's' : ''}${total})`,
    ...(amounts ? { amountCents: amounts.totalCents } : {}),
    letterId: letter.id,
  });
  const pdf = letterPdf({
    templateId: template.id,
    templateName: template.name,
    subject: letter.subject ?? template.name,
    date: day,
    sendMethod,
    ...(tracking ? { trackingNumber: tracking } : {}),
    debtor,
    items,
    ...(amounts ? { amounts } : {}),
    creditorName: ctx.creditorName,
  });
  const { pdfSha256: _unknownYet, ...stored } = letter;
  ctx.letters.push({ letter: stored, pdf });
  subject.letters.push(letter);
  return letter;
}

/** A call with its outcome, as the guided call records it. */
function writeCall(
  ctx: StoryContext,
  subject: Subject,
  day: IsoDate,
  outcome: CallOutcome,
  note: string,
  key?: string,
  at?: string,
): Activity {
  const { debtor } = subject;
  const contact = debtor.contacts.find((c) => c.phone?.trim()) ?? debtor.contacts[0];
  const who = [contact?.name, contact?.phone].filter(Boolean).join(', ');
  return ctx.timeline.add(day, {
    ...(at ? { at } : {}),
    debtorId: debtor.id,
    type: 'call',
    by: by(debtor),
    outcome: CALL_OUTCOME_LABELS[outcome],
    text: `Appel${who ? ` (${who})` : ''} : ${CALL_OUTCOME_LABELS[outcome]}${note ? ` — ${note}` : ''}`,
    details: {
      kind: 'call',
      outcome,
      ...(key ? { actionKey: key } : {}),
      ...(contact?.name ? { contactName: contact.name } : {}),
      ...(contact?.phone ? { phone: contact.phone } : {}),
    },
  });
}

/** The written channels, most formal first: a step's letter goes by the most formal one. */
const WRITTEN_ORDER: readonly (Channel & SendMethod)[] = ['lrar', 'courrier-simple', 'email'];

/** The letter of a ladder step, by its most formal written channel, if it has one. */
function writeStepLetter(ctx: StoryContext, subject: Subject, state: StepState, day: IsoDate) {
  const { step } = state;
  const written = WRITTEN_ORDER.find((c) => step.channels.includes(c));
  const items = stepInvoices(subject, state, day);
  if (written && step.templateId) writeLetter(ctx, subject, step.templateId, written, items, day);
}

/** The letters and calls that do one ladder step on `day`. */
function doStep(ctx: StoryContext, subject: Subject, state: StepState, day: IsoDate): void {
  const { step, anchor } = state;
  const { random, yesterday } = ctx;
  const debtorId = subject.debtor.id;
  writeStepLetter(ctx, subject, state, day);
  if (step.channels.includes('telephone')) {
    const key = actionKey(debtorId, step.id, anchor, 'telephone');
    let callDay = day;
    if (random.chance(NO_ANSWER_FIRST_RATE) && addDays(day, 1) <= yesterday) {
      const call = writeCall(ctx, subject, day, 'pas-de-reponse', 'message laissé', key);
      const until = addDays(day, 1);
      ctx.timeline.add(day, {
        at: call.at,
        debtorId,
        type: 'action',
        by: by(subject.debtor),
        text: `${step.label} — ${CHANNEL_LABELS.telephone} : reportée au ${formatDateFr(until)} — Pas de réponse`,
        details: {
          kind: 'queue-decision',
          actionKey: key,
          decision: { kind: 'snoozed', until, reason: 'Pas de réponse' },
        },
      });
      callDay = until;
    }
    const outcome: CallOutcome =
      state.stepIndex === 0 || random.chance(0.4) ? 'facture-renvoyee' : 'refus';
    writeCall(ctx, subject, callDay, outcome, ctx.random.pick(CALL_NOTES[outcome] ?? ['']), key);
  }
}

/** A queue decision on the step's only channel, as the File d'actions records it. */
function decide(
  ctx: StoryContext,
  subject: Subject,
  state: StepState,
  day: IsoDate,
  decision:
    | { kind: 'skipped'; reason: string }
    | { kind: 'snoozed'; until: IsoDate; reason: string },
): void {
  const channel = state.step.channels[0] ?? 'dossier';
  const label = `${state.step.label} — ${CHANNEL_LABELS[channel]}`;
  decision.reason = frenchTypography(decision.reason);
  const text =
    decision.kind === 'skipped'
      ? `${label} : ignorée — ${decision.reason}`
      : `${label} : reportée au ${formatDateFr(decision.until)} — ${decision.reason}`;
  ctx.timeline.add(day, {
    debtorId: subject.debtor.id,
    type: 'action',
    by: by(subject.debtor),
    text,
    details: {
      kind: 'queue-decision',
      actionKey: actionKey(subject.debtor.id, state.step.id, state.anchor, channel),
      decision,
    },
  });
}

/**
 * The last step of a debtor not taken to court. Fallen due lately, it waits in today's queue or
 * was postponed a few days ago for a stated reason. Fallen due long ago, it was decided on then:
 * too small to sue, handed to a collection agency, or overtaken by the debtor's collective
 * proceedings. No debtor waits months for a decision.
 */
function settleLastStep(ctx: StoryContext, subject: Subject, state: StepState, doneOn: IsoDate) {
  const { random, today } = ctx;
  const age = daysBetween(state.dueOn, today);
  if (age <= RECENT_DAYS) return;
  const anchorAge = daysBetween(state.anchor, today);
  if (subject.behaviour === 'defaulting' && anchorAge > 300 && ctx.insolvent < MAX_INSOLVENT) {
    ctx.insolvent += 1;
    const openedOn = laterDate(addDays(today, -random.int(20, 120)), doneOn);
    const reason = frenchTypography(
      `Redressement judiciaire ouvert le ${formatDateFr(openedOn)} : créance déclarée au mandataire judiciaire`,
    );
    subject.debtor.ladderOverrides = { exclude: true, excludeReason: reason };
    subject.debtor.status = 'blocked';
    ctx.timeline.add(openedOn, {
      debtorId: subject.debtor.id,
      type: 'note',
      by: by(subject.debtor),
      text: `${reason} (${formatEuros(state.amountCents)}) ; relances suspendues`,
    });
    return;
  }
  if (age <= POSTPONE_MAX_DAYS) {
    if (random.chance(PROCEDURE_LEFT_RATE)) return;
    const decidedDay = addDays(today, -random.int(1, 20));
    decide(ctx, subject, state, laterDate(decidedDay, doneOn), {
      kind: 'snoozed',
      until: addDays(today, random.int(3, 30)),
      reason: random.pick(SNOOZE_REASONS),
    });
    return;
  }
  decide(ctx, subject, state, doneOn, {
    kind: 'skipped',
    reason:
      state.amountCents < PROCEDURE_MINIMUM_CENTS
        ? 'montant trop faible pour une procédure judiciaire : suivi amiable'
        : `créance confiée au cabinet de recouvrement (mandat du ${formatDateFr(doneOn)})`,
  });
}

function describePromise(p: DemoPromise, items: readonly Invoice[]): string {
  const { promise } = p;
  const total = sumCents(promise.installments.map((i) => i.cents));
  const numbers = items.filter((i) => promise.invoiceIds.includes(i.id)).map((i) => i.number);
  const list = numbers.length ? ` (${itemNumbers(numbers)})` : '';
  const first = promise.installments[0];
  const last = promise.installments.at(-1);
  if (promise.kind === 'promise' || !first || !last) {
    return `Promesse de paiement : ${formatEuros(total)} le ${formatDateFr(first?.date)}${list}`;
  }
  return `Échéancier accepté : ${promise.installments.length} échéances, ${formatEuros(total)} du ${formatDateFr(first.date)} au ${formatDateFr(last.date)}${list}`;
}

/**
 * The call that obtained a promise, its confirmation, the payments on it and its fate. When a
 * ladder step was due that day, its letter went out the day before (or that morning) and the
 * call is the step's call: a call that reaches the debtor settles the step it answers, and the
 * fiche then says the step's letter was sent, which it was.
 */
function writePromiseStory(
  ctx: StoryContext,
  subject: Subject,
  p: DemoPromise,
  notBefore: IsoDate,
): void {
  const { random, timeline, yesterday } = ctx;
  const { debtor } = subject;
  const { promise } = p;
  const author = by(debtor);
  const before = ladderAt(ctx, subject, p.createdOn, promise.id);
  let key: string | undefined;
  if (before.status === 'step' && before.dueOn <= p.createdOn) {
    const dayBefore = addDays(p.createdOn, -1);
    writeStepLetter(ctx, subject, before, dayBefore >= notBefore ? dayBefore : p.createdOn);
    if (before.step.channels.includes('telephone')) {
      key = actionKey(debtor.id, before.step.id, before.anchor, 'telephone');
    }
  }
  const outcome: CallOutcome = promise.kind === 'plan' ? 'echeancier' : 'promesse';
  writeCall(
    ctx,
    subject,
    p.createdOn,
    outcome,
    random.pick(CALL_NOTES[outcome] ?? ['']),
    key,
    promise.createdAt,
  );
  const covered = itemsAt(subject, p.createdOn).filter((i) => promise.invoiceIds.includes(i.id));
  const text = describePromise(p, covered);
  timeline.add(p.createdOn, {
    at: promise.createdAt,
    debtorId: debtor.id,
    type: 'promise',
    by: author,
    text,
    amountCents: sumCents(promise.installments.map((i) => i.cents)),
    invoiceIds: promise.invoiceIds,
    details: { kind: 'promise-made', promiseId: promise.id, promiseKind: promise.kind },
  });
  const confirmOn = addDays(p.createdOn, 1);
  if (promise.kind === 'plan') {
    if (random.chance(0.5)) {
      timeline.add(p.createdOn, {
        at: promise.createdAt,
        debtorId: debtor.id,
        type: 'note',
        by: author,
        text: 'Reconnaissance de dette écrite reçue : la prescription repart de ce jour',
        invoiceIds: promise.invoiceIds,
        details: { kind: 'acknowledgement', date: p.createdOn },
      });
    }
    if (confirmOn <= yesterday) {
      writeLetter(ctx, subject, 'confirmation-echeancier', 'courrier-simple', covered, confirmOn);
    }
  } else if (random.chance(0.5) && confirmOn <= yesterday) {
    writeLetter(ctx, subject, 'confirmation-promesse', 'email', covered, confirmOn);
  }

  for (const payment of p.payments) {
    const at = timeline.instant(payment.date);
    const reference = `VIR ${random.digits(7)}`;
    for (const allocation of payment.allocations) {
      ctx.payments.push({
        id: `${ctx.idPrefix}-m${ctx.payments.length + 1}`,
        debtorId: debtor.id,
        invoiceId: allocation.invoiceId,
        date: payment.date,
        cents: allocation.cents,
        source: 'manual',
        reference,
        recordedAt: at,
      });
    }
    const numbers = new Map(subject.items.map((i) => [i.id, i.number]));
    const detail = itemNumbers(
      payment.allocations.map((a) => {
        const left = a.openBefore - a.cents;
        return `${numbers.get(a.invoiceId)} ${left === 0 ? 'soldée' : `: reste ${formatEuros(cents(left))}`}`;
      }),
    );
    timeline.add(payment.date, {
      at,
      debtorId: debtor.id,
      type: 'payment',
      by: author,
      text: `Règlement constaté : ${formatEuros(payment.cents)} reçus le ${formatDateFr(payment.date)}, réf. ${reference} (${detail})`,
      amountCents: payment.cents,
      invoiceIds: payment.allocations.map((a) => a.invoiceId),
      details: {
        kind: 'payment-entry',
        date: payment.date,
        receivedCents: payment.cents,
        reference,
      },
    });
    if (p.fate === 'kept-promise' && payment === p.payments.at(-1)) {
      const what = promise.kind === 'plan' ? 'Échéancier tenu' : 'Promesse tenue';
      timeline.add(payment.date, {
        at,
        debtorId: debtor.id,
        type: 'promise',
        by: author,
        text: `${what} : ${formatEuros(sumCents(p.payments.map((x) => x.cents)))} reçus`,
        invoiceIds: promise.invoiceIds,
        details: { kind: 'promise-status', promiseId: promise.id, status: 'kept' },
      });
    }
  }

  if (p.brokenOn) {
    const paid = sumCents(p.payments.map((x) => x.cents));
    const promised = sumCents(promise.installments.map((i) => i.cents));
    const first = promise.installments[0];
    const what = promise.kind === 'plan' ? 'Échéancier' : 'Promesse';
    timeline.add(p.brokenOn, {
      debtorId: debtor.id,
      type: 'promise',
      by: author,
      text: `${what} du ${formatDateFr(first?.date)} non ${promise.kind === 'plan' ? 'respecté' : 'tenue'} : ${formatEuros(paid)} reçus sur ${formatEuros(promised)} — l’échelle de relance reprend`,
      invoiceIds: promise.invoiceIds,
      details: { kind: 'promise-status', promiseId: promise.id, status: 'broken' },
    });
    const followUp = earlierDate(addDays(p.brokenOn, random.int(1, 2)), yesterday);
    if (followUp > p.brokenOn) {
      writeCall(
        ctx,
        subject,
        followUp,
        'pas-de-reponse',
        `relance après l’${promise.kind === 'plan' ? 'échéance' : 'engagement'} non tenu, message laissé`,
      );
    }
  }
}

/** Whether the step that fell due on `dueOn` was done before today. */
function wasDone(ctx: StoryContext, dueOn: IsoDate, forced: boolean): boolean {
  if (forced) return true;
  const age = daysBetween(dueOn, ctx.today);
  if (age <= 1) return false;
  if (age <= RECENT_DAYS) return ctx.random.chance(RECENT_DONE_RATE);
  return true;
}

/** Plays one debtor's ladder and promises forward to today. */
function playDebtor(ctx: StoryContext, subject: Subject): void {
  const { today, yesterday, random } = ctx;
  const events = [...subject.promises].sort((a, b) => a.createdOn.localeCompare(b.createdOn));
  let notBefore = subject.courtCase?.startOn ?? EARLIEST_DATE;
  for (let guard = 0; guard < 40; guard++) {
    const now = ladderAt(ctx, subject, today);
    let doneOn: IsoDate | undefined;
    if (now.status === 'step' && now.dueOn <= yesterday) {
      const day = laterDate(addDays(now.dueOn, random.int(0, 3)), notBefore);
      if (day <= yesterday && wasDone(ctx, now.dueOn, subject.courtCase !== undefined)) {
        doneOn = day;
      }
    }
    const next = events[0];
    if (next && (!doneOn || next.createdOn <= doneOn)) {
      events.shift();
      writePromiseStory(ctx, subject, next, notBefore);
      notBefore = laterDate(notBefore, addDays(next.createdOn, 1));
      continue;
    }
    if (!doneOn || now.status !== 'step') break;
    const then = ladderAt(ctx, subject, doneOn);
    if (then.status !== 'step' || then.dueOn > doneOn) {
      // Held on that day (a promise then running): resume once it was decided.
      const resume = subject.promises
        .filter((p) => p.createdOn <= doneOn)
        .map(decidedOn)
        .filter((d): d is IsoDate => d !== undefined && d >= doneOn)
        .sort()[0];
      if (!resume) break;
      notBefore = addDays(resume, 1);
      continue;
    }
    if (then.step.channels.includes('dossier')) {
      if (!subject.courtCase) {
        settleLastStep(ctx, subject, then, doneOn);
        break;
      }
      const record = openCourtCase(
        {
          random,
          timeline: ctx.timeline,
          idPrefix: ctx.idPrefix,
          asOfDate: today,
          creditorName: ctx.creditorName,
          cases: ctx.cases,
          documents: ctx.documents,
        },
        subject.courtCase,
        subject.debtor,
        stepInvoices(subject, then, doneOn),
        subject.letters,
        doneOn,
      );
      subject.cases.push(record);
      break;
    }
    doStep(ctx, subject, then, doneOn);
    notBefore = addDays(doneOn, 1);
  }
  for (const p of events) writePromiseStory(ctx, subject, p, notBefore);
}

/**
 * The story of `input`, debtor by debtor. Two facts it settles are written on the input's rows,
 * in place, before they are stored: the reason of each disputed item (its dispute's category, as
 * the app writes it) and the exclusion of a debtor in collective proceedings.
 */
export function generateDemoStory(input: DemoStoryInput, options: DemoStoryOptions): DemoStory {
  const random = createRandom(options.seed, 'story');
  const idPrefix = `demo${options.seed}`;
  const timeline = new DemoTimeline(idPrefix, random);
  writeDemoDisputes(random, input.debtors, input.items, options.asOfDate, idPrefix, timeline);
  const ctx: StoryContext = {
    options,
    random,
    timeline,
    idPrefix,
    today: options.asOfDate,
    yesterday: addDays(options.asOfDate, -1),
    creditorName: options.creditorName?.trim() || DEMO_CREDITOR_NAME,
    templates: new Map(options.templates.map((t) => [t.id, t])),
    letters: [],
    cases: [],
    documents: [],
    payments: [],
    insolvent: 0,
  };
  const itemsByDebtor = new Map<string, Invoice[]>();
  for (const item of input.items) {
    const list = itemsByDebtor.get(item.debtorId);
    if (list) list.push(item);
    else itemsByDebtor.set(item.debtorId, [item]);
  }
  const promisesByDebtor = new Map<string, DemoPromise[]>();
  for (const p of input.promises) {
    const list = promisesByDebtor.get(p.promise.debtorId);
    if (list) list.push(p);
    else promisesByDebtor.set(p.promise.debtorId, [p]);
  }
  const courtCases = new Map(input.courtCases.map((c) => [c.debtorId, c]));
  for (const debtor of input.debtors) {
    const promises = promisesByDebtor.get(debtor.id) ?? [];
    const paymentsByItem = new Map<string, { date: IsoDate; cents: number }[]>();
    for (const p of promises) {
      for (const payment of p.payments) {
        for (const a of payment.allocations) {
          const list = paymentsByItem.get(a.invoiceId) ?? [];
          list.push({ date: payment.date, cents: a.cents });
          paymentsByItem.set(a.invoiceId, list);
        }
      }
    }
    const courtCase = courtCases.get(debtor.id);
    playDebtor(ctx, {
      debtor,
      behaviour: input.behaviours.get(debtor.id) ?? 'punctual',
      items: itemsByDebtor.get(debtor.id) ?? [],
      paymentsByItem,
      promises,
      activities: timeline.of(debtor.id),
      letters: [],
      cases: [],
      ...(courtCase ? { courtCase } : {}),
    });
  }
  return {
    activities: timeline.activities,
    letters: ctx.letters,
    cases: ctx.cases,
    documents: ctx.documents,
    payments: ctx.payments,
  };
}
