import { Anchor, Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useControllerStats } from '../../data/portfolioHooks';
import type { PortfolioToday } from '../../data/repositories/controllerStats';
import {
  type ControllerStatsRow,
  controllerTotals,
  STATS_PERIOD_LABELS,
  type StatsPeriodKind,
} from '../../domain/controllerStats';
import { formatDateFr, todayIso } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import { UNASSIGNED_LABEL } from '../../domain/portfolio';

const TITLE = 'Par chargé de recouvrement';

function Cells({ row }: { row: ControllerStatsRow }) {
  return (
    <>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(row.collectedCents)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatCount(row.promisesKept)} / {formatCount(row.promisesBroken)}
      </Table.Td>
      <Table.Td ta="right">{formatCount(row.actions)}</Table.Td>
      <Table.Td ta="right">{formatCount(row.debtors)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(row.openCents)}
      </Table.Td>
    </>
  );
}

/**
 * The manager's view per controller over a period: collected on their debtors, promises kept
 * and broken, actions they signed; and their portfolio today. Each name opens their debtors.
 */
export function ControllerActivity({ portfolio }: { portfolio?: PortfolioToday }) {
  const [kind, setKind] = useState<StatsPeriodKind>('current-month');
  const view = useControllerStats(kind, todayIso(), portfolio);
  const rows = view?.rows ?? [];
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <div>
          <Title order={4}>{TITLE}</Title>
          {view && (
            <Text size="xs" c="dimmed">
              Du {formatDateFr(view.period.from)} au {formatDateFr(view.period.to)} · débiteurs et
              encours à ce jour
            </Text>
          )}
        </div>
        <SegmentedControl
          size="xs"
          aria-label="Période"
          value={kind}
          onChange={(value) => setKind(value as StatsPeriodKind)}
          data={(Object.keys(STATS_PERIOD_LABELS) as StatsPeriodKind[]).map((value) => ({
            value,
            label: STATS_PERIOD_LABELS[value],
          }))}
        />
      </Group>
      {view && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun gestionnaire déclaré et aucun débiteur attribué. Déclarez les chargés de
          recouvrement dans Paramètres, puis attribuez-leur des débiteurs depuis la liste.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table fz="sm" highlightOnHover aria-label={TITLE} data-testid="controller-stats">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Gestionnaire</Table.Th>
                <Table.Th ta="right">Encaissé</Table.Th>
                {/* One column for both: seven did not fit a 1,024 px window. */}
                <Table.Th ta="right">Promesses tenues / rompues</Table.Th>
                <Table.Th ta="right">Actions faites</Table.Th>
                <Table.Th ta="right">Débiteurs</Table.Th>
                <Table.Th ta="right">Encours</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.controller}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={paths.debtors({ assignee: row.controller })}
                      size="sm"
                    >
                      {row.controller || UNASSIGNED_LABEL}
                    </Anchor>
                  </Table.Td>
                  <Cells row={row} />
                </Table.Tr>
              ))}
            </Table.Tbody>
            {rows.length > 1 && (
              <Table.Tfoot>
                <Table.Tr fw={600}>
                  <Table.Td>Équipe</Table.Td>
                  <Cells row={controllerTotals(rows)} />
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
