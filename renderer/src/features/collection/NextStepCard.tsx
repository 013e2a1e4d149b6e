import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconListNumbers, IconPhone } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { DebtorCollection } from '../../domain/collectionView';
import { formatDateFr } from '../../domain/dates';
import { CHANNEL_LABELS, type Ladder } from '../../domain/ladder';
import type { IsoDate } from '../../domain/model';
import { openPaymentEntry } from '../promises';
import { openLadderOverrides } from './LadderOverridesDialog';

const STATUS: Record<DebtorCollection['state']['status'], { label: string; color: string }> = {
  clear: { label: 'Rien d’échu', color: 'teal' },
  step: { label: 'À faire', color: 'blue' },
  'below-minimum': { label: 'Sous le seuil', color: 'gray' },
  paused: { label: 'En pause', color: 'yellow' },
  excluded: { label: 'Hors échelle', color: 'gray' },
  finished: { label: 'Échelle terminée', color: 'red' },
};

/** Where the debtor stands on the ladder, why, and what to do: call, record a payment, rules. */
export function NextStepCard({
  collection,
  ladder,
  today,
}: {
  collection: DebtorCollection;
  ladder: Ladder;
  today: IsoDate;
}) {
  const { state, debtor } = collection;
  const waiting = state.status === 'step' && state.dueOn > today;
  const status = waiting ? { label: 'Prévue', color: 'cyan' } : STATUS[state.status];
  return (
    <Paper withBorder p="md" data-testid="ladder-state">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            <Title order={4}>Relance</Title>
            <Badge color={status.color} variant="light">
              {status.label}
            </Badge>
            {debtor.ladderOverrides?.strategic && <Badge color="yellow">Compte stratégique</Badge>}
          </Group>
          {'step' in state && (
            <Text size="sm" fw={500}>
              {state.step.label} ({state.pending.map((c) => CHANNEL_LABELS[c]).join(' + ')}){' '}
              {state.dueOn <= today
                ? `due depuis le ${formatDateFr(state.dueOn)}`
                : `prévue le ${formatDateFr(state.dueOn)}`}
            </Text>
          )}
          {'reason' in state && <Text size="sm">{state.reason}</Text>}
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconPhone size={14} />}
            component={Link}
            to={paths.guidedCall(debtor.id)}
          >
            Appel guidé
          </Button>
          <Button
            size="xs"
            variant="light"
            onClick={() => openPaymentEntry({ debtorId: debtor.id, debtorName: debtor.name })}
          >
            Constater un règlement…
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconListNumbers size={14} />}
            onClick={() => openLadderOverrides(debtor, ladder)}
          >
            Règles de relance…
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
