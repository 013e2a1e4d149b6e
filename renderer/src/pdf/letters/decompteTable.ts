/**
 * What the décompte table shows, whoever draws it (the letters' DecompteBlock with react-pdf, the
 * court dossier with pdf-lib): one line per invoice and rate period, the totals, and the caption
 * with the payments received and the calculation conventions.
 */

import { EUR, formatMoney } from '../../domain/currency';
import type { AppliedPayment, Decompte, InterestLine } from '../../domain/decompte';
import type { Cents } from '../../domain/model';
import { ZERO_CENTS } from '../../domain/money';
import type { TableColumn, TableTotal } from '../base/tableModel';
import { dateFr, euros, rate } from './formatters';

/** The amounts of a décompte in its currency (« 1 200,00 £ »): euros when it names none. */
export function moneyOf(decompte: Pick<Decompte, 'currency'>): (cents: Cents) => string {
  const currency = decompte.currency ?? EUR;
  return (cents) => formatMoney(cents, currency);
}

/** The interest lines' columns, amounts in the décompte's currency. */
export function interestColumns(currency: string = EUR): readonly TableColumn<InterestLine>[] {
  const money = (cents: Cents) => formatMoney(cents, currency);
  return [
    { header: 'Facture n°', width: 2, cell: (l) => l.invoiceNumber },
    { header: 'Du', width: 1.25, cell: (l) => dateFr(l.from) },
    { header: 'Au', width: 1.25, cell: (l) => dateFr(l.to) },
    { header: 'Jours', width: 0.8, align: 'right', cell: (l) => String(l.days) },
    { header: 'Taux', width: 1, align: 'right', cell: (l) => rate(l.milliPercent) },
    { header: 'Base', width: 1.6, align: 'right', cell: (l) => money(l.baseCents) },
    { header: 'Intérêts', width: 1.4, align: 'right', cell: (l) => money(l.interestCents) },
  ];
}

export const INTEREST_COLUMNS: readonly TableColumn<InterestLine>[] = interestColumns(EUR);

/**
 * Principal, interest, credits and the total due, in the décompte's currency. The €40 indemnity
 * is fixed in euros (C. com. D441-5): on a décompte in another currency it is not added to that
 * currency's total but stated after it, in euros, as a second amount due.
 */
export function decompteTotals(decompte: Decompte): TableTotal[] {
  const t = decompte.totals;
  const money = moneyOf(decompte);
  const foreign = (decompte.currency ?? EUR) !== EUR;
  const lateInvoices = decompte.invoices.filter((i) => i.indemnityCents > 0);
  const perInvoice = lateInvoices[0]?.indemnityCents ?? ZERO_CENTS;
  const indemnityLabel = `Indemnités forfaitaires (${lateInvoices.length} × ${euros(perInvoice)})`;
  const totals: TableTotal[] = [
    { label: 'Principal restant dû', value: money(t.outstandingPrincipalCents) },
    { label: 'Intérêts de retard', value: money(t.interestDueCents) },
  ];
  if (t.indemnitiesCents > 0 && !foreign) {
    totals.push({ label: indemnityLabel, value: euros(t.indemnitiesCents) });
  }
  if (t.creditsCents !== 0) {
    totals.push({ label: 'Avoirs et règlements non affectés', value: money(t.creditsCents) });
  }
  totals.push({
    label: foreign
      ? `Total dû en ${decompte.currency} au ${dateFr(decompte.asOf)}`
      : `Total dû au ${dateFr(decompte.asOf)}`,
    value: money(t.totalDueCents),
    emphasis: true,
  });
  if (t.indemnitiesCents > 0 && foreign) {
    totals.push({
      label: `${indemnityLabel}, dues en euros en sus`,
      value: euros(t.indemnitiesCents),
      emphasis: true,
    });
  }
  return totals;
}

/** « reçus le 01/03/2026 », « reçus au plus tard le 31/03/2026 », or an undated payment. */
export function paymentDateText(payment: AppliedPayment): string {
  if (payment.dateUnknown) return `réglés à une date non enregistrée, comptés à l’échéance`;
  return `reçus ${payment.dateIsLatest ? 'au plus tard ' : ''}le ${dateFr(payment.date)}`;
}

/** A payment whose day is unknown is only counted; one with a day also says where it went. */
function imputationText(payment: AppliedPayment, money: (cents: Cents) => string): string {
  if (payment.dateUnknown) return '';
  return (
    ` (${money(payment.toInterestCents)} imputés sur les intérêts, ` +
    `${money(payment.toPrincipalCents)} sur le principal)`
  );
}

function paymentsNote(decompte: Decompte): string {
  const money = moneyOf(decompte);
  const payments = decompte.invoices.flatMap((invoice) =>
    invoice.payments.map(
      (p) =>
        `${invoice.number} : ${money(p.cents)} ${paymentDateText(p)}${imputationText(p, money)}`,
    ),
  );
  return payments.length > 0 ? `Règlements reçus — ${payments.join(' ; ')}.` : '';
}

/** The payments received, then the conventions of the calculation, as one paragraph. */
export function decompteCaption(decompte: Decompte): string {
  return [paymentsNote(decompte), ...decompte.conventions].filter(Boolean).join(' ');
}

/** Said instead of the table when no interest has run. */
export const NO_INTEREST_TEXT = 'Aucun intérêt de retard n’a couru à cette date.';
