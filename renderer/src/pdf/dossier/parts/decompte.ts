/**
 * The décompte de créance of the dossier (modelled on CPCE R221-1): invoice by invoice, then
 * every interest line by rate period, the totals and the conventions — all from the interest
 * engine, so the figures are those of the letters.
 */
import { formatLongDateFr } from '../../../domain/dates';
import { type AppliedPayment, decompteLines, type InvoiceDecompte } from '../../../domain/decompte';
import type { DossierPlan } from '../../../domain/dossier';
import { FONT_SIZES } from '../../base/palette';
import type { TableColumn } from '../../base/tableModel';
import { drawTable, type Flow } from '../../draw';
import {
  decompteCaption,
  decompteTotals,
  INTEREST_COLUMNS,
  NO_INTEREST_TEXT,
  paymentDateText,
} from '../../letters/decompteTable';
import { dateFr, euros } from '../../letters/formatters';
import { STYLES, sectionTitle } from './sheet';

const INVOICE_COLUMNS: readonly TableColumn<InvoiceDecompte>[] = [
  { header: 'Facture n°', width: 1.8, cell: (i) => i.number },
  { header: 'Date', width: 1.2, cell: (i) => dateFr(i.issueDate) },
  { header: 'Échéance', width: 1.2, cell: (i) => dateFr(i.dueDate) },
  { header: 'Principal', width: 1.5, align: 'right', cell: (i) => euros(i.principalCents) },
  {
    header: 'Restant dû',
    width: 1.5,
    align: 'right',
    cell: (i) => euros(i.outstandingPrincipalCents),
  },
  { header: 'Intérêts', width: 1.3, align: 'right', cell: (i) => euros(i.interestDueCents) },
  { header: 'Indemnité', width: 1.1, align: 'right', cell: (i) => euros(i.indemnityCents) },
  { header: 'Total', width: 1.5, align: 'right', cell: (i) => euros(i.totalDueCents) },
];

interface PaymentRow {
  number: string;
  payment: AppliedPayment;
}

const PAYMENT_COLUMNS: readonly TableColumn<PaymentRow>[] = [
  { header: 'Facture n°', width: 1.8, cell: (r) => r.number },
  { header: 'Règlement', width: 3, cell: (r) => paymentDateText(r.payment) },
  { header: 'Montant', width: 1.4, align: 'right', cell: (r) => euros(r.payment.cents) },
  {
    header: 'Sur intérêts',
    width: 1.4,
    align: 'right',
    cell: (r) => (r.payment.dateUnknown ? '' : euros(r.payment.toInterestCents)),
  },
  {
    header: 'Sur principal',
    width: 1.4,
    align: 'right',
    cell: (r) => (r.payment.dateUnknown ? '' : euros(r.payment.toPrincipalCents)),
  },
];

/** The letters' dense tables: a point above the small type. */
const TABLE_SIZE = FONT_SIZES.small + 0.5;

export function drawDecompte(flow: Flow, plan: DossierPlan): void {
  const { decompte } = plan.claim;
  sectionTitle(flow, `Décompte de créance arrêté au ${formatLongDateFr(decompte.asOf)}`);
  flow.paragraph(
    `${plan.creditor.name} contre ${plan.debtor.name} (compte ${plan.debtor.accountNo}).`,
    { ...STYLES.body, spaceAfter: 6 },
  );
  drawTable(flow, { columns: INVOICE_COLUMNS, rows: decompte.invoices, size: TABLE_SIZE });
  const payments = decompte.invoices.flatMap((i) =>
    i.payments.map((payment) => ({ number: i.number, payment })),
  );
  if (payments.length > 0) {
    sectionTitle(flow, 'Règlements reçus et leur imputation');
    drawTable(flow, { columns: PAYMENT_COLUMNS, rows: payments, size: TABLE_SIZE });
  }
  sectionTitle(flow, 'Intérêts de retard par période de taux');
  const lines = decompteLines(decompte);
  if (lines.length === 0) flow.paragraph(NO_INTEREST_TEXT, { ...STYLES.body, spaceAfter: 4 });
  drawTable(flow, {
    columns: INTEREST_COLUMNS,
    rows: lines,
    totals: decompteTotals(decompte),
    size: TABLE_SIZE,
    caption: decompteCaption(decompte),
  });
  // No notice about unconfirmed rates here: a court document is refused until they are
  // confirmed (unconfirmedRateBlocker), and no instruction of the application is ever printed.
}
