import { Button, Grid, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useAgendaData } from '../../data/collectionHooks';
import { agendaEntries } from '../../domain/agenda';
import { addDays, formatDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { startOfWeek } from '../../domain/quickDates';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useToday } from '../../shared/ui/useToday';
import { AgendaEntries } from './AgendaEntries';
import { CashForecast } from './CashForecast';

type View = 'day' | 'week';

function Agenda({ today }: { today: IsoDate }) {
  const data = useAgendaData(today);
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState<IsoDate>(today);
  const start = view === 'week' ? startOfWeek(anchor) : anchor;
  const days = view === 'week' ? 7 : 1;
  const entries = useMemo(
    () => (data ? agendaEntries(data, start, addDays(start, days - 1)) : []),
    [data, start, days],
  );
  if (!data) return <PageLoader />;
  const step = view === 'week' ? 7 : 1;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} fz="lg">
              {view === 'week'
                ? `Semaine du ${formatDateFr(start)} au ${formatDateFr(addDays(start, 6))}`
                : formatDateFr(start)}
            </Title>
            <Group gap="xs">
              <SegmentedControl
                aria-label="Affichage"
                data={[
                  { value: 'day', label: 'Jour' },
                  { value: 'week', label: 'Semaine' },
                ]}
                value={view}
                onChange={(v) => setView(v as View)}
              />
              <Button.Group>
                <Button
                  variant="default"
                  aria-label={view === 'week' ? 'Semaine précédente' : 'Jour précédent'}
                  onClick={() => setAnchor(addDays(anchor, -step))}
                >
                  <IconChevronLeft size={16} />
                </Button>
                <Button variant="default" onClick={() => setAnchor(today)}>
                  Aujourd’hui
                </Button>
                <Button
                  variant="default"
                  aria-label={view === 'week' ? 'Semaine suivante' : 'Jour suivant'}
                  onClick={() => setAnchor(addDays(anchor, step))}
                >
                  <IconChevronRight size={16} />
                </Button>
              </Button.Group>
            </Group>
          </Group>
          <AgendaEntries entries={entries} start={start} days={days} today={today} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <CashForecast inputs={{ promises: data.promises, payments: data.payments, today }} />
      </Grid.Col>
    </Grid>
  );
}

/** Agenda: what is expected and when — promises, instalments, callbacks — and the forecast. */
export function AgendaPage() {
  const today = useToday();
  return (
    <>
      <PageHeader
        title="Agenda"
        description="Promesses, échéances et rappels par jour et par semaine ; encaissements attendus et reçus."
      />
      <Agenda today={today} />
    </>
  );
}
