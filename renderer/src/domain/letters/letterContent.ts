/**
 * What a letter says, independent of how it is drawn: the PDF layer (pdf/letters) prints it, the
 * e-mail builder summarises it, the record keeps its amounts. Plain data, so it can be posted to
 * a worker as is.
 */
import type { Creditor } from '../creditor';
import type { Decompte, UnconfirmedRate } from '../decompte';
import type { Cents, InvoiceKind, IsoDate, LetterAmounts, SendMethod } from '../model';
import type { PlannedInstallment } from './installments';
import type { TemplateId } from './templates';

export interface LetterRecipient {
  name: string;
  attention?: string;
  addressLines: string[];
  postalCode?: string;
  city?: string;
  country?: string;
}

export interface LetterReference {
  label: string;
  value: string;
}

/** A piece of a paragraph; `**bold**` in a template gives a bold run. */
export interface TextRun {
  text: string;
  bold: boolean;
}

export interface ItemRow {
  invoiceId: string;
  number: string;
  kind: InvoiceKind;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  amountCents: Cents;
  openCents: Cents;
  /** ISO code of the amounts (absent: euros). */
  currency?: string;
  daysLate: number;
  disputed: boolean;
}

export type LetterBlock =
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'invoices'; rows: ItemRow[]; totalCents: Cents }
  | { kind: 'decompte'; decompte: Decompte }
  | { kind: 'statement'; rows: ItemRow[]; balanceCents: Cents; overdueCents: Cents }
  | { kind: 'installments'; rows: PlannedInstallment[]; totalCents: Cents }
  | { kind: 'bank'; holder: string; iban: string; bic: string; reference: string };

export type { LetterAmounts } from '../model';

export interface LetterContent {
  templateId: TemplateId;
  templateName: string;
  debtorId: string;
  invoiceIds: string[];
  date: IsoDate;
  place: string;
  subject: string;
  sendMethod: SendMethod;
  serviceLine?: string;
  creditor: Creditor;
  recipient: LetterRecipient;
  /** E-mail address of the billing contact, for the e-mail channel. */
  recipientEmail?: string;
  references: LetterReference[];
  blocks: LetterBlock[];
  signature: { onBehalfOf: string; name: string; title: string };
  paymentReference: string;
  /** Days given to pay, from the letter's date (the mise en demeure's deadline). */
  deadlineDays: number;
  amounts: LetterAmounts;
  /** Points to check before sending (missing IBAN, address…), in French; never printed. */
  warnings: string[];
  /** Provisional rates the figures use: the screens offer to confirm them in Paramètres › Taux. */
  unconfirmedRates: UnconfirmedRate[];
}
