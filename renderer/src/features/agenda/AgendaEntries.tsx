import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { AgendaEntry, AgendaKind } from '../../domain/agenda';
import { addDays, formatLongDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatEuros, sumCents } from '../../domain/money';
import type { InstallmentState } from '../../domain/promiseStatus';

/** A cell as narrow as its content allows, never wrapped. */
const FIT = { width: '1%', whiteSpace: 'nowrap' } as const;
const KIND: Record<AgendaKind, { label: string; color: string }> = {
  callback: { label: 'Rappel', color: 'grape' },
  reminder: { label: 'Note', color: 'violet' },
  promise: { label: 'Promesse', color: 'blue' },
  instalment: { label: 'Échéance', color: 'cyan' },
};

const STATE: Record<InstallmentState, { label: string; color: string }> = {
  paid: { label: 'Payée', color: 'teal' },
  pending: { label: 'Attendue', color: 'gray' },
  'to-verify': { label: 'À vérifier', color: 'yellow' },
  missed: { label: 'Manquée', color: 'red' },
};

function Day({ day, entries, today }: { day: IsoDate; entries: AgendaEntry[]; today: IsoDate }) {
  const total = sumCents(entries.flatMap((e) => (e.cents === undefined ? [] : [e.cents])));
  return (
    <Paper withBorder p="sm" data-testid="agenda-day" data-day={day}>
      <Group justify="space-between" mb={entries.length ? 'xs' : 0}>
        <Title order={4} fz="md">
          {formatLongDateFr(day)}
          {day === today ? ' — aujourd’hui' : ''}
        </Title>
        {total > 0 && (
          <Text size="sm" c="dimmed">
            {formatEuros(total)} attendus
          </Text>
        )}
      </Group>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Rien de prévu.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label={`Agenda du ${formatLongDateFr(day)}`}>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr
                key={`${e.kind}-${e.sourceId}-${e.date}-${e.text}`}
                data-testid="agenda-entry"
              >
                {/* Badge columns as wide as their label: a fixed width cut « PROMESSE » to « PROME… ». */}
                <Table.Td style={FIT}>
                  <Badge variant="light" color={KIND[e.kind].color}>
                    {KIND[e.kind].label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.debtor(e.debtorId)} size="sm" fw={500}>
                    {e.debtorName}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {e.text}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {e.cents !== undefined ? formatEuros(e.cents) : ''}
                </Table.Td>
                <Table.Td ta="right" style={FIT}>
                  {e.state ? (
                    <Badge variant="dot" color={STATE[e.state].color}>
                      {STATE[e.state].label}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** The entries of `days` consecutive days from `start`, one block a day. */
export function AgendaEntries({
  entries,
  start,
  days,
  today,
}: {
  entries: readonly AgendaEntry[];
  start: IsoDate;
  days: number;
  today: IsoDate;
}) {
  const list = Array.from({ length: days }, (_, i) => addDays(start, i));
  return (
    <Stack gap="sm">
      {list.map((day) => (
        <Day key={day} day={day} today={today} entries={entries.filter((e) => e.date === day)} />
      ))}
    </Stack>
  );
}
