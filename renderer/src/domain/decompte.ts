/**
 * The décompte de créance: what is owed, item by item, at a date. Produced by the interest
 * engine (interest.ts), printed on letters and in the court dossier (modelled on CPCE R221-1:
 * principal, interest per rate period with rate, dates and days, indemnities, payments, total).
 */
import type { RateBasis } from './interestSettings';
import type { Cents, IsoDate } from './model';
import type { AppliedFloor } from './ratePeriods';
import type { MilliPercent, RateTableId } from './rates';
import type { SemesterId } from './semesters';

export type { AppliedFloor } from './ratePeriods';

/**
 * A rate the décompte used that is not confirmed: a provisional value of the shipped tables (or
 * of the user's) awaiting the published text. `milliPercent` is the value read in the table (for
 * a contractual floor, the taux légal, not 3 × it).
 */
export interface UnconfirmedRate {
  table: RateTableId;
  semester: SemesterId;
  milliPercent: MilliPercent;
}

/** One line per invoice × rate period (and × base, when a payment changes it mid-period). */
export interface InterestLine {
  invoiceId: string;
  invoiceNumber: string;
  /** First day counted (the day after the due date, or after a payment, or a period start). */
  from: IsoDate;
  /** Last day counted, inclusive. */
  to: IsoDate;
  days: number;
  milliPercent: MilliPercent;
  /** 365, or 366 for a leap year under the actual/actual day count. */
  yearDays: 365 | 366;
  baseCents: Cents;
  /** Rounded half-up to the cent, line by line. */
  interestCents: Cents;
  rateSource: string;
}

export interface AppliedPayment {
  date: IsoDate;
  cents: Cents;
  toInterestCents: Cents;
  toPrincipalCents: Cents;
  /** Paid beyond what this invoice owed at that date (to be refunded or applied elsewhere). */
  excessCents: Cents;
  reference?: string;
  /** Received « au plus tard le » `date`. */
  dateIsLatest?: boolean;
  /** No date was recorded: counted at the due date (no interest claimed on it). */
  dateUnknown?: boolean;
}

export interface InvoiceDecompte {
  invoiceId: string;
  number: string;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  /** Principal claimed (TTC) before the payments listed. */
  principalCents: Cents;
  /** Days late at the décompte date (0 when not yet late). */
  daysLate: number;
  lines: InterestLine[];
  payments: AppliedPayment[];
  outstandingPrincipalCents: Cents;
  interestCents: Cents;
  interestDueCents: Cents;
  indemnityCents: Cents;
  totalDueCents: Cents;
}

/** Open credit notes and unapplied payments the debtor may deduct (negative amounts). */
export interface DecompteCredit {
  id: string;
  number: string;
  date?: IsoDate;
  label: string;
  cents: Cents;
}

/**
 * Totals of a décompte. The €40 recovery indemnity (C. com. D441-5) is fixed in euros: on a
 * décompte in another currency `indemnitiesCents` stays in euros and `totalDueCents` (in the
 * décompte's currency) leaves it out; printers state the two amounts side by side.
 */
export interface DecompteTotals {
  principalCents: Cents;
  paymentsCents: Cents;
  paidToInterestCents: Cents;
  paidToPrincipalCents: Cents;
  outstandingPrincipalCents: Cents;
  interestCents: Cents;
  interestDueCents: Cents;
  indemnitiesCents: Cents;
  creditsCents: Cents;
  totalDueCents: Cents;
}

export interface Decompte {
  asOf: IsoDate;
  /**
   * ISO code of every amount of the décompte (principal, interest, payments, credits, totals),
   * the claimed invoices' one currency; a claim never mixes currencies (computeClaim refuses).
   * Absent on décomptes built before currencies were kept: euros.
   */
  currency?: string;
  basis: RateBasis;
  /** « taux de refinancement de la BCE majoré de 10 points (C. com. L441-10) ». */
  basisLabel: string;
  invoices: InvoiceDecompte[];
  credits: DecompteCredit[];
  totals: DecompteTotals;
  /**
   * The calculation conventions, in French, printed with every décompte; they include the
   * sentence saying a contractual rate was raised to its legal floor, when it was.
   */
  conventions: string[];
  /** Semesters where the contractual rate was below 3 × the taux légal: the floor applied. */
  floors: AppliedFloor[];
  /**
   * Rates used that are not confirmed, in chronological order. Never printed: the screens warn
   * (letters) or refuse (court documents, `unconfirmedRateBlocker`).
   */
  unconfirmedRates: UnconfirmedRate[];
}

export type DecompteResult = { ok: true; decompte: Decompte } | { ok: false; errors: string[] };

/** Every interest line of the décompte, invoice by invoice. */
export function decompteLines(decompte: Decompte): InterestLine[] {
  return decompte.invoices.flatMap((invoice) => invoice.lines);
}
