import { Badge, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { BucketKey } from '../../../domain/aging';
import { formatDateFr } from '../../../domain/dates';
import {
  INVOICE_KIND_LABELS,
  ITEM_FLAG_LABELS,
  type ItemFlag,
  type OpenItemLine,
} from '../../../domain/debtorFile';
import type { IsoDate } from '../../../domain/model';
import { formatEuros, sumCents } from '../../../domain/money';
import { formatCount } from '../../../domain/numbers';

const FLAG_COLORS: Record<ItemFlag, string> = {
  disputed: 'orange',
  promised: 'grape',
  'in-case': 'red',
};

export interface OpenItemsTableProps {
  lines: readonly OpenItemLine[];
  bucketLabels: Record<BucketKey, string>;
  asOfDate: IsoDate;
}

/** The debtor's open items, oldest due date first, each with its age and its situation. */
export function OpenItemsTable({ lines, bucketLabels, asOfDate }: OpenItemsTableProps) {
  const totalOpen = sumCents(lines.map((line) => line.invoice.openCents));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Pièces ouvertes</Title>
        <Text size="sm" c="dimmed">
          {lines.length} pièce{lines.length > 1 ? 's' : ''} · âge au {formatDateFr(asOfDate)}
        </Text>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune pièce ouverte : ce débiteur ne doit rien.
        </Text>
      ) : (
        <ScrollArea.Autosize
          mah={520}
          type="auto"
          viewportProps={{ tabIndex: 0, 'aria-label': 'Pièces ouvertes' }}
        >
          <Table
            striped
            highlightOnHover
            stickyHeader
            fz="sm"
            miw={900}
            style={{ whiteSpace: 'nowrap' }}
            aria-label="Pièces ouvertes"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Pièce</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th>Échéance</Table.Th>
                <Table.Th ta="right">Retard</Table.Th>
                <Table.Th>Tranche</Table.Th>
                <Table.Th ta="right">Montant</Table.Th>
                <Table.Th ta="right">Reste dû</Table.Th>
                <Table.Th>Situation</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map(({ invoice, daysPastDue, bucket, flags }) => (
                <Table.Tr key={invoice.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" ff="monospace">
                      {invoice.number}
                    </Text>
                    {invoice.kind !== 'invoice' && (
                      <Text size="xs" c="dimmed">
                        {INVOICE_KIND_LABELS[invoice.kind]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateFr(invoice.issueDate)}</Table.Td>
                  <Table.Td>{formatDateFr(invoice.dueDate)}</Table.Td>
                  <Table.Td ta="right">
                    {daysPastDue > 0 ? `${formatCount(daysPastDue)} j` : '—'}
                  </Table.Td>
                  <Table.Td>{bucketLabels[bucket]}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(invoice.amountCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                    {formatEuros(invoice.openCents)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {flags.length === 0 ? (
                        <Badge size="sm" variant="light" color="gray">
                          Ouverte
                        </Badge>
                      ) : (
                        flags.map((flag) => (
                          <Badge key={flag} size="sm" variant="light" color={FLAG_COLORS[flag]}>
                            {ITEM_FLAG_LABELS[flag]}
                          </Badge>
                        ))
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={6}>Total</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(totalOpen)}
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
