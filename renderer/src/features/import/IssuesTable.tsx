import { Badge, Button, Group, ScrollArea, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type { ImportIssue } from '../../domain/import/types';
import { formatCount, plural } from '../../domain/numbers';
import { platform } from '../../platform';
import { issuesWorkbook } from './exportIssues';

/** Rows rendered at once; the full list is in the exported workbook. */
const VISIBLE = 500;

export function IssuesTable({
  issues,
  fileName,
}: {
  issues: readonly ImportIssue[];
  fileName: string;
}) {
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  async function exportXlsx() {
    const data = await issuesWorkbook(issues);
    const baseName = fileName.replace(/\.[^.]+$/, '');
    const result = await platform.saveFile({
      suggestedName: `Anomalies import – ${baseName}.xlsx`,
      data,
      filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
    });
    if (result.saved) notifications.show({ message: 'Liste des anomalies exportée.' });
  }
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          {errors > 0 && <Badge color="red">{plural(errors, 'erreur', 'erreurs')}</Badge>}
          {issues.length - errors > 0 && (
            <Badge color="orange">
              {plural(issues.length - errors, 'avertissement', 'avertissements')}
            </Badge>
          )}
        </Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          onClick={exportXlsx}
        >
          Exporter en Excel
        </Button>
      </Group>
      <ScrollArea.Autosize mah={320}>
        <Table striped fz="sm" aria-label="Anomalies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={1}>Gravité</Table.Th>
              <Table.Th>Ligne</Table.Th>
              <Table.Th>Colonne</Table.Th>
              <Table.Th>Message</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.slice(0, VISIBLE).map((issue, index) => (
              // Issues have no identity of their own; their order is stable for one parse.
              // biome-ignore lint/suspicious/noArrayIndexKey: stable list
              <Table.Tr key={index}>
                {/* The badge keeps its whole word: the message column gives way, never it. */}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    size="sm"
                    color={issue.severity === 'error' ? 'red' : 'orange'}
                    variant="light"
                    style={{ overflow: 'visible', flexShrink: 0 }}
                    styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
                    data-testid="issue-severity"
                  >
                    {issue.severity === 'error' ? 'Erreur' : 'Avertissement'}
                  </Badge>
                </Table.Td>
                <Table.Td>{issue.row ?? '—'}</Table.Td>
                <Table.Td>{issue.column ?? '—'}</Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {issues.length > VISIBLE && (
        <Text size="xs" c="dimmed" mt="xs">
          {formatCount(issues.length - VISIBLE)} autres anomalies : exportez la liste complète.
        </Text>
      )}
    </>
  );
}
