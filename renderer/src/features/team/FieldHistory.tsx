import { Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { type FieldHistoryState, useFieldHistory } from '../../data/sync';
import { debtorFieldHistoryLines, type HistoryValue } from '../../domain/fieldHistory';
import { PlaceLinks } from '../../shared/ui/PlaceLinks';

const TITLE = 'Modifications concurrentes';

/** What to say instead of the list when the server cannot be asked. */
export const FIELD_HISTORY_MESSAGES = {
  signedOut:
    'Les valeurs remplacées sont conservées sur le serveur d’équipe\u00a0: connectez-vous dans Paramètres → Équipe pour les consulter.',
  offline:
    'Les valeurs remplacées sont conservées sur le serveur d’équipe, injoignable pour l’instant\u00a0: elles s’afficheront dès que le poste sera de nouveau en ligne.',
  rule: 'Quand deux personnes modifient le même champ sans voir la modification de l’autre, la plus récente reçue par le serveur l’emporte\u00a0; la valeur remplacée reste ici.',
  empty: 'Aucune valeur de cette fiche n’a été remplacée par un collègue qui ne l’avait pas vue.',
} as const;

function Value({ value }: { value: HistoryValue }) {
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value.text}
      </Text>
      {value.signedBy && (
        <Text size="xs" c="dimmed">
          {value.signedBy}
        </Text>
      )}
    </Stack>
  );
}

function Body({ state }: { state: Exclude<FieldHistoryState, { kind: 'solo' }> }) {
  switch (state.kind) {
    case 'signedOut':
    case 'offline':
      return (
        <Text size="sm" c="dimmed">
          <PlaceLinks text={FIELD_HISTORY_MESSAGES[state.kind]} />
        </Text>
      );
    case 'loading':
      return <Loader size="xs" aria-label="Chargement des modifications concurrentes" />;
    case 'error':
      return (
        <Text size="sm" c="red">
          {state.message}
        </Text>
      );
    case 'ready': {
      const lines = debtorFieldHistoryLines(state.entries);
      if (lines.length === 0) {
        return (
          <Text size="sm" c="dimmed">
            {FIELD_HISTORY_MESSAGES.empty}
          </Text>
        );
      }
      return (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} fz="sm" aria-label={TITLE}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Champ</Table.Th>
                <Table.Th>Valeur remplacée</Table.Th>
                <Table.Th>Remplacée par</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, i) => (
                // Entries have no id; their order (newest first) is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: stable server order
                <Table.Tr key={i} data-testid="field-history-line">
                  <Table.Td>{line.label}</Table.Td>
                  <Table.Td>
                    <Value value={line.replaced} />
                  </Table.Td>
                  <Table.Td>
                    <Value value={line.replacement} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
    }
  }
}

/** The section itself, for a given state (working alone: nothing at all). */
export function FieldHistoryView({ state }: { state: FieldHistoryState }) {
  if (state.kind === 'solo') return null;
  const count = state.kind === 'ready' ? state.entries.length : 0;
  return (
    <Paper withBorder p="md" component="section" aria-label={TITLE}>
      <Stack gap="xs">
        <Group gap="xs">
          <IconArrowsExchange size={18} aria-hidden />
          <Title order={4}>{TITLE}</Title>
          {count > 0 && (
            <Badge variant="light" color="orange">
              {count}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {FIELD_HISTORY_MESSAGES.rule}
        </Text>
        <Body state={state} />
      </Stack>
    </Paper>
  );
}

/**
 * « Modifications concurrentes » on the fiche débiteur (team mode only): each value of the
 * debtor that a colleague's later write replaced, with who wrote each and when.
 */
export function DebtorFieldHistory({ debtorId }: { debtorId: string }) {
  return <FieldHistoryView state={useFieldHistory('debtors', debtorId)} />;
}
