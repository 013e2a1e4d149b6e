import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo } from 'react';
import type { LedgerLabels } from '../../data/bankHooks';
import { bankRepo } from '../../data/repositories/bank';
import { type BankCreditRecord, MATCH_REASON_LABELS } from '../../domain/bank';
import { formatDateFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';

interface MatchedListProps {
  credits: readonly BankCreditRecord[];
  labels?: LedgerLabels;
  /** « matched »: undo the match; « ignored »: put the credit back to match. */
  kind: 'matched' | 'ignored';
}

export const MatchedList = memo(function MatchedList({ credits, labels, kind }: MatchedListProps) {
  if (credits.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {kind === 'matched' ? 'Aucun virement rapproché pour l’instant.' : 'Aucun virement ignoré.'}
      </Text>
    );
  }
  return (
    <Table
      striped
      fz="sm"
      aria-label={kind === 'matched' ? 'Virements rapprochés' : 'Virements ignorés'}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Payeur</Table.Th>
          <Table.Th ta="right">Montant</Table.Th>
          {kind === 'matched' && <Table.Th>Débiteur et pièces</Table.Th>}
          {kind === 'matched' && <Table.Th>Motif</Table.Th>}
          <Table.Th aria-label="Actions" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {credits.map((credit) => {
          const debtor = credit.debtorId ? labels?.debtors.get(credit.debtorId) : undefined;
          return (
            <Table.Tr key={credit.id}>
              <Table.Td>{formatDateFr(credit.bookingDate)}</Table.Td>
              <Table.Td>
                {credit.payerName ?? 'Payeur non indiqué'}
                <Text size="xs" c="dimmed">
                  {credit.remittance}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatEuros(credit.amountCents)}</Table.Td>
              {kind === 'matched' && (
                <Table.Td>
                  {debtor?.name ?? '…'}
                  <Text size="xs" c="dimmed">
                    {(credit.allocations ?? [])
                      .map(
                        (a) =>
                          `${labels?.invoices.get(a.invoiceId)?.number ?? '…'} (${formatEuros(a.cents)})`,
                      )
                      .join(', ')}
                  </Text>
                </Table.Td>
              )}
              {kind === 'matched' && (
                <Table.Td>
                  {(credit.reasons ?? []).length
                    ? (credit.reasons ?? []).map((r) => MATCH_REASON_LABELS[r]).join(', ')
                    : 'choix manuel'}
                </Table.Td>
              )}
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={async () => {
                    if (kind === 'matched') {
                      await bankRepo.undo(credit.id);
                      notifications.show({
                        message: 'Rapprochement annulé : le virement est à nouveau à rapprocher.',
                      });
                    } else {
                      await bankRepo.setIgnored(credit, false);
                    }
                  }}
                >
                  {kind === 'matched' ? 'Annuler le rapprochement' : 'Remettre à rapprocher'}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
});
