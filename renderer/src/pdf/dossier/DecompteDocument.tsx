import { Document, Text } from '@react-pdf/renderer';
import { formatLongDateFr } from '../../domain/dates';
import type { InvoiceDecompte } from '../../domain/decompte';
import type { DossierPlan } from '../../domain/dossier';
import { ItemsTable, type TableColumn } from '../base';
import { DecompteBlock } from '../letters/DecompteBlock';
import { dateFr, euros } from '../letters/formatters';
import { DossierSheet, SectionTitle } from './DossierSheet';

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

/**
 * The décompte de créance of the dossier (modelled on CPCE R221-1): invoice by invoice, then
 * every interest line by rate period, the totals and the conventions — all from the interest
 * engine, so the figures are those of the letters.
 */
export function DecompteDocument({ plan }: { plan: DossierPlan }) {
  const { decompte } = plan;
  return (
    <Document title="Décompte de créance" creator="Recouvra">
      <DossierSheet running={`Décompte de créance — ${plan.creditor.name} c/ ${plan.debtor.name}`}>
        <SectionTitle>Décompte de créance arrêté au {formatLongDateFr(decompte.asOf)}</SectionTitle>
        <Text style={{ marginBottom: 6 }}>
          {plan.creditor.name} contre {plan.debtor.name} (compte {plan.debtor.accountNo}).
        </Text>
        <ItemsTable dense columns={INVOICE_COLUMNS} rows={decompte.invoices} />
        <SectionTitle>Intérêts de retard par période de taux</SectionTitle>
        <DecompteBlock decompte={decompte} />
        {decompte.warnings.map((warning) => (
          <Text key={warning} style={{ fontSize: 8, color: '#92400e', marginTop: 2 }}>
            {warning}
          </Text>
        ))}
      </DossierSheet>
    </Document>
  );
}
