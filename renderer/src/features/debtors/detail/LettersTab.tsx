import {
  Badge,
  Button,
  Group,
  Paper,
  ScrollArea,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconMail, IconMailForward } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatDateFr, formatInstantFr } from '../../../domain/dates';
import { type LetterEntry, letterEntries } from '../../../domain/letterHistory';
import { SEND_METHOD_LABELS } from '../../../domain/letters';
import type { Activity, Letter } from '../../../domain/model';
import { formatEuros } from '../../../domain/money';
import { plural } from '../../../domain/numbers';
import { StoredLetterModal } from '../../letters';

function what(entry: LetterEntry): string {
  const { letter, activity } = entry;
  if (letter) return letter.templateName ?? letter.template;
  return activity.text;
}

/**
 * The debtor's letters: those the history shows (« Courriers » filter), from the same rows, each
 * reopening the copy kept when there is one. So this tab and « Historique » always agree.
 */
export function LettersTab({
  debtorId,
  debtorName,
  activities,
  letters,
}: {
  debtorId: string;
  debtorName: string;
  activities: readonly Activity[];
  letters: readonly Letter[];
}) {
  const entries = useMemo(() => letterEntries(activities, letters), [activities, letters]);
  const [open, setOpen] = useState<Letter | null>(null);
  return (
    <Paper withBorder p="md" data-testid="debtor-letters">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconMail size={18} /> Courriers
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconMailForward size={14} />}
          component={Link}
          to={paths.letters({ debtorId, tab: 'nouveau' })}
        >
          Écrire un courrier
        </Button>
      </Group>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun courrier envoyé. Les relances et mises en demeure, conservées telles qu’envoyées,
          apparaîtront ici et dans l’historique.
        </Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped fz="sm" verticalSpacing={6} aria-label="Courriers du débiteur">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Courrier</Table.Th>
                <Table.Th>Envoi</Table.Th>
                <Table.Th ta="right">Montant réclamé</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Copie conservée</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const { letter, activity } = entry;
                return (
                  <Table.Tr key={activity.id} data-testid="letter-entry">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {letter ? formatDateFr(letter.date) : formatInstantFr(activity.at)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{what(entry)}</Text>
                      {letter && (
                        <Text size="xs" c="dimmed">
                          {plural(letter.invoiceIds.length, 'pièce')}
                          {letter.trackingNumber ? ` · n° de suivi ${letter.trackingNumber}` : ''}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {letter ? (
                        <Badge
                          variant="light"
                          color={letter.sendMethod === 'lrar' ? 'indigo' : 'gray'}
                          style={{ flex: 'none' }}
                        >
                          {SEND_METHOD_LABELS[letter.sendMethod]}
                        </Badge>
                      ) : (
                        <Text size="xs" c="dimmed">
                          noté par {activity.by}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {letter?.amounts
                        ? formatEuros(letter.amounts.totalCents)
                        : activity.amountCents !== undefined
                          ? formatEuros(activity.amountCents)
                          : '—'}
                    </Table.Td>
                    <Table.Td>
                      {letter ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={`Ouvrir « ${what(entry)} » du ${formatDateFr(letter.date)}`}
                          onClick={() => setOpen(letter)}
                        >
                          Ouvrir
                        </Button>
                      ) : (
                        <Text size="xs" c="dimmed">
                          pas de copie
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {open && (
        <StoredLetterModal letter={open} debtorName={debtorName} onClose={() => setOpen(null)} />
      )}
    </Paper>
  );
}
