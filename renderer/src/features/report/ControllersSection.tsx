import { BarChart } from '@mantine/charts';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { centsFromNumber, eurosFromCents, formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import { UNASSIGNED_LABEL } from '../../domain/portfolio';
import {
  type ControllerReportRow,
  type MonthlyReport,
  niceTicks,
  ratioText,
} from '../../domain/report';

const TITLE = 'Par chargé de recouvrement';

const compactEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
});

function Cells({ row }: { row: ControllerReportRow }) {
  return (
    <>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(row.collectedCents)}
      </Table.Td>
      <Table.Td ta="right">{formatCount(row.actions)}</Table.Td>
      <Table.Td ta="right">{formatCount(row.promises.kept)}</Table.Td>
      <Table.Td ta="right">{formatCount(row.promises.missed)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {row.promises.rate === null ? '—' : ratioText(row.promises.rate)}
      </Table.Td>
    </>
  );
}

/** What each controller collected on their debtors and did in the month. */
export function ControllersSection({ report }: { report: MonthlyReport }) {
  const rows = report.controllers;
  const data = rows.map((row) => ({
    gestionnaire: row.controller || UNASSIGNED_LABEL,
    encaisse: eurosFromCents(row.collectedCents),
  }));
  const ticks = niceTicks(data.map((d) => d.encaisse));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">
        {TITLE}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Encaissé sur les débiteurs de chacun (gestionnaire d’aujourd’hui), actions signées dans le
        mois, échéances de promesses arrivées à terme.
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun gestionnaire déclaré et aucun débiteur attribué.
        </Text>
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer
            minWidth={560}
            // Scrolls sideways on a narrow window: reachable by keyboard, named like its table.
            scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': TITLE } }}
          >
            <Table fz="sm" aria-label={TITLE} data-testid="report-controllers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Gestionnaire</Table.Th>
                  <Table.Th ta="right">Encaissé</Table.Th>
                  <Table.Th ta="right">Actions faites</Table.Th>
                  <Table.Th ta="right">Échéances tenues</Table.Th>
                  <Table.Th ta="right">Échéances manquées</Table.Th>
                  <Table.Th ta="right">Taux tenu</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.controller}>
                    <Table.Td>{row.controller || UNASSIGNED_LABEL}</Table.Td>
                    <Cells row={row} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={600}>
                  <Table.Td>Équipe</Table.Td>
                  <Cells row={report.totals} />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <BarChart
            h={Math.max(180, rows.length * 40)}
            data={data}
            dataKey="gestionnaire"
            orientation="vertical"
            series={[{ name: 'encaisse', label: 'Encaissé', color: 'teal.6' }]}
            valueFormatter={(euros) => formatEuros(centsFromNumber(euros))}
            xAxisProps={{
              tickFormatter: (euros: number) => compactEuros.format(euros),
              ticks,
              domain: [ticks[0] ?? 0, ticks.at(-1) ?? 0],
            }}
            yAxisProps={{ width: 96 }}
            tooltipAnimationDuration={0}
            data-testid="report-controllers-chart"
          />
        </Stack>
      )}
    </Paper>
  );
}
