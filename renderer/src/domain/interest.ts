/**
 * Late-payment interest between professionals (C. com. L441-10) and the €40 recovery indemnity
 * (D441-5), as a décompte that letters and the court dossier print.
 *
 * Conventions (stated on every décompte, see `conventionsFr` in decompteNotes.ts):
 * - days run from the day after the due date through the calculation date inclusive
 *   (due 15/03, computed on 16/03 = 1 day);
 * - simple interest: base × rate × days / 365 (or / 366 for days in a leap year, a setting);
 * - one line per invoice × rate period (and × base when a payment changes it), each rounded
 *   half-up to the cent (money.ts); the total is the sum of the rounded lines;
 * - a payment reduces the base from the day after it is received and is imputed first to the
 *   interest accrued, then to principal (C. civ. 1343-1), unless set otherwise;
 * - interest and the indemnity stay due once the principal is paid (paid late is still late).
 */
import { EUR } from './currency';
import { addDays, compareDates, daysBetween } from './dates';
import type {
  AppliedPayment,
  DecompteCredit,
  DecompteResult,
  DecompteTotals,
  InterestLine,
  InvoiceDecompte,
} from './decompte';
import { conventionsFr, floorNotesFr, floorsOf, unconfirmedRatesOf } from './decompteNotes';
import type { InterestSettings } from './interestSettings';
import type { Cents, IsoDate } from './model';
import {
  addCents,
  cents,
  minCents,
  roundCentsFraction,
  subtractCents,
  sumCents,
  ZERO_CENTS,
} from './money';
import { basisLabelFr, type RatePeriod, ratePeriods } from './ratePeriods';
import type { RateBook } from './rates';

export interface ClaimPayment {
  /** Day the money was received. */
  date: IsoDate;
  cents: Cents;
  reference?: string;
  /** Received « au plus tard le » `date`: the exact day is unknown (found by an import). */
  dateIsLatest?: boolean;
  /**
   * The ledger shows the amount paid but recorded no date (data older than dated payments): it
   * is counted at the due date, so that no interest is claimed on it.
   */
  dateUnknown?: boolean;
}

/** An invoice whose late-payment interest is claimed. */
export interface ClaimInvoice {
  invoiceId: string;
  number: string;
  issueDate?: IsoDate;
  dueDate: IsoDate;
  /** Principal TTC claimed, before the payments listed below. */
  principalCents: Cents;
  payments?: readonly ClaimPayment[];
  /**
   * First day interest may run when it is later than the day after the due date: against a
   * consumer, interest runs from the mise en demeure (C. civ. 1231-6).
   */
  interestFrom?: IsoDate;
}

export interface DecompteInput {
  invoices: readonly ClaimInvoice[];
  credits?: readonly DecompteCredit[];
  asOf: IsoDate;
  settings: InterestSettings;
  rates: RateBook;
  /** ISO code of every amount claimed (default EUR); the €40 indemnity stays in euros. */
  currency?: string;
}

/** Interest of one line: base × rate × days / year, rounded once, on exact integers. */
export function lineInterest(
  baseCents: Cents,
  milliPercent: number,
  days: number,
  yearDays: number,
): Cents {
  // milliPercent is thousandths of a percent: rate = milliPercent / 100 000.
  return roundCentsFraction(
    BigInt(baseCents) * BigInt(milliPercent) * BigInt(days),
    100_000n * BigInt(yearDays),
  );
}

/** Running state of one invoice while its days are walked through. */
class InvoiceLedger {
  base: Cents;
  accrued: Cents = ZERO_CENTS;
  paidToInterest: Cents = ZERO_CENTS;
  readonly applied: AppliedPayment[] = [];
  constructor(
    principal: Cents,
    private readonly settings: InterestSettings,
  ) {
    this.base = principal;
  }

  apply(payment: ClaimPayment): void {
    const unpaidInterest = subtractCents(this.accrued, this.paidToInterest);
    let rest = payment.cents;
    let toInterest = ZERO_CENTS;
    let toPrincipal = ZERO_CENTS;
    const payInterest = () => {
      toInterest = minCents(rest, unpaidInterest);
      rest = subtractCents(rest, toInterest);
    };
    const payPrincipal = () => {
      toPrincipal = minCents(rest, this.base);
      rest = subtractCents(rest, toPrincipal);
    };
    if (this.settings.imputation === 'interest-first') {
      payInterest();
      payPrincipal();
    } else {
      payPrincipal();
      payInterest();
    }
    this.paidToInterest = addCents(this.paidToInterest, toInterest);
    this.base = subtractCents(this.base, toPrincipal);
    this.applied.push({
      date: payment.date,
      cents: payment.cents,
      toInterestCents: toInterest,
      toPrincipalCents: toPrincipal,
      excessCents: rest,
      ...(payment.reference ? { reference: payment.reference } : {}),
      ...(payment.dateIsLatest ? { dateIsLatest: true } : {}),
      ...(payment.dateUnknown ? { dateUnknown: true } : {}),
    });
  }
}

function invoiceDecompte(
  invoice: ClaimInvoice,
  periods: readonly RatePeriod[],
  asOf: IsoDate,
  settings: InterestSettings,
  currency: string,
): InvoiceDecompte {
  const ledger = new InvoiceLedger(invoice.principalCents, settings);
  const payments = [...(invoice.payments ?? [])]
    .filter((p) => compareDates(p.date, asOf) <= 0 && p.cents > 0)
    .sort((a, b) => compareDates(a.date, b.date));
  let next = 0;
  /** Payments received before `day` (a payment counts from the day after its receipt). */
  const applyPaymentsBefore = (day: IsoDate) => {
    for (; next < payments.length; next++) {
      const payment = payments[next];
      if (!payment || compareDates(payment.date, day) >= 0) return;
      ledger.apply(payment);
    }
  };

  const lines: InterestLine[] = [];
  for (const period of periods) {
    let cursor = period.from;
    while (compareDates(cursor, period.to) <= 0) {
      applyPaymentsBefore(cursor);
      const nextPayment = payments[next];
      const end =
        nextPayment && compareDates(nextPayment.date, period.to) < 0 ? nextPayment.date : period.to;
      if (ledger.base > 0) {
        const days = daysBetween(cursor, end) + 1;
        const interest = lineInterest(ledger.base, period.milliPercent, days, period.yearDays);
        ledger.accrued = addCents(ledger.accrued, interest);
        lines.push({
          invoiceId: invoice.invoiceId,
          invoiceNumber: invoice.number,
          from: cursor,
          to: end,
          days,
          milliPercent: period.milliPercent,
          yearDays: period.yearDays,
          baseCents: ledger.base,
          interestCents: interest,
          rateSource: period.source,
        });
      }
      cursor = addDays(end, 1);
    }
  }
  // Payments received up to the calculation date count, even those of its last day.
  applyPaymentsBefore(addDays(asOf, 1));

  const wasLate = lines.length > 0;
  const indemnity = wasLate ? cents(settings.indemnityCents) : ZERO_CENTS;
  const interestDue = subtractCents(ledger.accrued, ledger.paidToInterest);
  // The indemnity is 40 euros whatever the invoice's currency: added only to a total in euros.
  const inEuros = currency === EUR;
  return {
    invoiceId: invoice.invoiceId,
    number: invoice.number,
    ...(invoice.issueDate ? { issueDate: invoice.issueDate } : {}),
    dueDate: invoice.dueDate,
    principalCents: invoice.principalCents,
    daysLate: Math.max(0, daysBetween(invoice.dueDate, asOf)),
    lines,
    payments: ledger.applied,
    outstandingPrincipalCents: ledger.base,
    interestCents: ledger.accrued,
    interestDueCents: interestDue,
    indemnityCents: indemnity,
    totalDueCents: sumCents(
      inEuros ? [ledger.base, interestDue, indemnity] : [ledger.base, interestDue],
    ),
  };
}

function totalsOf(invoices: InvoiceDecompte[], credits: readonly DecompteCredit[]): DecompteTotals {
  const sum = (pick: (invoice: InvoiceDecompte) => Cents) => sumCents(invoices.map(pick));
  const payments = invoices.flatMap((invoice) => invoice.payments);
  const creditsCents = sumCents(credits.map((credit) => credit.cents));
  return {
    principalCents: sum((i) => i.principalCents),
    paymentsCents: sumCents(payments.map((p) => p.cents)),
    paidToInterestCents: sumCents(payments.map((p) => p.toInterestCents)),
    paidToPrincipalCents: sumCents(payments.map((p) => p.toPrincipalCents)),
    outstandingPrincipalCents: sum((i) => i.outstandingPrincipalCents),
    interestCents: sum((i) => i.interestCents),
    interestDueCents: sum((i) => i.interestDueCents),
    indemnitiesCents: sum((i) => i.indemnityCents),
    creditsCents,
    totalDueCents: addCents(
      sum((i) => i.totalDueCents),
      creditsCents,
    ),
  };
}

/** The décompte of the claim at `asOf`: recomputable at any date from the same input. */
export function computeDecompte(input: DecompteInput): DecompteResult {
  const { asOf, settings, rates } = input;
  const currency = input.currency ?? EUR;
  const errors = new Set<string>();
  const usedPeriods: RatePeriod[] = [];
  const invoices: InvoiceDecompte[] = [];
  for (const invoice of input.invoices) {
    const dayAfterDue = addDays(invoice.dueDate, 1);
    const from =
      invoice.interestFrom && compareDates(invoice.interestFrom, dayAfterDue) > 0
        ? invoice.interestFrom
        : dayAfterDue;
    const found = ratePeriods(settings.basis, rates, from, asOf, settings.dayCount);
    if (!found.ok) {
      for (const error of found.errors) errors.add(error);
      continue;
    }
    usedPeriods.push(...found.periods);
    invoices.push(invoiceDecompte(invoice, found.periods, asOf, settings, currency));
  }
  if (errors.size > 0) return { ok: false, errors: [...errors] };
  const credits = input.credits ?? [];
  const floors = floorsOf(usedPeriods);
  return {
    ok: true,
    decompte: {
      asOf,
      ...(currency === EUR ? {} : { currency }),
      basis: settings.basis,
      basisLabel: basisLabelFr(settings.basis),
      invoices,
      credits: [...credits],
      totals: totalsOf(invoices, credits),
      conventions: [...conventionsFr(settings, asOf), ...floorNotesFr(floors)],
      floors,
      unconfirmedRates: unconfirmedRatesOf(usedPeriods),
    },
  };
}
