import { formatMoney } from '../../domain/currency';
import type { ItemRow } from '../../domain/letters';
import type { Cents } from '../../domain/model';
import { ItemsTable, type TableColumn } from '../base';
import { dateFr, daysLateText } from './formatters';

const COLUMNS: readonly TableColumn<ItemRow>[] = [
  {
    header: 'Facture n°',
    width: 2.2,
    cell: (r) => (r.kind === 'invoice' ? r.number : `${r.number} (avoir)`),
  },
  { header: 'Date', width: 1.3, cell: (r) => dateFr(r.issueDate) },
  { header: 'Échéance', width: 1.3, cell: (r) => dateFr(r.dueDate) },
  {
    header: 'Montant TTC',
    width: 1.6,
    align: 'right',
    cell: (r) => formatMoney(r.amountCents, r.currency),
  },
  {
    header: 'Reste dû',
    width: 1.6,
    align: 'right',
    cell: (r) => formatMoney(r.openCents, r.currency),
  },
  { header: 'Retard', width: 1, align: 'right', cell: daysLateText },
];

/** The invoices claimed: number, date, due date, amount TTC, what remains, days late. */
export function InvoicesBlock({ rows, totalCents }: { rows: ItemRow[]; totalCents: Cents }) {
  return (
    <ItemsTable
      columns={COLUMNS}
      rows={rows}
      totals={[
        {
          label: 'Total restant dû',
          // A claim has one currency (computeClaim): the rows' own.
          value: formatMoney(totalCents, rows[0]?.currency),
          emphasis: true,
        },
      ]}
    />
  );
}
