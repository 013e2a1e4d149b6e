/**
 * Structured facts carried by a timeline activity, next to its French text. The text is for
 * people; these fields are what the ladder, the promise checks, the disputes and the
 * prescription read back, so that the append-only timeline is the single record of what happened.
 */
import type { CaseStage, Cents, IsoDate, Procedure } from './model';

/** How a phone call ended (Appel guidé). */
export type CallOutcome =
  | 'promesse'
  | 'echeancier'
  | 'litige'
  | 'rappel'
  | 'pas-de-reponse'
  | 'mauvais-numero'
  | 'facture-renvoyee'
  | 'deja-paye'
  | 'refus';

/** Outcomes where the debtor was actually reached: the step's written reminder is moot. */
export const REACHED_OUTCOMES: ReadonlySet<CallOutcome> = new Set<CallOutcome>([
  'promesse',
  'echeancier',
  'litige',
  'facture-renvoyee',
  'deja-paye',
  'refus',
]);

export type DisputeCategory =
  | 'prix'
  | 'quantite'
  | 'qualite'
  | 'livraison'
  | 'facture-non-recue'
  | 'doublon'
  | 'autre';

/** Avoir, réclamation rejetée, ou payé. */
export type DisputeResolution = 'avoir' | 'rejetee' | 'payee';

/** What the credit controller decided about one action of the queue. */
export type QueueDecision =
  | { kind: 'done' }
  | { kind: 'skipped'; reason: string }
  | { kind: 'snoozed'; until: IsoDate; reason?: string }
  | { kind: 'reassigned'; to: string }
  | { kind: 'failed'; reason: string };

export type ActivityDetails =
  | { kind: 'queue-decision'; actionKey: string; decision: QueueDecision }
  | {
      kind: 'call';
      outcome: CallOutcome;
      /** The queue action the call answered, when it was started from the queue. */
      actionKey?: string;
      contactName?: string;
      phone?: string;
    }
  | { kind: 'promise-made'; promiseId: string; promiseKind: 'promise' | 'plan' }
  | { kind: 'promise-status'; promiseId: string; status: 'kept' | 'broken' | 'cancelled' }
  /** A payment seen by the user (0 = « aucun règlement reçu » checked on that date). */
  | { kind: 'payment-entry'; date: IsoDate; receivedCents: Cents; reference?: string }
  /** The debtor acknowledged the debt in writing: interrupts prescription (C. civ. 2240). */
  | { kind: 'acknowledgement'; date: IsoDate }
  | { kind: 'dispute-opened'; disputeId: string; category: DisputeCategory; owner?: string }
  | { kind: 'dispute-note'; disputeId: string }
  | { kind: 'dispute-resolved'; disputeId: string; resolution: DisputeResolution }
  | {
      kind: 'stage-change';
      caseId: string;
      from?: CaseStage;
      to: CaseStage;
      procedure: Procedure;
      /** Date of the act (filing, service…), which may be earlier than the day it is logged. */
      date: IsoDate;
    };
