import { Badge, Paper, Stack, Table, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconChecklist, IconX } from '@tabler/icons-react';
import type { CaseChecklist, ChecklistItem } from '../../domain/dossier';

/** A piece present or missing: an icon named for screen readers (role img: a div's label is not). */
function Status({ item }: { item: ChecklistItem }) {
  if (item.pieceKeys.length > 0) {
    return (
      <ThemeIcon size="sm" color="teal" variant="light" role="img" aria-label="présente">
        <IconCheck size={14} />
      </ThemeIcon>
    );
  }
  return (
    <Tooltip
      label={
        item.level === 'required' ? 'Pièce obligatoire manquante' : 'Pièce recommandée manquante'
      }
    >
      <ThemeIcon
        size="sm"
        color={item.level === 'required' ? 'red' : 'gray'}
        variant="light"
        role="img"
        aria-label={item.level === 'required' ? 'manquante' : 'recommandée, absente'}
      >
        <IconX size={14} />
      </ThemeIcon>
    </Tooltip>
  );
}

/** For each invoice of the case, the pieces the chosen procedure needs: present or missing. */
export function ChecklistCard({ checklist }: { checklist: CaseChecklist }) {
  const headers = checklist.invoices[0]?.items ?? [];
  return (
    <Paper withBorder p="md" data-testid="dossier-checklist">
      <Stack gap="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconChecklist size={18} /> Pièces par facture
          {checklist.missingRequired > 0 ? (
            <Badge color="red" variant="light">
              {checklist.missingRequired} obligatoire{checklist.missingRequired > 1 ? 's' : ''}{' '}
              manquante
              {checklist.missingRequired > 1 ? 's' : ''}
            </Badge>
          ) : (
            <Badge color="teal" variant="light">
              Complet
            </Badge>
          )}
        </Title>
        {headers.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucune pièce attendue pour cette procédure.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing={4} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Facture</Table.Th>
                  {headers.map((item) => (
                    <Table.Th key={item.requirement}>
                      {item.label}
                      {item.level === 'recommended' ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          (conseillé)
                        </Text>
                      ) : null}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {checklist.invoices.map((row) => (
                  <Table.Tr key={row.invoiceId}>
                    <Table.Td>{row.number}</Table.Td>
                    {row.items.map((item) => (
                      <Table.Td key={item.requirement}>
                        <Status item={item} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
