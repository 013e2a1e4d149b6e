import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { QueueAction } from '../../domain/actionQueue';
import { formatDateFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { entrustedLabel } from '../../domain/teamPortfolios';
import { CallingBadge } from '../team';
import { ActionMenu } from './ActionMenu';
import { actionLabel } from './actionLabel';

const SHOWN_ITEMS = 4;

function PrimaryButton({ action }: { action: QueueAction }) {
  if (action.channel === 'telephone') {
    return (
      <Button
        size="xs"
        component={Link}
        to={paths.guidedCall(action.debtorId, { key: action.key, label: actionLabel(action) })}
      >
        Appeler
      </Button>
    );
  }
  if (action.channel === 'dossier') {
    return (
      <Button size="xs" variant="light" component={Link} to={paths.debtor(action.debtorId)}>
        Ouvrir un dossier
      </Button>
    );
  }
  return (
    <Button
      size="xs"
      variant="light"
      component={Link}
      to={paths.letters({
        debtorId: action.debtorId,
        tab: 'nouveau',
        templateId: action.step.templateId,
      })}
    >
      {action.channel === 'email' ? 'Préparer le courriel' : 'Préparer le courrier'}
    </Button>
  );
}

function ItemsLine({ action }: { action: QueueAction }) {
  const shown = action.items.slice(0, SHOWN_ITEMS).map((i) => i.number);
  const more = action.items.length - shown.length;
  return (
    <Text size="xs" c="dimmed" data-testid="action-items">
      {action.items.length > 1 ? `${action.items.length} pièces : ` : 'Pièce : '}
      {shown.join(', ')}
      {more > 0 ? ` et ${more} autre${more > 1 ? 's' : ''}` : ''}
    </Text>
  );
}

/** One action: who, which step, why, how much, and what to do now. */
export function ActionRow({ action, rank }: { action: QueueAction; rank: number }) {
  return (
    <Table.Tr data-testid="queue-action" data-debtor={action.debtorId}>
      <Table.Td c="dimmed">{rank}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            {action.strategic && (
              <Tooltip label="Compte stratégique : appelé avant tout courrier">
                <IconStarFilled
                  size={14}
                  color="var(--mantine-color-yellow-6)"
                  aria-label="Compte stratégique"
                />
              </Tooltip>
            )}
            <Anchor component={Link} to={paths.debtor(action.debtorId)} fw={500} size="sm">
              {action.debtorName}
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed">
            {action.accountNo}
            {action.assignee ? ` · ${action.assignee}` : ' · non attribué'}
          </Text>
          {action.entrustedBy && (
            <Badge color="violet" variant="light" size="sm" data-testid="entrusted-badge">
              {entrustedLabel(action.entrustedBy)}
            </Badge>
          )}
          <CallingBadge debtorId={action.debtorId} size="sm" />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{action.step.label}</Text>
          {action.failure ? (
            <Badge color="red" variant="light" size="sm">
              Échec
            </Badge>
          ) : action.overdueDays > 0 ? (
            <Text size="xs" c="orange.7">
              en retard de {action.overdueDays} j (due le {formatDateFr(action.dueOn)})
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              aujourd’hui
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{action.reason}</Text>
          {action.failure && (
            <Text size="sm" c="red.7">
              {action.failure}
            </Text>
          )}
          <ItemsLine action={action} />
        </Stack>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(action.amountCents)}
        {action.dueTodayCents !== undefined && action.dueTodayCents !== action.amountCents ? (
          <Text size="xs" c="dimmed" title="Avec intérêts de retard et indemnités à ce jour">
            {formatEuros(action.dueTodayCents)} avec intérêts
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <PrimaryButton action={action} />
          <ActionMenu action={action} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
