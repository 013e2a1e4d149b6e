import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import { authorName } from '../../data/repositories/collectionSettings';
import { disputesRepo } from '../../data/repositories/disputes';
import { formatInstantFr } from '../../domain/dates';
import {
  DISPUTE_CATEGORY_LABELS,
  DISPUTE_RESOLUTION_LABELS,
  type Dispute,
  disputesFrom,
} from '../../domain/disputes';
import type { Activity, Invoice } from '../../domain/model';
import { openDisputeDialog } from './DisputeDialog';
import { openResolveDispute } from './ResolveDisputeDialog';

function NoteBox({ dispute }: { dispute: Dispute }) {
  const [text, setText] = useState('');
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        size="xs"
        style={{ flex: 1 }}
        placeholder="Ajouter une note au litige"
        aria-label="Note du litige"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="light"
        disabled={!text.trim()}
        onClick={async () => {
          try {
            await disputesRepo.addNote(dispute, text);
            setText('');
          } catch (error) {
            notifications.show({ color: 'red', message: String(error) });
          }
        }}
      >
        Noter
      </Button>
    </Group>
  );
}

function DisputeEntry({
  dispute,
  numbers,
}: {
  dispute: Dispute;
  numbers: ReadonlyMap<string, string>;
}) {
  return (
    <Paper withBorder p="sm" data-testid="dispute">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap={6}>
            <Badge color={dispute.resolution ? 'gray' : 'grape'} variant="light">
              {DISPUTE_CATEGORY_LABELS[dispute.category]}
            </Badge>
            <Text size="sm">
              {dispute.invoiceIds.map((id) => numbers.get(id) ?? '?').join(', ')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            Ouvert le {formatInstantFr(dispute.openedAt)}
            {authorName(dispute.openedBy) ? ` par ${authorName(dispute.openedBy)}` : ''}
            {dispute.owner ? ` · suivi par ${dispute.owner}` : ''}
          </Text>
          {dispute.notes.slice(1).map((n) => (
            <Text key={n.at} size="xs">
              {formatInstantFr(n.at)} — {n.text}
            </Text>
          ))}
          {dispute.resolution && (
            <Text size="sm" c="teal.7">
              {DISPUTE_RESOLUTION_LABELS[dispute.resolution.resolution]} le{' '}
              {formatInstantFr(dispute.resolution.at)}
            </Text>
          )}
        </Stack>
        {!dispute.resolution && (
          <Button size="xs" variant="light" onClick={() => openResolveDispute(dispute)}>
            Résoudre…
          </Button>
        )}
      </Group>
      {!dispute.resolution && <NoteBox dispute={dispute} />}
    </Paper>
  );
}

/** The debtor's disputes, open first, with « Signaler un litige ». */
export function DebtorDisputes({
  debtorId,
  activities,
  items,
}: {
  debtorId: string;
  activities: readonly Activity[];
  items: readonly Invoice[];
}) {
  const disputes = disputesFrom(activities).sort(
    (a, b) => Number(!!a.resolution) - Number(!!b.resolution),
  );
  const numbers = new Map(items.map((i) => [i.id, i.number]));
  const open = items
    .filter((i) => i.kind === 'invoice' && i.status === 'open' && i.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconGavel size={18} /> Litiges
        </Title>
        <Button
          size="xs"
          variant="light"
          disabled={open.length === 0}
          onClick={() => openDisputeDialog(debtorId, open)}
        >
          Signaler un litige
        </Button>
      </Group>
      <Stack gap="xs">
        {disputes.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucun litige.
          </Text>
        ) : (
          disputes.map((d) => <DisputeEntry key={d.id} dispute={d} numbers={numbers} />)
        )}
      </Stack>
    </Paper>
  );
}
