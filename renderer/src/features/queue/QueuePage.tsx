import { Alert, Anchor, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconListCheck, IconUserQuestion } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useQueueData } from '../../data/collectionHooks';
import { usePortfolioContext } from '../../data/portfolioHooks';
import { teamPortfoliosRepo } from '../../data/repositories/teamPortfolios';
import { formatLongDateFr, todayIso } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { scopeLabel } from '../../domain/teamPortfolios';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { LedgerGate } from '../onboarding';
import { Handovers, PortfolioScopeSelect } from '../team';
import { ActionGroup } from './ActionGroup';
import { CurrentUserSelect } from './CurrentUserSelect';
import { LetterBatchButtons } from './LetterBatchButtons';
import { QueueAlerts } from './QueueAlerts';

function Queue({ today }: { today: IsoDate }) {
  const data = useQueueData(today);
  const context = usePortfolioContext(today);
  const templateNames = useMemo(
    () =>
      new Map(
        (data?.ladder.steps ?? []).flatMap((s) =>
          s.templateId ? [[s.templateId, s.label] as const] : [],
        ),
      ),
    [data],
  );
  if (!data || !context) return <PageLoader />;
  const { queue, groups, user, scope } = data;
  const failed = queue.actions.filter((a) => a.failure).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <PortfolioScopeSelect
          value={scope}
          user={user}
          controllers={data.controllers}
          onChange={(next) => teamPortfoliosRepo.saveQueueScope(next)}
        />
        <Text size="sm" c="dimmed" data-testid="queue-count">
          {queue.actions.length} action{queue.actions.length > 1 ? 's' : ''}
          {failed > 0 ? ` · ${failed} en échec` : ''}
          {queue.snoozed > 0 ? ` · ${queue.snoozed} reportée${queue.snoozed > 1 ? 's' : ''}` : ''}
        </Text>
      </Group>
      {!user && scope.kind === 'mine' && (
        <Alert color="blue" variant="light" icon={<IconUserQuestion />}>
          Choisissez votre nom en haut à droite (ou dans Paramètres → Utilisateur) pour ne voir que
          vos débiteurs. En attendant, les actions de toute l’équipe sont affichées.
        </Alert>
      )}
      <Handovers context={context} />
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
          description={
            scope.kind === 'all'
              ? 'Les relances dues selon l’échelle de recouvrement apparaîtront ici.'
              : `Rien à faire dans ce portefeuille (${scopeLabel(scope)}) : choisissez « Tous » pour voir les actions de l’équipe.`
          }
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
  return (
    <>
      <PageHeader
        title="File d’actions"
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
        <Queue today={today} />
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
