import { Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  cashForecast,
  type ForecastBucket,
  type ForecastInputs,
  type ForecastPeriod,
} from '../../domain/agenda';
import { addDays, addMonths, formatDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatEuros, subtractCents, sumCents } from '../../domain/money';

/** Text colours that keep 4.5:1 on the striped rows in both themes. */
const RED_TEXT = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-3))';
const TEAL_TEXT = 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-3))';

const PERIODS: { value: ForecastPeriod; label: string }[] = [
  { value: 'day', label: 'Par jour' },
  { value: 'week', label: 'Par semaine' },
  { value: 'month', label: 'Par mois' },
];

/** The range shown: two weeks around today, twelve weeks, six months. */
function range(period: ForecastPeriod, today: IsoDate): [IsoDate, IsoDate] {
  if (period === 'day') return [addDays(today, -6), addDays(today, 7)];
  if (period === 'week') return [addDays(today, -28), addDays(today, 56)];
  return [addMonths(today, -2), addMonths(today, 3)];
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function label(bucket: ForecastBucket, period: ForecastPeriod): string {
  if (period === 'day') return formatDateFr(bucket.start);
  if (period === 'week') return `Semaine du ${formatDateFr(bucket.start)}`;
  const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' }).format(
    new Date(`${bucket.start}T12:00:00`),
  );
  return month.charAt(0).toUpperCase() + month.slice(1);
}

/**
 * Expected receipts (promises and plan instalments) against what was collected, by day, week or
 * month: the past shows the shortfall, the future what should come in.
 */
export function CashForecast({ inputs }: { inputs: ForecastInputs }) {
  const [period, setPeriod] = useState<ForecastPeriod>('week');
  const [from, to] = range(period, inputs.today);
  const buckets = cashForecast(inputs, period, from, to);
  const expected = sumCents(buckets.map((b) => b.expectedCents));
  const collected = sumCents(buckets.map((b) => b.collectedCents));
  return (
    <Paper withBorder p="md" data-testid="cash-forecast">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg">
          Prévision d’encaissements
        </Title>
        <SegmentedControl
          aria-label="Période"
          data={PERIODS}
          value={period}
          onChange={(v) => setPeriod(v as ForecastPeriod)}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Attendu : échéances des promesses et des échéanciers en cours ou tenus (une promesse non
        tenue n’est plus attendue après aujourd’hui). Encaissé : règlements enregistrés à leur date.
      </Text>
      <Table striped aria-label="Attendu et encaissé">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Période</Table.Th>
            <Table.Th ta="right">Attendu</Table.Th>
            <Table.Th ta="right">Encaissé</Table.Th>
            <Table.Th ta="right">Écart</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {buckets.map((b) => {
            const current = b.start <= inputs.today && inputs.today <= b.end;
            const gap = subtractCents(b.collectedCents, b.expectedCents);
            return (
              <Table.Tr key={b.start} data-testid="forecast-row" fw={current ? 600 : undefined}>
                <Table.Td>
                  {label(b, period)}
                  {current ? ' (en cours)' : ''}
                </Table.Td>
                <Table.Td ta="right" style={NO_WRAP}>
                  {formatEuros(b.expectedCents)}
                </Table.Td>
                <Table.Td ta="right" style={NO_WRAP}>
                  {formatEuros(b.collectedCents)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  style={NO_WRAP}
                  c={b.start > inputs.today ? 'dimmed' : gap < 0 ? RED_TEXT : TEAL_TEXT}
                >
                  {b.start > inputs.today ? '—' : formatEuros(gap)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            <Table.Th ta="right">{formatEuros(expected)}</Table.Th>
            <Table.Th ta="right">{formatEuros(collected)}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );
}
