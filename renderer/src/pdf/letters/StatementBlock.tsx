import { formatMoney } from '../../domain/currency';
import type { ItemRow } from '../../domain/letters';
import type { Cents } from '../../domain/model';
import { subtractCents } from '../../domain/money';
import { ItemsTable, type TableColumn } from '../base';
import { dateFr, daysLateText, kindLabel } from './formatters';

const COLUMNS: readonly TableColumn<ItemRow>[] = [
  { header: 'Pièce', width: 2, cell: (r) => r.number },
  { header: 'Nature', width: 1.6, cell: kindLabel },
  { header: 'Date', width: 1.2, cell: (r) => dateFr(r.issueDate) },
  { header: 'Échéance', width: 1.2, cell: (r) => dateFr(r.dueDate) },
  {
    header: 'Montant',
    width: 1.5,
    align: 'right',
    cell: (r) => formatMoney(r.amountCents, r.currency),
  },
  {
    header: 'Solde',
    width: 1.5,
    align: 'right',
    cell: (r) => formatMoney(r.openCents, r.currency),
  },
  { header: 'Retard', width: 0.9, align: 'right', cell: daysLateText },
];

export interface StatementBlockProps {
  rows: ItemRow[];
  balanceCents: Cents;
  overdueCents: Cents;
}

/** Relevé de compte: every open item, due or not, credits included, with the balance. */
export function StatementBlock({ rows, balanceCents, overdueCents }: StatementBlockProps) {
  // A claim has one currency (computeClaim): the rows' own.
  const money = (cents: Cents) => formatMoney(cents, rows[0]?.currency);
  return (
    <ItemsTable
      columns={COLUMNS}
      rows={rows}
      totals={[
        { label: 'Dont échu', value: money(overdueCents) },
        { label: 'Non échu', value: money(subtractCents(balanceCents, overdueCents)) },
        { label: 'Solde du compte', value: money(balanceCents), emphasis: true },
      ]}
    />
  );
}
