/**
 * A bank statement file as Recouvra reads it: per account, the opening and closing balances and
 * the credits (money received). Debits concern the treasury, not credit control: they are only
 * counted, so the balances can still be checked.
 */
import type { Cents, IsoDate } from '../model';

export type StatementFormat = 'camt.053' | 'cfonb120' | 'ofx';

export interface BankCredit {
  /** IBAN, or bank + branch + account number for a CFONB file without IBAN. */
  accountId: string;
  /** The bank's own reference of the entry: with `accountId`, what makes it unique. */
  bankReference: string;
  bookingDate: IsoDate;
  valueDate?: IsoDate;
  amountCents: Cents;
  currency: string;
  payerName?: string;
  payerIban?: string;
  /** Structured references (invoice numbers, creditor references, end-to-end id). */
  references: string[];
  /** Free remittance text, joined. */
  remittance: string;
  /** Where it was read, for messages: line of a CFONB/OFX file, entry of a CAMT file. */
  origin: string;
}

export interface StatementBalance {
  date: IsoDate;
  cents: Cents;
}

export interface BankStatement {
  accountId: string;
  currency: string;
  opening?: StatementBalance;
  closing?: StatementBalance;
  credits: BankCredit[];
  debitCount: number;
  debitCents: Cents;
}

export interface ParsedStatementFile {
  fileName: string;
  format: StatementFormat;
  statements: BankStatement[];
}

export type StatementParseResult =
  | { ok: true; file: ParsedStatementFile }
  | { ok: false; message: string };

/** Thrown inside a parser with a complete French message; turned into `{ ok: false }`. */
export class StatementError extends Error {}
