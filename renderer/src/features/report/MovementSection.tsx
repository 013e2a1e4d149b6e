import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import { formatDateFr } from '../../domain/dates';
import { centsFromNumber, eurosFromCents, formatEuros } from '../../domain/money';
import { changeText, type MonthlyReport, niceTicks } from '../../domain/report';

const TITLE = 'Mouvement de la balance âgée';

/** Axis ticks: « 1,2 M€ », « 850 k€ »; exact amounts are in the table and the tooltip. */
const compactEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** Per bucket, the month's opening and closing amounts side by side, and the change. */
export function MovementSection({
  report,
  labels,
}: {
  report: MonthlyReport;
  labels: Record<BucketKey, string>;
}) {
  const { movement } = report;
  if (!movement.ok) {
    return (
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {TITLE}
        </Title>
        <Text size="sm" c="dimmed" data-testid="report-movement-reason">
          {movement.reason}
        </Text>
      </Paper>
    );
  }
  const { buckets, total, openingDate, closingDate } = movement.value;
  const openingLabel = `Au ${formatDateFr(openingDate)}`;
  const closingLabel = `Au ${formatDateFr(closingDate)}`;
  const data = BUCKET_KEYS.map((key) => ({
    tranche: labels[key],
    opening: eurosFromCents(buckets[key].openingCents),
    closing: eurosFromCents(buckets[key].closingCents),
  }));
  const ticks = niceTicks(data.flatMap((d) => [d.opening, d.closing]));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {TITLE}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <BarChart
          h={260}
          data={data}
          dataKey="tranche"
          series={[
            { name: 'opening', label: openingLabel, color: 'gray.5' },
            { name: 'closing', label: closingLabel, color: 'indigo.6' },
          ]}
          valueFormatter={(euros) => formatEuros(centsFromNumber(euros))}
          yAxisProps={{
            tickFormatter: (euros: number) => compactEuros.format(euros),
            ticks: ticks,
            domain: [ticks[0] ?? 0, ticks.at(-1) ?? 0],
            width: 72,
          }}
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 36, itemSorter: null }}
          tooltipAnimationDuration={0}
          data-testid="report-movement-chart"
        />
        <Table.ScrollContainer
          minWidth={420}
          // Scrolls sideways on a narrow window: reachable by keyboard, named like its table.
          scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': TITLE } }}
        >
          <Table fz="sm" aria-label={TITLE} data-testid="report-movement">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tranche</Table.Th>
                <Table.Th ta="right">{openingLabel}</Table.Th>
                <Table.Th ta="right">{closingLabel}</Table.Th>
                <Table.Th ta="right">Variation</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BUCKET_KEYS.map((key) => (
                <Table.Tr key={key}>
                  <Table.Td>{labels[key]}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(buckets[key].openingCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(buckets[key].closingCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {changeText(buckets[key].changeCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={600}>
                <Table.Td>Total</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(total.openingCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(total.closingCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {changeText(total.changeCents)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </SimpleGrid>
    </Paper>
  );
}
