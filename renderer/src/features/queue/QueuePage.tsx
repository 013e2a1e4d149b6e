import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { IconListCheck, IconUserQuestion } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useQueueData } from '../../data/collectionHooks';
import { formatLongDateFr, todayIso } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { LedgerGate } from '../onboarding';
import { ActionGroup } from './ActionGroup';
import { CurrentUserSelect } from './CurrentUserSelect';
import { LetterBatchButtons } from './LetterBatchButtons';
import { QueueAlerts } from './QueueAlerts';

type Scope = 'mine' | 'all';

function Queue({
  today,
  scope,
  onScope,
}: {
  today: IsoDate;
  scope: Scope;
  onScope: (scope: Scope) => void;
}) {
  const data = useQueueData(today, scope);
  const templateNames = useMemo(
    () =>
      new Map(
        (data?.ladder.steps ?? []).flatMap((s) =>
          s.templateId ? [[s.templateId, s.label] as const] : [],
        ),
      ),
    [data],
  );
  if (!data) return <PageLoader />;
  const { queue, groups, user } = data;
  const failed = queue.actions.filter((a) => a.failure).length;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          value={scope}
          onChange={(value) => onScope(value === 'all' ? 'all' : 'mine')}
          data={[
            { value: 'mine', label: user ? `Mes actions (${user})` : 'Mes actions' },
            { value: 'all', label: 'Toute l’équipe' },
          ]}
        />
        <Text size="sm" c="dimmed">
          {queue.actions.length} action{queue.actions.length > 1 ? 's' : ''}
          {failed > 0 ? ` · ${failed} en échec` : ''}
          {queue.snoozed > 0 ? ` · ${queue.snoozed} reportée${queue.snoozed > 1 ? 's' : ''}` : ''}
        </Text>
      </Group>
      {!user && scope === 'mine' && (
        <Alert color="blue" variant="light" icon={<IconUserQuestion />}>
          Choisissez votre nom en haut à droite (ou dans Paramètres → Utilisateur) pour ne voir que
          vos actions. En attendant, toutes les actions de l’équipe sont affichées.
        </Alert>
      )}
      <QueueAlerts
        promises={data.promiseAlerts}
        prescriptions={data.prescriptionAlerts}
        today={today}
      />
      {groups.length === 0 ? (
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconListCheck size={28} />}
          title="Aucune action à traiter aujourd’hui"
          description="Les relances dues selon l’échelle de recouvrement apparaîtront ici."
        />
      ) : (
        groups.map((group) => (
          <ActionGroup
            key={group.channel}
            group={group}
            extra={
              group.channel === 'courrier-simple' || group.channel === 'lrar' ? (
                <LetterBatchButtons
                  batches={data.batches.filter((b) =>
                    group.actions.some((a) => a.step.templateId === b.templateId),
                  )}
                  templateNames={templateNames}
                />
              ) : null
            }
          />
        ))
      )}
    </Stack>
  );
}

/** The File d'actions: today's and overdue actions of the ladder, by channel, by priority. */
export function QueuePage() {
  const today = todayIso();
  const [scope, setScope] = useState<Scope>('mine');
  return (
    <>
      <PageHeader
        title="File d'actions"
        description={`Appels, relances et courriers à traiter le ${formatLongDateFr(today)}, retards compris.`}
        actions={
          <Group align="flex-end" gap="sm">
            <CurrentUserSelect />
            <Button variant="default" component={Link} to={paths.promises()}>
              Promesses et échéanciers
            </Button>
          </Group>
        }
      />
      <LedgerGate>
        <Queue today={today} scope={scope} onScope={setScope} />
      </LedgerGate>
      <Text size="xs" c="dimmed" mt="xl">
        L’échelle de relance se règle dans{' '}
        <Anchor component={Link} to={paths.settings()} size="xs">
          Paramètres → Relances
        </Anchor>
        .
      </Text>
    </>
  );
}
