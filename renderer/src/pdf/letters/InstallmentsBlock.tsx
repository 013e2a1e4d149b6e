import type { PlannedInstallment } from '../../domain/letters';
import type { Cents } from '../../domain/model';
import { ItemsTable, type TableColumn } from '../base';
import { dateFr, euros } from './formatters';

type Row = PlannedInstallment & { index: number };

const COLUMNS: readonly TableColumn<Row>[] = [
  { header: 'Échéance', width: 1, cell: (r) => `n° ${r.index}` },
  { header: 'Date de paiement', width: 2, cell: (r) => dateFr(r.date) },
  { header: 'Montant', width: 2, align: 'right', cell: (r) => euros(r.cents) },
];

export function InstallmentsBlock({
  rows,
  totalCents,
}: {
  rows: PlannedInstallment[];
  totalCents: Cents;
}) {
  return (
    <ItemsTable
      columns={COLUMNS}
      rows={rows.map((row, i) => ({ ...row, index: i + 1 }))}
      totals={[{ label: 'Total', value: euros(totalCents), emphasis: true }]}
    />
  );
}
