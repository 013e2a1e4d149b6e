import { Anchor, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { DebtorSummary } from '../../domain/debtorSummary';
import { formatEuros } from '../../domain/money';
import { formatDays } from '../../domain/numbers';
import { StageBadge } from '../../shared/ui/StageBadge';

export interface TopDebtorsProps {
  rows: readonly DebtorSummary[];
  /** The full list sorted the same way. */
  allHref: string;
}

/** Who owes the most overdue money: where a call changes the most. */
export function TopDebtors({ rows, allHref }: TopDebtorsProps) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Les {rows.length} plus gros retards</Title>
        <Anchor component={Link} to={allHref} size="sm">
          Voir la liste complète
        </Anchor>
      </Group>
      <ScrollArea type="auto">
        <Table highlightOnHover fz="sm" aria-label="Plus gros retards" miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Débiteur</Table.Th>
              <Table.Th ta="right">Échu</Table.Th>
              <Table.Th ta="right">Solde</Table.Th>
              <Table.Th ta="right">Retard</Table.Th>
              <Table.Th>Étape</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.debtor(row.id)} size="sm">
                    {row.name}
                  </Anchor>
                  {/* The assignee under the account, not in a column of its own: the table
                      fits a 1,024 px window without scrolling sideways. */}
                  <Text size="xs" c="dimmed">
                    <Text span inherit ff="monospace">
                      {row.accountNo}
                    </Text>
                    {row.assignee && ` · ${row.assignee}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(row.overdueCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(row.totalCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {row.daysPastDue > 0 ? formatDays(row.daysPastDue) : '—'}
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={row.stage} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
