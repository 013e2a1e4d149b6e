import { Button, Chip, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { authorName } from '../../data/repositories/collectionSettings';
import { formatInstantFr } from '../../domain/dates';
import type { Activity } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { PageLoader } from '../../shared/ui/PageLoader';
import {
  FILTER_LABELS,
  FILTER_OF,
  TIMELINE_FILTERS,
  TYPE_ICONS,
  TYPE_LABELS,
} from './activityKinds';
import { QuickNote } from './QuickNote';

const PAGE = 40;

/**
 * The debtor's timeline, newest first: calls, notes, letters, promises, disputes, payments,
 * stage changes and queue decisions, filterable by kind, with a quick note box. Append-only:
 * nothing here can be edited or deleted. `activities` are the debtor's, newest first, from the
 * fiche's own query (its « Courriers » tab reads the same rows); `undefined` while loading.
 */
export function DebtorTimeline({
  debtorId,
  activities,
}: {
  debtorId: string;
  activities: readonly Activity[] | undefined;
}) {
  const [filters, setFilters] = useState<string[]>([]);
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(
    () =>
      (activities ?? []).filter((a) => filters.length === 0 || filters.includes(FILTER_OF[a.type])),
    [activities, filters],
  );
  return (
    <Paper withBorder p="md" data-testid="debtor-timeline">
      <Stack gap="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconTimeline size={18} /> Historique
        </Title>
        <QuickNote debtorId={debtorId} />
        <Chip.Group multiple value={filters} onChange={setFilters}>
          <Group gap={6}>
            {TIMELINE_FILTERS.map((f) => (
              <Chip key={f} value={f} size="xs">
                {FILTER_LABELS[f]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {activities === undefined ? (
          <PageLoader />
        ) : visible.length === 0 ? (
          <Text size="sm" c="dimmed">
            {activities.length === 0
              ? 'Aucune activité pour le moment : appels, notes, courriers, promesses et litiges apparaîtront ici.'
              : 'Aucune activité de ce type.'}
          </Text>
        ) : (
          <Timeline bulletSize={22} lineWidth={2}>
            {visible.slice(0, shown).map((a) => (
              <Timeline.Item
                key={a.id}
                bullet={TYPE_ICONS[a.type]}
                title={
                  <Text size="sm" fw={600}>
                    {TYPE_LABELS[a.type]}
                    {a.amountCents !== undefined ? ` · ${formatEuros(a.amountCents)}` : ''}
                  </Text>
                }
              >
                <Text size="sm">{a.text}</Text>
                <Text size="xs" c="dimmed">
                  {formatInstantFr(a.at)}
                  {authorName(a.by) ? ` · ${authorName(a.by)}` : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {visible.length > shown && (
          <Button variant="subtle" w="fit-content" onClick={() => setShown((n) => n + PAGE)}>
            Afficher les activités plus anciennes
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
