import { Badge, Checkbox, Group, ScrollArea, Table, Text } from '@mantine/core';
import { daysBetween, formatDateFr } from '../../../domain/dates';
import type { Invoice } from '../../../domain/model';
import { formatEuros } from '../../../domain/money';
import type { LetterDraft } from './useLetterDraft';

function isOpen(item: Invoice): boolean {
  return item.openCents !== 0 && (item.status === 'open' || item.status === 'disputed');
}

/** The debtor's open items, ticked as the template proposes; the user adjusts the selection. */
export function ItemPicker({ draft }: { draft: LetterDraft }) {
  const { items, selection, options, update } = draft;
  const open = items.filter(isOpen).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const selected = new Set(selection.map((item) => item.id));
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    update({ selectedIds: [...next] });
  };
  if (open.length === 0)
    return (
      <Text c="dimmed" size="sm">
        Aucune pièce ouverte pour ce débiteur.
      </Text>
    );
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        fz="sm"
        aria-label="Pièces du courrier"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Checkbox
                aria-label="Toutes les pièces"
                checked={selected.size === open.length}
                indeterminate={selected.size > 0 && selected.size < open.length}
                onChange={(event) =>
                  update({ selectedIds: event.currentTarget.checked ? open.map((i) => i.id) : [] })
                }
              />
            </Table.Th>
            <Table.Th>Pièce</Table.Th>
            <Table.Th>Échéance</Table.Th>
            <Table.Th ta="right">Reste dû</Table.Th>
            <Table.Th ta="right">Retard</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {open.map((item) => {
            const late = daysBetween(item.dueDate, options.date);
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Inclure ${item.number}`}
                    checked={selected.has(item.id)}
                    onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                  />
                </Table.Td>
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
                <Table.Td ta="right">{late > 0 ? `${late} j` : 'non échu'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
