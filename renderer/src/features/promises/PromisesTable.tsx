import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { EvaluatedPromise } from '../../domain/collectionView';
import { formatDateFr, formatInstantFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { PromiseActions } from './PromiseActions';
import { PromiseStateBadge } from './PromiseStateBadge';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export interface PromiseRow extends EvaluatedPromise {
  debtorName: string;
}

function schedule({ promise, evaluation }: EvaluatedPromise): string {
  const first = promise.installments[0];
  if (promise.kind === 'promise') return `le ${formatDateFr(first?.date)}`;
  const count = promise.installments.length;
  const next = evaluation.next;
  return next
    ? `${count} échéances, prochaine le ${formatDateFr(next.date)} (${formatEuros(next.cents)})`
    : `${count} échéances`;
}

/** Promises and plans with their state; `showDebtor` for the Promesses view. */
export function PromisesTable({
  rows,
  showDebtor,
}: {
  rows: readonly PromiseRow[];
  showDebtor: boolean;
}) {
  return (
    // Scrolls sideways inside its card, should a narrower window still not fit it.
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={6} fz="sm" highlightOnHover aria-label="Promesses et échéanciers">
        <Table.Thead>
          <Table.Tr>
            {showDebtor && <Table.Th>Débiteur</Table.Th>}
            {/* The date it was taken under its kind, what was received under what was promised:
              with the actions, eight columns did not fit a 1,024 px window. */}
            <Table.Th>Type</Table.Th>
            <Table.Th>Paiement</Table.Th>
            <Table.Th ta="right">Promis et reçu</Table.Th>
            <Table.Th>État</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.promise.id} data-testid="promise-row">
              {showDebtor && (
                <Table.Td>
                  <Anchor component={Link} to={paths.debtor(row.promise.debtorId)} size="sm">
                    {row.debtorName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                {row.promise.kind === 'plan' ? 'Échéancier' : 'Promesse'}
                <Text size="xs" c="dimmed">
                  prise le {formatInstantFr(row.promise.createdAt).slice(0, 10)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{schedule(row)}</Text>
              </Table.Td>
              <Table.Td ta="right" style={NO_WRAP}>
                {formatEuros(row.evaluation.promisedCents)}
                <Text size="xs" c="dimmed">
                  reçu {formatEuros(row.evaluation.paidCents)}
                </Text>
              </Table.Td>
              <Table.Td style={NO_WRAP}>
                <PromiseStateBadge state={row.evaluation.state} />
              </Table.Td>
              {/* The actions stack in a narrow window rather than push the table sideways. */}
              <Table.Td>
                <PromiseActions entry={row} debtorName={row.debtorName} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
