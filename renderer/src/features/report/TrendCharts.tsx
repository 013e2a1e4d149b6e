import { LineChart } from '@mantine/charts';
import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  chartableDso,
  dsoText,
  formatShortMonthFr,
  type MonthlyReport,
  niceTicks,
  percentText,
  trendNotes,
} from '../../domain/report';

function EmptyChart({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" h={220} py="xl" ta="center">
      {children}
    </Text>
  );
}

/**
 * DSO and CEI over the twelve months ending with the report's month. A month without the figure
 * is a gap in the line, and its reason is listed under the charts.
 */
export function TrendCharts({ report }: { report: MonthlyReport }) {
  const data = report.trend.map((t) => ({
    mois: formatShortMonthFr(t.month),
    dso: chartableDso(t),
    cei: t.cei.ok ? t.cei.value.percent : null,
  }));
  const dsoValues = data.flatMap((d) => (d.dso === null ? [] : [d.dso]));
  const ceiValues = data.flatMap((d) => (d.cei === null ? [] : [d.cei]));
  const notes = trendNotes(report.trend);
  const dsoTicks = niceTicks(dsoValues);
  const ceiTicks = niceTicks(ceiValues);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        DSO et CEI sur douze mois
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <div>
          <Text size="sm" fw={600} mb={4}>
            DSO (jours, méthode de l’épuisement du CA)
          </Text>
          {dsoValues.length === 0 ? (
            <EmptyChart>
              Aucun DSO à tracer sur ces douze mois (voir les notes ci-dessous).
            </EmptyChart>
          ) : (
            <LineChart
              h={220}
              data={data}
              dataKey="mois"
              series={[{ name: 'dso', label: 'DSO', color: 'indigo.6' }]}
              valueFormatter={(days) => dsoText({ days, complete: true })}
              yAxisProps={{
                ticks: dsoTicks,
                domain: [dsoTicks[0] ?? 0, dsoTicks.at(-1) ?? 0],
                width: 56,
              }}
              xAxisProps={{ interval: 'preserveStartEnd' }}
              tooltipAnimationDuration={0}
              data-testid="report-dso-chart"
            />
          )}
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            CEI (indice d’efficacité du recouvrement)
          </Text>
          {ceiValues.length === 0 ? (
            <EmptyChart>
              Aucun CEI à tracer sur ces douze mois (voir les notes ci-dessous).
            </EmptyChart>
          ) : (
            <LineChart
              h={220}
              data={data}
              dataKey="mois"
              series={[{ name: 'cei', label: 'CEI', color: 'teal.6' }]}
              valueFormatter={percentText}
              yAxisProps={{
                ticks: ceiTicks,
                domain: [ceiTicks[0] ?? 0, ceiTicks.at(-1) ?? 0],
                width: 56,
              }}
              xAxisProps={{ interval: 'preserveStartEnd' }}
              tooltipAnimationDuration={0}
              data-testid="report-cei-chart"
            />
          )}
        </div>
      </SimpleGrid>
      {notes.length > 0 && (
        <List size="xs" c="dimmed" mt="sm" spacing={2} data-testid="report-trend-notes">
          {notes.map(({ months, note }) => (
            <List.Item key={`${months}${note}`}>
              {months}
              {'\u00a0'}: {note}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
