import { Table, Text } from '@mantine/core';
import { memo } from 'react';
import type { BatchCandidate } from '../../../domain/batchCandidates';
import { formatEuros } from '../../../domain/money';
import { formatDays } from '../../../domain/numbers';
import { SelectableTable } from '../../../shared/ui/SelectableTable';

export interface BatchDebtorTableProps {
  debtors: readonly BatchCandidate[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

const debtorKey = (debtor: BatchCandidate) => debtor.debtorId;
const held = (debtor: BatchCandidate) => debtor.excluded !== undefined;
const rowLabel = (debtor: BatchCandidate) => `Inclure ${debtor.name}`;

/** A debtor's cells after its checkbox; module-level, so that the rows stay memoised. */
const debtorCells = (debtor: BatchCandidate) => (
  <>
    <Table.Td data-testid="batch-debtor" data-debtor={debtor.debtorId}>
      <Text size="sm">{debtor.name}</Text>
      <Text size="xs" c="dimmed">
        {debtor.accountNo}
      </Text>
    </Table.Td>
    <Table.Td>
      {/* Text that wraps, not a badge: « Promesse de paiement en cours » in capitals
          widened the column until the amounts left a 1,024 px window. */}
      {debtor.excluded ? (
        <Text
          size="xs"
          fw={600}
          c="dimmed"
          title={debtor.excluded.reason}
          data-testid="batch-excluded"
        >
          {debtor.excluded.headline}
        </Text>
      ) : (
        debtor.stage
      )}
    </Table.Td>
    <Table.Td>
      <Text size="xs">{debtor.promise ?? '—'}</Text>
    </Table.Td>
    <Table.Td>
      <Text size="xs">{debtor.dispute ?? '—'}</Text>
    </Table.Td>
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {debtor.excluded ? '—' : formatEuros(debtor.amountCents)}
    </Table.Td>
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {debtor.daysLate > 0 ? formatDays(debtor.daysLate) : '—'}
    </Table.Td>
  </>
);

/**
 * The debtors due for the template's step, to tick for the batch; below them, greyed and never
 * ticked, those a promise, a plan or a dispute holds, with the reason. Memoised: the batch's
 * progress re-renders the screen once per letter, and hundreds of rows must not be redrawn.
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
      disabled={held}
      maxHeight="55vh"
      label="Débiteurs du lot"
      allLabel="Tous les débiteurs dus"
      rowLabel={rowLabel}
      columns={6}
      head={
        <>
          <Table.Th>Débiteur</Table.Th>
          <Table.Th>Étape</Table.Th>
          <Table.Th>Promesse</Table.Th>
          <Table.Th>Litige</Table.Th>
          <Table.Th ta="right">Montant réclamé</Table.Th>
          <Table.Th ta="right">Retard</Table.Th>
        </>
      }
      cells={debtorCells}
    />
  );
});
