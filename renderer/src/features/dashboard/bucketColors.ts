import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import { niceTicks } from '../../domain/axisTicks';
import { centsFromNumber, formatEuros } from '../../domain/money';

/** From calm to alarming as invoices age; the same colours in every chart. */
export const BUCKET_COLORS: Record<BucketKey, string> = {
  notDue: 'teal.6',
  d1_30: 'yellow.5',
  d31_60: 'orange.5',
  d61_90: 'orange.8',
  d91_180: 'red.6',
  over180: 'red.9',
};

/**
 * Axis ticks: « 1,2 M€ », « 850 k€ ». Exact amounts (tooltips, tables) go through formatEuros;
 * an axis only needs the order of magnitude.
 */
const compactEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
});
export const formatAxisEuros = (euros: number) => compactEuros.format(euros);

/**
 * What every aged bar chart shares: stacked buckets in their colours, euros on the axis with round
 * ticks (5 M €, 10 M €) up to the tallest stack of `data`.
 */
export function agedBarChartProps(
  labels: Record<BucketKey, string>,
  data: readonly Record<string, unknown>[],
) {
  const tallest = Math.max(
    0,
    ...data.map((row) =>
      BUCKET_KEYS.reduce((sum, key) => {
        const value = row[key];
        return typeof value === 'number' && value > 0 ? sum + value : sum;
      }, 0),
    ),
  );
  const axis = niceTicks(tallest);
  return {
    h: 260,
    type: 'stacked' as const,
    series: BUCKET_KEYS.map((key) => ({
      name: key,
      label: labels[key],
      color: BUCKET_COLORS[key],
    })),
    // Chart values are euros (recharts wants plain numbers); cents come back for display.
    valueFormatter: (euros: number) => formatEuros(centsFromNumber(euros)),
    yAxisProps: {
      tickFormatter: formatAxisEuros,
      width: 72,
      ticks: axis.ticks,
      domain: [0, axis.top],
      interval: 0 as const,
    },
  };
}
