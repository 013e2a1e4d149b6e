import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useImports } from '../../data/hooks';
import { useImportOutcomes } from '../../data/sync';
import { formatDateFr, formatInstantFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';

/** Past imports, newest first; any of them can be reopened to browse its diff. */
export function ImportHistory({ onOpen }: { onOpen: (importId: string) => void }) {
  const imports = useImports();
  const waiting = new Set(
    useImportOutcomes()
      .filter((outcome) => outcome.state === 'waiting')
      .map((outcome) => outcome.importId),
  );
  if (!imports || imports.length === 0) return null;
  return (
    <Paper withBorder p="md" mt="lg">
      <Title order={4} mb="sm">
        Imports précédents
      </Title>
      <Table striped fz="sm" aria-label="Imports précédents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Balance au</Table.Th>
            <Table.Th>Fichier</Table.Th>
            <Table.Th>Importé le</Table.Th>
            <Table.Th ta="right">Pièces</Table.Th>
            <Table.Th ta="right">Nouvelles</Table.Th>
            <Table.Th ta="right">Soldées</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td>{formatDateFr(record.asOfDate)}</Table.Td>
              <Table.Td>
                {/* Whole, on two lines if it must: « balance au 3… » hid which month it was. */}
                <Text size="sm" maw={420}>
                  {record.fileName}
                </Text>
                {record.gapCents !== undefined && (
                  <Text size="xs" c="orange.8" maw={420} data-testid="import-gap-reason">
                    Écart de {formatEuros(record.gapCents)}
                    {'\u00a0'}: « {record.gapReason} »
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatInstantFr(record.importedAt)}</Table.Td>
              <Table.Td ta="right">{formatCount(record.counts.items)}</Table.Td>
              <Table.Td ta="right">{formatCount(record.diff.newItems)}</Table.Td>
              <Table.Td ta="right">{formatCount(record.diff.closedItems)}</Table.Td>
              <Table.Td ta="right">
                {waiting.has(record.id) && (
                  <Badge variant="light" color="orange" mr="xs">
                    en attente du serveur
                  </Badge>
                )}
                {record.undoable && (
                  <Badge variant="light" mr="xs">
                    dernier
                  </Badge>
                )}
                <Button size="compact-xs" variant="subtle" onClick={() => onOpen(record.id)}>
                  Détail
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
