import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';
import type { DebtorCollection } from '../../domain/collectionView';
import { formatDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import {
  INTERRUPTION_LABELS,
  prescriptionLevel,
  prescriptionOf,
  prescriptionYears,
} from '../../domain/prescription';

const SHOWN = 5;
const LEVELS = {
  ok: null,
  soon: { label: 'Bientôt', color: 'orange' },
  prescribed: { label: 'Prescrite', color: 'red' },
  held: { label: 'Instance en cours', color: 'gray' },
} as const;

/** Each open invoice's last day to act, the nearest first. */
export function PrescriptionCard({
  collection,
  today,
}: {
  collection: DebtorCollection;
  today: IsoDate;
}) {
  const { debtor } = collection;
  const rows = collection.items
    .filter((i) => i.kind === 'invoice' && i.openCents > 0)
    .map((item) => ({ item, prescription: prescriptionOf(item, debtor, collection.interruptions) }))
    .sort((a, b) => (a.prescription.lastDay ?? '9').localeCompare(b.prescription.lastDay ?? '9'));
  if (rows.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <IconHourglassHigh size={18} /> Prescription
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {prescriptionYears(debtor.isConsumer)} ans{' '}
        {debtor.isConsumer ? '(débiteur consommateur)' : 'entre professionnels'} à compter de
        l’échéance ; le délai repart à chaque reconnaissance de dette, paiement partiel ou
        échéancier accepté. Une mise en demeure ne l’interrompt pas.
      </Text>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Facture</Table.Th>
            <Table.Th>Échéance</Table.Th>
            <Table.Th>Dernier jour pour agir</Table.Th>
            <Table.Th>Délai reparti</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map(({ item, prescription }) => {
            const level = LEVELS[prescriptionLevel(prescription, today)];
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  {item.number}{' '}
                  <Text span size="xs" c="dimmed">
                    ({formatEuros(item.openCents)})
                  </Text>
                </Table.Td>
                <Table.Td>{formatDateFr(item.dueDate)}</Table.Td>
                <Table.Td>
                  {prescription.lastDay ? formatDateFr(prescription.lastDay) : '—'}{' '}
                  {level && (
                    <Badge size="xs" variant="light" color={level.color}>
                      {level.label}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {prescription.restartedBy
                    ? `${formatDateFr(prescription.restartedBy.date)} (${INTERRUPTION_LABELS[prescription.restartedBy.cause]})`
                    : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed" mt={4}>
          Les {rows.length - SHOWN} autres factures se prescrivent plus tard.
        </Text>
      )}
    </Paper>
  );
}
