import { BarChart } from '@mantine/charts';
import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { DebtorListLink } from '../../app/paths';
import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import type { BucketTotals } from '../../domain/model';
import { eurosFromCents, formatEuros } from '../../domain/money';
import { agedBarChartProps } from './bucketColors';

export interface BucketChartProps {
  buckets: BucketTotals;
  labels: Record<BucketKey, string>;
  linkTo: (query: DebtorListLink) => string;
  /** Per bucket, amounts whose exact age is unknown (open-ended import buckets). */
  approximate?: BucketTotals | null;
}

/**
 * The aged balance as bars, one per bucket. Each bucket is its own series (stacked on one
 * axis) so that it keeps its colour; clicking a bar, or its amount below, opens the debtors
 * with money in that bucket.
 */
export function BucketChart({ buckets, labels, linkTo, approximate }: BucketChartProps) {
  const navigate = useNavigate();
  const data = BUCKET_KEYS.map((key) => ({
    bucket: labels[key],
    [key]: eurosFromCents(buckets[key]),
  }));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Balance âgée
      </Title>
      <BarChart
        {...agedBarChartProps(labels, data)}
        data={data}
        dataKey="bucket"
        barProps={(series) => ({
          cursor: 'pointer',
          onClick: () => navigate(linkTo({ bucket: series.name as BucketKey })),
        })}
        withTooltip
        tooltipAnimationDuration={0}
        maxBarWidth={72}
        data-testid="bucket-chart"
      />
      <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs" mt="sm">
        {BUCKET_KEYS.map((key) => (
          <Anchor
            key={key}
            component={Link}
            to={linkTo({ bucket: key })}
            underline="hover"
            c="inherit"
          >
            <Text size="xs" c="dimmed">
              {labels[key]}
            </Text>
            <Text size="sm" fw={600} data-testid={`bucket-${key}`}>
              {approximate?.[key] ? '≈ ' : ''}
              {formatEuros(buckets[key])}
            </Text>
            {approximate?.[key] ? (
              <Text size="xs" c="orange.8" data-testid={`bucket-approx-${key}`}>
                dont {formatEuros(approximate[key])} d’ancienneté approximative
              </Text>
            ) : null}
          </Anchor>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
