import { Badge, Divider, Group, List, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useDebtorClaim } from '../../data/claimHooks';
import type { CallContext } from '../../data/repositories/callContext';
import { daysBetween, formatDateFr, formatInstantFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatEuros, sumCents } from '../../domain/money';
import { formatDays, plural } from '../../domain/numbers';
import { PROMISE_STATE_LABELS } from '../../domain/promiseStatus';

const STATE_COLORS = {
  active: 'blue',
  'to-verify': 'yellow',
  kept: 'teal',
  broken: 'red',
  cancelled: 'gray',
} as const;

/** What is owed (items, days late) and what happened before (promises, letters, calls). */
export function OwedCard({ context, today }: { context: CallContext; today: IsoDate }) {
  const claim = useDebtorClaim(context.collection.debtor.id, today);
  const items = context.collection.items
    .filter((i) => i.kind === 'invoice' && i.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const overdue = items.filter((i) => i.dueDate < today && i.status === 'open');
  const calls = context.collection.activities
    .filter((a) => a.type === 'call')
    .sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Ce qui est dû</Title>
        <Text fw={600}>
          {formatEuros(sumCents(overdue.map((i) => i.openCents)))} échus ·{' '}
          {plural(overdue.length, 'facture')}
        </Text>
      </Group>
      {claim?.ok ? (
        <Text size="sm" mb="xs">
          Avec intérêts de retard et indemnités au {formatDateFr(today)} :{' '}
          <b>{formatEuros(claim.claim.decompte.totals.totalDueCents)}</b>
        </Text>
      ) : null}
      <ScrollArea.Autosize
        mah={300}
        type="auto"
        viewportProps={{ tabIndex: 0, 'aria-label': 'Factures dues' }}
      >
        <Table fz="sm" verticalSpacing={4} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Facture</Table.Th>
              <Table.Th>Échéance</Table.Th>
              <Table.Th ta="right">Retard</Table.Th>
              <Table.Th ta="right">Reste dû</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  {item.number}{' '}
                  {item.status === 'disputed' && (
                    <Badge size="xs" color="grape" variant="light">
                      litige
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDateFr(item.dueDate)}</Table.Td>
                <Table.Td ta="right">
                  {item.dueDate < today
                    ? formatDays(daysBetween(item.dueDate, today))
                    : 'non échue'}
                </Table.Td>
                <Table.Td ta="right">{formatEuros(item.openCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Divider my="sm" label="Déjà fait" labelPosition="left" />
      {context.collection.promises.length + context.letters.length + calls.length === 0 ? (
        <Text size="sm" c="dimmed">
          Ni promesse, ni courrier, ni appel enregistrés.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {context.collection.promises.map(({ promise, evaluation }) => (
            <List.Item key={promise.id}>
              {promise.kind === 'plan' ? 'Échéancier' : 'Promesse'} du{' '}
              {formatInstantFr(promise.createdAt).slice(0, 10)} :{' '}
              {formatEuros(evaluation.promisedCents)}{' '}
              <Badge size="xs" variant="light" color={STATE_COLORS[evaluation.state]}>
                {PROMISE_STATE_LABELS[evaluation.state]}
              </Badge>
            </List.Item>
          ))}
          {context.letters.slice(0, 5).map((letter) => (
            <List.Item key={letter.id}>
              {letter.templateName ?? letter.template} envoyé le {formatDateFr(letter.date)}
            </List.Item>
          ))}
          {calls.slice(0, 3).map((call) => (
            <List.Item key={call.id}>
              Appel du {formatInstantFr(call.at)} : {call.outcome ?? call.text}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
