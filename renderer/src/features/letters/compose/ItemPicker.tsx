import { Badge, Group, Table, Text } from '@mantine/core';
import { daysBetween, formatDateFr } from '../../../domain/dates';
import type { Invoice } from '../../../domain/model';
import { formatEuros } from '../../../domain/money';
import { formatDays } from '../../../domain/numbers';
import { SelectableTable } from '../../../shared/ui/SelectableTable';
import type { LetterDraft } from './useLetterDraft';

const itemKey = (item: Invoice) => item.id;

function isOpen(item: Invoice): boolean {
  return item.openCents !== 0 && (item.status === 'open' || item.status === 'disputed');
}

/** The debtor's open items, ticked as the template proposes; the user adjusts the selection. */
export function ItemPicker({ draft }: { draft: LetterDraft }) {
  const { items, selection, options, update } = draft;
  const open = items.filter(isOpen).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const selected = new Set(selection.map((item) => item.id));
  if (open.length === 0)
    return (
      <Text c="dimmed" size="sm">
        Aucune pièce ouverte pour ce débiteur.
      </Text>
    );
  return (
    <SelectableTable
      rows={open}
      rowKey={itemKey}
      selected={selected}
      onChange={(next) => update({ selectedIds: [...next] })}
      maxHeight={320}
      label="Pièces du courrier"
      allLabel="Toutes les pièces"
      rowLabel={(item) => `Inclure ${item.number}`}
      columns={4}
      head={
        <>
          <Table.Th>Pièce</Table.Th>
          <Table.Th>Échéance</Table.Th>
          <Table.Th ta="right">Reste dû</Table.Th>
          <Table.Th ta="right">Retard</Table.Th>
        </>
      }
      cells={(item) => {
        const late = daysBetween(item.dueDate, options.date);
        return (
          <>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {item.number}
                {item.status === 'disputed' ? (
                  <Badge size="xs" color="orange" title={item.disputeReason}>
                    Litige
                  </Badge>
                ) : null}
                {item.kind !== 'invoice' ? (
                  <Badge size="xs" color="gray">
                    Avoir
                  </Badge>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td>{formatDateFr(item.dueDate)}</Table.Td>
            <Table.Td ta="right">{formatEuros(item.openCents)}</Table.Td>
            <Table.Td ta="right">{late > 0 ? formatDays(late) : 'non échu'}</Table.Td>
          </>
        );
      }}
    />
  );
}
