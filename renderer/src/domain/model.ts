/**
 * Entities of the receivables ledger. Pure types shared by the domain rules, the data layer and
 * the features. Money is always integer cents; calendar dates are `YYYY-MM-DD` strings;
 * timestamps are ISO instants.
 */
import type { ColumnMapping, HeaderRange } from './import/columnMapping';

declare const centsBrand: unique symbol;
/**
 * Integer number of euro cents, never a float of euros. Branded: a plain number is not one; the
 * only ways in are the functions of money.ts (`cents`, `centsFromNumber`, `parseAmount`,
 * `roundCents`, `roundCentsFraction` and the arithmetic helpers `addCents`, `sumCents`…).
 */
export type Cents = number & { readonly [centsBrand]: true };
declare const isoDateBrand: unique symbol;
/**
 * Calendar date as `YYYY-MM-DD` (no time, no zone). Branded: a plain string is not one; the only
 * ways in are the functions of dates.ts (`isoDate`, `parseDateFr`, `makeIsoDate`, `isIsoDate`,
 * `todayIso` and the date arithmetic), so a date in the ledger has always been checked.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };
/** Instant as an ISO 8601 string with zone, e.g. `2026-11-23T16:30:00.000Z`. */
export type IsoInstant = string;

export type DebtorStatus = 'active' | 'blocked' | 'litigation' | 'closed';

export type ContactRole =
  | 'comptabilite-fournisseurs'
  | 'daf'
  | 'dirigeant'
  | 'achats'
  | 'juridique'
  | 'autre';

export interface Contact {
  id: string;
  name: string;
  role: ContactRole;
  phone?: string;
  email?: string;
  bestTime?: string;
}

export interface Debtor {
  id: string;
  /** ERP customer code, unique. */
  accountNo: string;
  name: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  addressLines: string[];
  postalCode?: string;
  city?: string;
  country?: string;
  contacts: Contact[];
  paymentTermsDays?: number;
  creditLimitCents?: Cents;
  assignee?: string;
  tags: string[];
  status: DebtorStatus;
  /** A consumer debtor changes the interest rules and the prescription period. */
  isConsumer?: boolean;
  notes?: string;
  /** Exceptions to the escalation ladder for this debtor (Appel guidé, fiche débiteur). */
  ladderOverrides?: LadderOverrides;
  /** IBANs the debtor paid from, learned from confirmed bank matches. */
  payerIbans?: string[];
}

export interface LadderOverrides {
  /** Out of the ladder altogether (the reason is shown wherever the debtor would appear). */
  exclude?: boolean;
  excludeReason?: string;
  /** Strategic account: called before any letter, listed first in the queue. */
  strategic?: boolean;
  /** Delay in days per ladder step id, replacing the step's own delay. */
  delays?: Record<string, number>;
}

export type InvoiceKind = 'invoice' | 'credit-note' | 'unapplied-payment';
export type InvoiceStatus = 'open' | 'paid' | 'disputed' | 'written-off';

export interface Invoice {
  id: string;
  debtorId: string;
  /** Document number, unique per debtor. */
  number: string;
  kind: InvoiceKind;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  /** Original amount TTC; negative for credit notes and unapplied payments. */
  amountCents: Cents;
  /** Amount still open; negative for credit notes and unapplied payments. */
  openCents: Cents;
  /** ISO 4217 code of the amounts (hundredths of that currency); rows without one are EUR. */
  currency: string;
  /**
   * Foreign items: euros for one unit of `currency`, from the import that last read the item (the
   * file's EUR counter-value ÷ the balance, or the rate entered for that import). Euro figures
   * that add several currencies use `openCents × eurRate` (domain/currency.ts).
   */
  eurRate?: number;
  poNumber?: string;
  contractRef?: string;
  status: InvoiceStatus;
  disputeReason?: string;
  /** True when created from an aged-bucket layout rather than a real document. */
  synthetic?: boolean;
  /**
   * The due date is only the latest it can be: the item came from an open-ended bucket
   * (« + 120 j », « Plus ancien ») and is at least that old, its exact age unknown. Its aging is
   * approximate unless it already falls in the oldest bucket.
   */
  dueDateIsLatest?: boolean;
  lastImportId?: string;
  firstSeenImportId?: string;
  closedByImportId?: string;
}

export interface ImportCounts {
  rows: number;
  debtors: number;
  items: number;
}

export interface ImportDiff {
  /** Debtors the import created and updated (absent from records of the earliest versions). */
  newDebtors?: number;
  changedDebtors?: number;
  newItems: number;
  changedItems: number;
  closedItems: number;
  unchangedItems: number;
  /** Items a bank statement had already settled (fully or in part) that the balance confirms. */
  settledByBank?: number;
  /**
   * Items a bank statement settled that the balance still shows with their former balance: the
   * ERP has not posted the payment yet (lettrage pending). The ledger keeps the bank's figure.
   */
  awaitingLettrage?: number;
}

export interface ImportRecord {
  id: string;
  fileName: string;
  sha256: string;
  asOfDate: IsoDate;
  importedAt: IsoInstant;
  /**
   * Column mapping used (field -> zero-based column). Records written before it was a number
   * stored the index as text: the data layer converts them on read.
   */
  mapping: ColumnMapping;
  counts: ImportCounts;
  diff: ImportDiff;
  /** Only the latest import can be undone. */
  undoable: boolean;
  /** The file's own total row, when it had one. */
  fileTotalCents?: Cents;
  /** Imported total minus the file's total, when they differed (the user confirmed it). */
  gapCents?: Cents;
  /** Why the user imported despite the gap, in their words. */
  gapReason?: string;
  /** Totals per currency of a file holding other currencies than the euro (euros first). */
  currencies?: ImportCurrencyTotal[];
  /** Rates the user entered for this import: currency -> euros for one unit (`1.1650`). */
  eurRates?: Record<string, string>;
}

/** One currency of an import: what it imported, in that currency and in euros. */
export interface ImportCurrencyTotal {
  currency: string;
  items: number;
  /** Open amount imported, in `currency`. */
  openCents: Cents;
  /** Its EUR equivalent (the file's counter-value column, or the rate entered). */
  eurCents: Cents;
  /** Where the EUR equivalent comes from: euros, the file's column, the rate, or both. */
  eurSource: 'eur' | 'file' | 'rate' | 'file-and-rate';
  /** The rate entered, when one was used (euros for one unit). */
  rateText?: string;
  /** The file's total row for this currency, and imported minus it when they differ. */
  fileTotalCents?: Cents;
  gapCents?: Cents;
}

export interface BucketTotals {
  notDue: Cents;
  d1_30: Cents;
  d31_60: Cents;
  d61_90: Cents;
  d91_180: Cents;
  over180: Cents;
}

export interface Snapshot {
  /** `snapshotId(importId, debtorId)` (domain/snapshotIds). */
  id: string;
  importId: string;
  debtorId: string;
  asOfDate: IsoDate;
  totalCents: Cents;
  buckets: BucketTotals;
}

export type Procedure =
  | 'amiable'
  | 'injonction-de-payer'
  | 'refere-provision'
  | 'assignation-au-fond'
  | 'petites-creances'
  | 'execution';

export type CaseStage =
  | 'relance-1'
  | 'relance-2'
  | 'mise-en-demeure'
  | 'derniere-chance'
  | 'procedure'
  | 'execution'
  | 'clos';

export interface Case {
  id: string;
  debtorId: string;
  invoiceIds: string[];
  stage: CaseStage;
  openedAt: IsoInstant;
  procedure: Procedure;
  /** Name of the court confirmed by the user, as printed (see domain/courts). */
  court?: string;
  /** Id of that court in resources/courts/courts.json. */
  courtId?: string;
  nextActionDate?: IsoDate;
  closedAt?: IsoInstant;
  outcome?: string;
}

export type ActivityType =
  | 'call'
  | 'email'
  | 'letter'
  | 'note'
  | 'promise'
  | 'dispute'
  | 'payment'
  | 'stage-change'
  | 'import'
  | 'export'
  /** A decision on a queue action: skipped, snoozed, reassigned, failed, done. */
  | 'action';

export interface Activity {
  id: string;
  debtorId: string;
  caseId?: string;
  type: ActivityType;
  at: IsoInstant;
  by: string;
  outcome?: string;
  text: string;
  amountCents?: Cents;
  letterId?: string;
  documentId?: string;
  /** Items the activity is about (promise, dispute, payment, acknowledgement). */
  invoiceIds?: string[];
  /** Structured facts the rules read back (see ActivityDetails below). */
  details?: ActivityDetails;
}

/*
 * Structured facts carried by a timeline activity, next to its French text. The text is for
 * people; these fields are what the ladder, the promise checks, the disputes and the
 * prescription read back (helpers in activityDetails.ts).
 */

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
      /** Day the debtor is to be called back (« rappel programmé », « pas de réponse »). */
      callBackOn?: IsoDate;
    }
  /** A note with a dated reminder (« rappeler lundi »): shown in the agenda and the queue. */
  | { kind: 'reminder'; date: IsoDate }
  /**
   * Cancels earlier activities (« Annuler » after a quick action): the timeline stays
   * append-only, and every rule reads the debtor's activities without the cancelled ones.
   */
  | { kind: 'undo'; activityIds: string[] }
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

/**
 * A payment received on one invoice, with its date: the claim runs interest on the full principal
 * until each payment (C. civ. 1343-1). Entered by hand (exact day) or found by an import as a
 * lower balance, when the exact day is unknown: then `dateIsLatest` says the payment was received
 * « au plus tard le » `date` (the import's as-of date).
 */
export interface Payment {
  id: string;
  debtorId: string;
  invoiceId: string;
  date: IsoDate;
  cents: Cents;
  source: 'manual' | 'import' | 'bank';
  dateIsLatest?: true;
  reference?: string;
  /** The import that found it (undoing the import removes it). */
  importId?: string;
  /** The bank credit it was matched from (undoing the match removes it). */
  bankCreditId?: string;
  recordedAt: IsoInstant;
}

export type InstallmentStatus = 'pending' | 'paid' | 'missed';

export interface Installment {
  date: IsoDate;
  cents: Cents;
  status: InstallmentStatus;
}

export interface PaymentPromise {
  id: string;
  debtorId: string;
  /** 'promise' is a single dated commitment; 'plan' is an échéancier. */
  kind: 'promise' | 'plan';
  invoiceIds: string[];
  createdAt: IsoInstant;
  installments: Installment[];
  status: 'active' | 'kept' | 'broken' | 'cancelled';
  /**
   * Open amount of the covered items when the promise was made: what was paid since is measured
   * against it. Absent on older rows, where the instalments covered the whole amount.
   */
  startOpenCents?: Cents;
}

export type DocumentKind =
  | 'contrat'
  | 'cgv'
  | 'bon-de-commande'
  | 'bon-de-livraison'
  | 'facture'
  | 'releve-de-compte'
  | 'correspondance'
  | 'preuve-envoi'
  | 'accuse-reception'
  | 'autre';

export interface EvidenceDocument {
  id: string;
  debtorId: string;
  invoiceIds: string[];
  kind: DocumentKind;
  title: string;
  /** The document's own number (invoice number, registered-mail number…), printed in its label. */
  reference?: string;
  date?: IsoDate;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  addedAt: IsoInstant;
}

/** Content-addressed bytes (documents, letters, logo), deduplicated by SHA-256. */
export interface StoredBlob {
  sha256: string;
  mime: string;
  size: number;
  data: Blob;
}

export type SendMethod = 'courrier-simple' | 'lrar' | 'email';

/** What a letter claimed, as printed (interest and indemnities at the letter's date). */
export interface LetterAmounts {
  principalCents: Cents;
  interestCents: Cents;
  indemnitiesCents: Cents;
  /** Credit notes and unapplied payments deducted (negative or zero). */
  creditsCents: Cents;
  totalCents: Cents;
  /**
   * ISO code of every amount but `indemnitiesCents` (always euros), when not the euro; then
   * `totalCents` leaves the indemnities out (the letter states both amounts).
   */
  currency?: string;
}

export interface Letter {
  id: string;
  template: string;
  debtorId: string;
  invoiceIds: string[];
  date: IsoDate;
  sendMethod: SendMethod;
  trackingNumber?: string;
  pdfSha256: string;
  createdAt: IsoInstant;
  /** The template's name and the subject as printed: templates can be renamed later. */
  templateName?: string;
  subject?: string;
  amounts?: LetterAmounts;
  /** Days the letter gave the debtor to pay (a mise en demeure's deadline runs from its date). */
  deadlineDays?: number;
}

/** Settings are keyed records: one row per settings area. */
export interface SettingRecord<T = unknown> {
  key: string;
  value: T;
  updatedAt: IsoInstant;
}

export interface AuditEntry {
  id: string;
  at: IsoInstant;
  by: string;
  action: string;
  entity: string;
  entityId?: string;
  details?: string;
}

/**
 * What an import changed, kept so that « Annuler cet import » can restore the exact previous
 * state of every row it touched, and so that the diff lists can be browsed afterwards.
 */
export interface ImportJournal {
  importId: string;
  createdDebtorIds: string[];
  /** Debtors as they were before the import updated them (name, address…). */
  debtorsBefore: Debtor[];
  createdInvoiceIds: string[];
  changedInvoiceIds: string[];
  closedInvoiceIds: string[];
  /** Invoices as they were before the import changed or closed them. */
  invoicesBefore: Invoice[];
  /** Payments the import deduced from lower balances (absent in journals of older imports). */
  createdPaymentIds?: string[];
  /** The import that was undoable before this one; undo makes it undoable again. */
  previousUndoableImportId?: string;
}

/** A column mapping remembered for a spreadsheet layout (by its header signature). */
export interface SavedMapping {
  headerSignature: string;
  mapping: ColumnMapping;
  /** Header lines the mapping was confirmed on; absent in rows saved by older versions. */
  header?: HeaderRange;
  layout: 'open-items' | 'buckets';
  sheetName?: string;
  savedAt: IsoInstant;
}
