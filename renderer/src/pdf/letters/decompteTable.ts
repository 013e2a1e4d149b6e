/**
 * What the décompte table shows, whoever draws it (the letters' DecompteBlock with react-pdf, the
 * court dossier with pdf-lib): one line per invoice and rate period, the totals, and the caption
 * with the payments received and the calculation conventions.
 */
import type { AppliedPayment, Decompte, InterestLine } from '../../domain/decompte';
import { ZERO_CENTS } from '../../domain/money';
import type { TableColumn, TableTotal } from '../base/tableModel';
import { dateFr, euros, rate } from './formatters';

export const INTEREST_COLUMNS: readonly TableColumn<InterestLine>[] = [
  { header: 'Facture n°', width: 2, cell: (l) => l.invoiceNumber },
  { header: 'Du', width: 1.25, cell: (l) => dateFr(l.from) },
  { header: 'Au', width: 1.25, cell: (l) => dateFr(l.to) },
  { header: 'Jours', width: 0.8, align: 'right', cell: (l) => String(l.days) },
  { header: 'Taux', width: 1, align: 'right', cell: (l) => rate(l.milliPercent) },
  { header: 'Base', width: 1.6, align: 'right', cell: (l) => euros(l.baseCents) },
  { header: 'Intérêts', width: 1.4, align: 'right', cell: (l) => euros(l.interestCents) },
];

export function decompteTotals(decompte: Decompte): TableTotal[] {
  const t = decompte.totals;
  const lateInvoices = decompte.invoices.filter((i) => i.indemnityCents > 0);
  const perInvoice = lateInvoices[0]?.indemnityCents ?? ZERO_CENTS;
  const totals: TableTotal[] = [
    { label: 'Principal restant dû', value: euros(t.outstandingPrincipalCents) },
    { label: 'Intérêts de retard', value: euros(t.interestDueCents) },
  ];
  if (t.indemnitiesCents > 0) {
    totals.push({
      label: `Indemnités forfaitaires (${lateInvoices.length} × ${euros(perInvoice)})`,
      value: euros(t.indemnitiesCents),
    });
  }
  if (t.creditsCents !== 0) {
    totals.push({ label: 'Avoirs et règlements non affectés', value: euros(t.creditsCents) });
  }
  totals.push({
    label: `Total dû au ${dateFr(decompte.asOf)}`,
    value: euros(t.totalDueCents),
    emphasis: true,
  });
  return totals;
}

/** « reçus le 01/03/2026 », « reçus au plus tard le 31/03/2026 », or an undated payment. */
export function paymentDateText(payment: AppliedPayment): string {
  if (payment.dateUnknown) return `réglés à une date non enregistrée, comptés à l’échéance`;
  return `reçus ${payment.dateIsLatest ? 'au plus tard ' : ''}le ${dateFr(payment.date)}`;
}

/** A payment whose day is unknown is only counted; one with a day also says where it went. */
function imputationText(payment: AppliedPayment): string {
  if (payment.dateUnknown) return '';
  return (
    ` (${euros(payment.toInterestCents)} imputés sur les intérêts, ` +
    `${euros(payment.toPrincipalCents)} sur le principal)`
  );
}

function paymentsNote(decompte: Decompte): string {
  const payments = decompte.invoices.flatMap((invoice) =>
    invoice.payments.map(
      (p) => `${invoice.number} : ${euros(p.cents)} ${paymentDateText(p)}${imputationText(p)}`,
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
