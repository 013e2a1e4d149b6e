import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import type { TrendPoint } from '../../data/repositories/portfolio';
import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import { formatDateFr } from '../../domain/dates';
import { eurosFromCents } from '../../domain/money';
import { agedBarChartProps } from './bucketColors';

export interface TrendChartProps {
  trend: readonly TrendPoint[];
  labels: Record<BucketKey, string>;
  latestImportId?: string;
}

/**
 * The aged balance at each of the last imports, stacked by bucket: is the backlog ageing or
 * clearing? Read from each import's snapshots, i.e. with the buckets as they were computed at
 * that import. A segment opens that import's debtors in that bucket.
 */
export function TrendChart({ trend, labels, latestImportId }: TrendChartProps) {
  const navigate = useNavigate();
  const data = trend.map((point) => ({
    date: formatDateFr(point.asOfDate),
    importId: point.importId,
    ...Object.fromEntries(BUCKET_KEYS.map((key) => [key, eurosFromCents(point.buckets[key])])),
  }));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Évolution sur les{' '}
        {trend.length > 1 ? `${trend.length} derniers imports` : 'derniers imports'}
      </Title>
      {trend.length < 2 ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          L’évolution apparaîtra à partir du deuxième import de balance âgée.
        </Text>
      ) : (
        <BarChart
          {...agedBarChartProps(labels, data)}
          data={data}
          dataKey="date"
          xAxisProps={{ interval: 'preserveStartEnd' }}
          barProps={(series) => ({
            cursor: 'pointer',
            onClick: (entry: { payload?: { importId?: string } }) => {
              const importId = entry.payload?.importId;
              navigate(
                paths.debtors({
                  bucket: series.name as BucketKey,
                  importId: importId === latestImportId ? undefined : importId,
                }),
              );
            },
          })}
          withLegend
          // Recharts sorts legend items by name unless told otherwise: keep the buckets' order.
          legendProps={{ verticalAlign: 'bottom', height: 36, itemSorter: null }}
          tooltipAnimationDuration={0}
          data-testid="trend-chart"
        />
      )}
    </Paper>
  );
}
