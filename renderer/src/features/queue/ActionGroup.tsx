import { Badge, Button, Group, Paper, Table, Title } from '@mantine/core';
import { IconMail, IconMailbox, IconPhone, IconScale, IconSend } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { ChannelGroup } from '../../domain/actionQueue';
import { CHANNEL_LABELS, type Channel } from '../../domain/ladder';
import { ActionRow } from './ActionRow';

const PAGE = 25;

const ICONS: Record<Channel, ReactNode> = {
  telephone: <IconPhone size={18} />,
  email: <IconSend size={18} />,
  'courrier-simple': <IconMail size={18} />,
  lrar: <IconMailbox size={18} />,
  dossier: <IconScale size={18} />,
};

/** The day's actions of one channel, in priority order, 25 at a time. */
export function ActionGroup({ group, extra }: { group: ChannelGroup; extra?: ReactNode }) {
  const [shown, setShown] = useState(PAGE);
  const failed = group.actions.filter((a) => a.failure).length;
  return (
    <Paper withBorder p="md" data-testid={`queue-group-${group.channel}`}>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          {ICONS[group.channel]}
          <Title order={4}>{CHANNEL_LABELS[group.channel]}</Title>
          <Badge variant="light">{group.actions.length}</Badge>
          {failed > 0 && (
            <Badge color="red" variant="light">
              {failed} en échec
            </Badge>
          )}
        </Group>
        {extra}
      </Group>
      <Table
        verticalSpacing={6}
        highlightOnHover
        aria-label={`Actions ${CHANNEL_LABELS[group.channel]}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>#</Table.Th>
            <Table.Th>Débiteur</Table.Th>
            <Table.Th>Étape</Table.Th>
            <Table.Th>Motif</Table.Th>
            <Table.Th ta="right">Montant</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.actions.slice(0, shown).map((action, index) => (
            <ActionRow key={action.key} action={action} rank={index + 1} />
          ))}
        </Table.Tbody>
      </Table>
      {group.actions.length > shown && (
        <Button variant="subtle" mt="xs" onClick={() => setShown((n) => n + PAGE)}>
          Afficher {Math.min(PAGE, group.actions.length - shown)} actions de plus
        </Button>
      )}
    </Paper>
  );
}
