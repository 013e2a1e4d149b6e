import { Button, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { currencyOf, formatMoney } from '../../../domain/currency';
import { formatDateFr } from '../../../domain/dates';
import type { SettledItemLine } from '../../../domain/debtorFile';
import { formatCount } from '../../../domain/numbers';

function settledWhen({ settledAfter, settledBy }: SettledItemLine): string {
  if (settledBy && settledAfter) {
    return `entre le ${formatDateFr(settledAfter)} et le ${formatDateFr(settledBy)}`;
  }
  if (settledBy) return `au plus tard le ${formatDateFr(settledBy)}`;
  return 'date inconnue';
}

const PAGE = 50;

/**
 * Items that an import no longer listed: settled between two imports. The exact payment date
 * is not in an aged balance, so the window between the two as-of dates is what is shown.
 */
export function PaymentHistory({ lines }: { lines: readonly SettledItemLine[] }) {
  // A long-standing customer has thousands: the latest first, more on demand.
  const [shown, setShown] = useState(PAGE);
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Historique des règlements
      </Title>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun règlement constaté : les pièces soldées apparaissent ici quand un import ne les
          liste plus.
        </Text>
      ) : (
        <ScrollArea.Autosize
          mah={360}
          type="auto"
          viewportProps={{ tabIndex: 0, 'aria-label': 'Historique des règlements' }}
        >
          <Table striped fz="sm" stickyHeader aria-label="Historique des règlements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Pièce</Table.Th>
                <Table.Th>Échéance</Table.Th>
                <Table.Th ta="right">Montant</Table.Th>
                <Table.Th>Soldée</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.slice(0, shown).map((line) => (
                <Table.Tr key={line.invoice.id}>
                  <Table.Td ff="monospace">{line.invoice.number}</Table.Td>
                  <Table.Td>{formatDateFr(line.invoice.dueDate)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(line.invoice.amountCents, currencyOf(line.invoice))}
                  </Table.Td>
                  <Table.Td>{settledWhen(line)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {lines.length > shown && (
        <Button variant="subtle" mt="xs" onClick={() => setShown((n) => n + PAGE)}>
          Afficher les règlements plus anciens ({formatCount(lines.length - shown)} de plus)
        </Button>
      )}
    </Paper>
  );
}
