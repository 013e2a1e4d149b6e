import { Alert, Anchor, Button, EmptyState, Group, Kbd, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconCalendarEvent,
  IconKeyboard,
  IconListCheck,
  IconUserQuestion,
} from '@tabler/icons-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useQueueData } from '../../data/collectionHooks';
import { usePortfolioContext } from '../../data/portfolioHooks';
import type { QueueData } from '../../data/repositories/collection';
import { teamPortfoliosRepo } from '../../data/repositories/teamPortfolios';
import { formatLongDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatCount, plural, pluralForm } from '../../domain/numbers';
import { filterChoices, filterRows, NO_FILTERS, type QueueRow } from '../../domain/queueRows';
import { scopeLabel } from '../../domain/teamPortfolios';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useToday } from '../../shared/ui/useToday';
import { LedgerGate } from '../onboarding';
import { HandoverAlerts, HandoverControl, PortfolioScopeSelect } from '../team';
import { CurrentUserSelect } from './CurrentUserSelect';
import { LetterBatchButtons } from './LetterBatchButtons';
import { QueueAlerts } from './QueueAlerts';
import { QueueFilters } from './QueueFilters';
import { QueueList, type QueueListHandle } from './QueueList';
import { rememberQueueOrder, rowPath } from './queueNavigation';
import { ShortcutSheet } from './ShortcutSheet';

/** « Mes débiteurs » with nobody chosen: say so, and let the user choose, never show all. */
function WhoAreYou() {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUserQuestion />}
      title="Qui êtes-vous ?"
      data-testid="queue-no-user"
    >
      <Stack gap="sm">
        <Text size="sm">
          « Mes débiteurs » montre les actions de la personne qui travaille à ce poste, et personne
          n’a été choisi. Indiquez votre nom, ou affichez les actions de toute l’équipe.
        </Text>
        <Group align="flex-end">
          <CurrentUserSelect label="Je suis" />
          <Button
            variant="default"
            onClick={() => void teamPortfoliosRepo.saveQueueScope({ kind: 'all' })}
          >
            Voir toute l’équipe
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function Rows({ data, today }: { data: QueueData; today: IsoDate }) {
  const navigate = useNavigate();
  const [filters, setFilters] = useState(NO_FILTERS);
  const deferred = useDeferredValue(filters);
  const rows = useMemo(() => filterRows(data.rows, deferred), [data.rows, deferred]);
  const choices = useMemo(() => filterChoices(data.rows), [data.rows]);
  const list = useRef<QueueListHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  const [sheet, { open: openSheet, close: closeSheet }] = useDisclosure(false);

  const open = useCallback(
    (row: QueueRow) => {
      rememberQueueOrder(rows);
      navigate(rowPath(row));
    },
    [rows, navigate],
  );
  const openDebtor = useCallback(
    (row: QueueRow) => {
      rememberQueueOrder(rows);
      navigate(paths.debtor(row.debtorId));
    },
    [rows, navigate],
  );

  // « ? » and « / » anywhere on the page but in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === '?') {
        event.preventDefault();
        openSheet();
      } else if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openSheet]);

  const failed = rows.filter((r) => r.failure).length;
  return (
    <Stack gap="sm">
      <QueueFilters filters={filters} choices={choices} onChange={setFilters} searchRef={search} />
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" data-testid="queue-count">
          {plural(rows.length, 'débiteur')}
          {rows.length !== data.rows.length ? ` sur ${formatCount(data.rows.length)}` : ''}
          {failed > 0 ? ` · ${formatCount(failed)} en échec` : ''}
          {data.queue.snoozed > 0
            ? ` · ${plural(data.queue.snoozed, 'action')} ${pluralForm(data.queue.snoozed, 'reportée')}`
            : ''}
        </Text>
        <Group gap="xs">
          <LetterBatchButtons rows={rows} />
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconKeyboard size={16} />}
            onClick={openSheet}
            aria-keyshortcuts="?"
          >
            Raccourcis <Kbd ml={6}>?</Kbd>
          </Button>
        </Group>
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          mt="md"
          variant="light"
          icon={<IconListCheck size={28} />}
          title={
            data.rows.length === 0
              ? 'Aucune action à traiter aujourd’hui'
              : 'Aucun débiteur ne correspond aux filtres'
          }
          description={
            data.rows.length > 0
              ? 'Effacez ou changez les filtres pour revoir la file.'
              : data.scope.kind === 'all'
                ? 'Les relances dues selon l’échelle de recouvrement apparaîtront ici.'
                : `Rien à faire dans ce portefeuille (${scopeLabel(data.scope)}) : choisissez « Tous » pour voir les actions de l’équipe.`
          }
        />
      ) : (
        <QueueList
          rows={rows}
          today={today}
          onOpen={open}
          onOpenDebtor={openDebtor}
          handle={list}
          height="max(360px, calc(100vh - 330px))"
        />
      )}
      <ShortcutSheet opened={sheet} onClose={closeSheet} />
    </Stack>
  );
}

function Queue({ today }: { today: IsoDate }) {
  const data = useQueueData(today);
  const context = usePortfolioContext(today);
  if (!data || !context) return <PageLoader />;
  const { user, scope } = data;
  const nobody = !user && scope.kind === 'mine';
  return (
    <Stack gap="sm">
      {/* Who works here and whose debtors: one line, above the filters (« Je suis » in the
          page header wrapped it onto two lines at 1,024 px and pushed the queue below the fold). */}
      <Group align="flex-end" gap="sm">
        {!nobody && <CurrentUserSelect />}
        <PortfolioScopeSelect
          value={scope}
          user={user}
          controllers={data.controllers}
          onChange={(next) => teamPortfoliosRepo.saveQueueScope(next)}
        />
        <HandoverControl context={context} />
      </Group>
      <HandoverAlerts context={context} />
      <QueueAlerts
        promises={data.promiseAlerts}
        prescriptions={data.prescriptionAlerts}
        today={today}
      />
      {nobody ? <WhoAreYou /> : <Rows data={data} today={today} />}
    </Stack>
  );
}

/** The File d'actions: one row per debtor with today's and overdue actions, by priority. */
export function QueuePage() {
  const today = useToday();
  return (
    <>
      <PageHeader
        title="File d’actions"
        description={`Appels, relances, courriers et rappels à traiter le ${formatLongDateFr(today)}, retards compris.`}
        actions={
          <Group align="flex-end" gap="sm">
            <Button
              variant="default"
              component={Link}
              to={paths.agenda()}
              leftSection={<IconCalendarEvent size={16} />}
            >
              Agenda
            </Button>
            <Button variant="default" component={Link} to={paths.promises()}>
              Promesses et échéanciers
            </Button>
          </Group>
        }
      />
      <LedgerGate>
        <Queue today={today} />
      </LedgerGate>
      <Text size="xs" c="dimmed" mt="md">
        L’échelle de relance se règle dans{' '}
        <Anchor component={Link} to={paths.settings('relances')} size="xs" underline="always">
          Paramètres › Relances
        </Anchor>
        .
      </Text>
    </>
  );
}
