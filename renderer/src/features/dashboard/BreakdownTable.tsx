import { Anchor, Paper, Progress, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import type { BreakdownLine } from '../../domain/portfolio';

export interface BreakdownTableProps {
  title: string;
  /** Column header of the line labels (« Gestionnaire », « Étape »). */
  heading: string;
  lines: readonly BreakdownLine[];
  linkTo: (line: BreakdownLine) => string;
}

/** Debtors, balance and overdue per group; each line opens its debtors. */
export function BreakdownTable({ title, heading, lines, linkTo }: BreakdownTableProps) {
  const maxOverdue = Math.max(1, ...lines.map((line) => line.overdueCents));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Table fz="sm" highlightOnHover aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{heading}</Table.Th>
            <Table.Th ta="right">Débiteurs</Table.Th>
            <Table.Th ta="right">Solde</Table.Th>
            <Table.Th ta="right">Échu</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.key}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(line)} size="sm">
                  {line.label}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{formatCount(line.debtors)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatEuros(line.totalCents)}
              </Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatEuros(line.overdueCents)}
              </Table.Td>
              <Table.Td>
                <Progress
                  value={(Math.max(0, line.overdueCents) / maxOverdue) * 100}
                  size="sm"
                  aria-hidden
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
