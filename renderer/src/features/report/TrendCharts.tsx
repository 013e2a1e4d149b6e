import { LineChart } from '@mantine/charts';
import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import {
  chartableDso,
  dsoText,
  formatShortMonthFr,
  type MonthlyReport,
  percentText,
  trendMonthNote,
} from '../../domain/report';

/** Ticks at round values: days by tens, percentages by tens. */
const roundTicks = (values: readonly number[], step: number): number[] => {
  const top = Math.max(step, Math.ceil(Math.max(0, ...values) / step) * step);
  const bottom = Math.min(0, Math.floor(Math.min(0, ...values) / step) * step);
  const ticks: number[] = [];
  for (let v = bottom; v <= top; v += step) ticks.push(v);
  return ticks;
};

const stepFor = (values: readonly number[]) => {
  const max = Math.max(0, ...values.map(Math.abs));
  return max > 200 ? 50 : max > 100 ? 25 : max > 40 ? 10 : 5;
};

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
  const notes = report.trend.flatMap((t) => {
    const note = trendMonthNote(t);
    return note ? [{ month: formatShortMonthFr(t.month), note }] : [];
  });
  const singleImport = report.trend.filter((t) => t.dso.ok && t.dso.value.singleImport);
  const dsoTicks = roundTicks(dsoValues, stepFor(dsoValues));
  const ceiTicks = roundTicks(ceiValues, stepFor(ceiValues));
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
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            CEI (indice d’efficacité du recouvrement)
          </Text>
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
        </div>
      </SimpleGrid>
      {(notes.length > 0 || singleImport.length > 0) && (
        <List size="xs" c="dimmed" mt="sm" spacing={2} data-testid="report-trend-notes">
          {notes.map(({ month, note }) => (
            <List.Item key={month}>
              {month}
              {'\u00a0'}: {note}
            </List.Item>
          ))}
          {singleImport.map((t) => (
            <List.Item key={`single-${t.month}`}>
              {formatShortMonthFr(t.month)}
              {'\u00a0'}: DSO calculé sur un seul import ({t.dso.ok ? dsoText(t.dso.value) : ''}),
              surestimé faute de ventes antérieures connues, et non tracé.
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
