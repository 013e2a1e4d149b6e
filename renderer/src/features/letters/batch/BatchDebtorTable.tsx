import { Checkbox, ScrollArea, Table } from '@mantine/core';
import { memo } from 'react';
import type { OverdueDebtor } from '../../../data/repositories/letterSources';
import { formatEuros } from '../../../domain/money';

export interface BatchDebtorTableProps {
  debtors: readonly OverdueDebtor[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/**
 * Debtors with overdue invoices, to tick for the batch. Memoised: the batch's progress updates
 * re-render the screen once per letter, and hundreds of rows must not be redrawn each time.
 */
export const BatchDebtorTable = memo(function BatchDebtorTable({
  debtors,
  selected,
  onChange,
}: BatchDebtorTableProps) {
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <ScrollArea.Autosize mah="55vh" type="auto">
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        fz="sm"
        aria-label="Débiteurs du lot"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Checkbox
                aria-label="Tous les débiteurs"
                checked={debtors.length > 0 && selected.size === debtors.length}
                indeterminate={selected.size > 0 && selected.size < debtors.length}
                onChange={(event) =>
                  onChange(
                    new Set(event.currentTarget.checked ? debtors.map((d) => d.debtorId) : []),
                  )
                }
              />
            </Table.Th>
            <Table.Th>Débiteur</Table.Th>
            <Table.Th>Compte</Table.Th>
            <Table.Th ta="right">Factures échues</Table.Th>
            <Table.Th ta="right">Montant échu</Table.Th>
            <Table.Th ta="right">Plus ancien retard</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {debtors.map((debtor) => (
            <Table.Tr key={debtor.debtorId}>
              <Table.Td>
                <Checkbox
                  aria-label={`Inclure ${debtor.name}`}
                  checked={selected.has(debtor.debtorId)}
                  onChange={(event) => toggle(debtor.debtorId, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{debtor.name}</Table.Td>
              <Table.Td>{debtor.accountNo}</Table.Td>
              <Table.Td ta="right">{debtor.overdueItems}</Table.Td>
              <Table.Td ta="right">{formatEuros(debtor.overdueCents)}</Table.Td>
              <Table.Td ta="right">{debtor.oldestDaysLate} j</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
});
