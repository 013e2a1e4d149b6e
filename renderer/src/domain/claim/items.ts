/**
 * From ledger rows to what the interest engine claims: each open invoice with its principal and
 * its dated payments, and the credits (credit notes, unapplied payments) deducted from the total.
 *
 * The principal is the invoice's amount TTC; the payments recorded with a date are deducted on
 * their day. What the ledger shows as paid without any recorded payment (rows written before
 * payments were dated) is listed as « date non enregistrée » and counted at the due date, so no
 * interest is ever claimed on money whose receipt day is unknown.
 */
import { compareDates } from '../dates';
import type { DecompteCredit } from '../decompte';
import type { ClaimInvoice, ClaimPayment } from '../interest';
import type { Invoice, IsoDate, Payment } from '../model';
import { addCents, maxCents, subtractCents, sumCents } from '../money';

const CREDIT_LABELS = { 'credit-note': 'Avoir', 'unapplied-payment': 'Règlement non affecté' };

/** Oldest due date first, then by number: the order of every table of a letter and décompte. */
export function byDueDate(a: Invoice, b: Invoice): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.number.localeCompare(b.number, 'fr', { numeric: true });
}

export function isClaimable(item: Invoice): boolean {
  return (
    item.kind === 'invoice' &&
    item.openCents > 0 &&
    (item.status === 'open' || item.status === 'disputed')
  );
}

function paymentsOf(invoice: Invoice, payments: readonly Payment[], asOf: IsoDate): ClaimPayment[] {
  return payments
    .filter((p) => p.invoiceId === invoice.id && p.cents > 0 && compareDates(p.date, asOf) <= 0)
    .sort((a, b) => compareDates(a.date, b.date))
    .map((p) => ({
      date: p.date,
      cents: p.cents,
      ...(p.reference ? { reference: p.reference } : {}),
      ...(p.dateIsLatest ? { dateIsLatest: true } : {}),
    }));
}

export function claimOf(
  invoice: Invoice,
  payments: readonly Payment[],
  asOf: IsoDate,
): ClaimInvoice {
  const dated = paymentsOf(invoice, payments, asOf);
  const paid = sumCents(dated.map((p) => p.cents));
  // A balance higher than the amount less the payments (an import that raised it) wins.
  const principal = maxCents(invoice.amountCents, addCents(invoice.openCents, paid));
  const undated = subtractCents(principal, addCents(invoice.openCents, paid));
  const unknown: ClaimPayment[] =
    undated > 0 ? [{ date: invoice.dueDate, cents: undated, dateUnknown: true }] : [];
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    ...(invoice.issueDate ? { issueDate: invoice.issueDate } : {}),
    dueDate: invoice.dueDate,
    principalCents: principal,
    payments: [...unknown, ...dated],
  };
}

export function claimsOf(
  items: readonly Invoice[],
  payments: readonly Payment[],
  asOf: IsoDate,
): ClaimInvoice[] {
  return [...items]
    .filter(isClaimable)
    .sort(byDueDate)
    .map((item) => claimOf(item, payments, asOf));
}

export function creditsOf(items: readonly Invoice[]): DecompteCredit[] {
  return [...items]
    .filter((item) => item.openCents < 0 && (item.status === 'open' || item.status === 'disputed'))
    .sort(byDueDate)
    .map((item) => ({
      id: item.id,
      number: item.number,
      ...(item.issueDate ? { date: item.issueDate } : {}),
      label: item.kind === 'invoice' ? 'Avoir' : CREDIT_LABELS[item.kind],
      cents: item.openCents,
    }));
}
