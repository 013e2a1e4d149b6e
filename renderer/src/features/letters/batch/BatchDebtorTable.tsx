import { Table } from '@mantine/core';
import { memo } from 'react';
import type { OverdueDebtor } from '../../../data/repositories/letterSources';
import { formatEuros } from '../../../domain/money';
import { SelectableTable } from '../../../shared/ui/SelectableTable';

export interface BatchDebtorTableProps {
  debtors: readonly OverdueDebtor[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

const debtorKey = (debtor: OverdueDebtor) => debtor.debtorId;

/**
 * Debtors with overdue invoices, to tick for the batch. Memoised: the batch's progress updates
 * re-render the screen once per letter, and hundreds of rows must not be redrawn each time.
 */
export const BatchDebtorTable = memo(function BatchDebtorTable({
  debtors,
  selected,
  onChange,
}: BatchDebtorTableProps) {
  return (
    <SelectableTable
      rows={debtors}
      rowKey={debtorKey}
      selected={selected}
      onChange={onChange}
      maxHeight="55vh"
      label="Débiteurs du lot"
      allLabel="Tous les débiteurs"
      rowLabel={(debtor) => `Inclure ${debtor.name}`}
      head={
        <>
          <Table.Th>Débiteur</Table.Th>
          <Table.Th>Compte</Table.Th>
          <Table.Th ta="right">Factures échues</Table.Th>
          <Table.Th ta="right">Montant échu</Table.Th>
          <Table.Th ta="right">Plus ancien retard</Table.Th>
        </>
      }
      cells={(debtor) => (
        <>
          <Table.Td>{debtor.name}</Table.Td>
          <Table.Td>{debtor.accountNo}</Table.Td>
          <Table.Td ta="right">{debtor.overdueItems}</Table.Td>
          <Table.Td ta="right">{formatEuros(debtor.overdueCents)}</Table.Td>
          <Table.Td ta="right">{debtor.oldestDaysLate} j</Table.Td>
        </>
      )}
    />
  );
});
