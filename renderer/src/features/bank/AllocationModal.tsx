import { Button, Chip, Group, Modal, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useDebtorChoices, useLedgerLabels, useOpenInvoices } from '../../data/bankHooks';
import type { MatchDecision } from '../../data/repositories/bank';
import type { BankCreditRecord, MatchCandidate } from '../../domain/bank';
import { formatDateFr } from '../../domain/dates';
import type { Cents } from '../../domain/model';
import {
  centsFromNumber,
  eurosFromCents,
  formatEuros,
  minCents,
  subtractCents,
  sumCents,
  ZERO_CENTS,
} from '../../domain/money';
import { decisionOf, itemsText, ledgerLabels, reasonText } from './proposalText';

interface AllocationModalProps {
  credit: BankCreditRecord;
  candidates: readonly MatchCandidate[];
  onClose: () => void;
  onConfirm: (decision: MatchDecision) => Promise<void>;
}

/** Amounts per invoice, oldest first, until the credit is spent. */
function spreadOldestFirst(invoices: readonly { id: string; openCents: Cents }[], amount: Cents) {
  const amounts = new Map<string, Cents>();
  let left = amount;
  for (const invoice of invoices) {
    if (left <= 0) break;
    const part = minCents(left, invoice.openCents);
    amounts.set(invoice.id, part);
    left = subtractCents(left, part);
  }
  return amounts;
}

/**
 * Matching a credit by hand: pick one of the proposals or any debtor, then say how much goes to
 * each of its open invoices (a credit may pay several, or part of one).
 */
export function AllocationModal({ credit, candidates, onClose, onConfirm }: AllocationModalProps) {
  const [first] = candidates;
  const [debtorId, setDebtorId] = useState<string | null>(first?.debtorId ?? null);
  const [amounts, setAmounts] = useState<Map<string, Cents>>(
    new Map(first?.allocations.map((a) => [a.itemId, a.cents]) ?? []),
  );
  const [saving, setSaving] = useState(false);
  const debtors = useDebtorChoices();
  const invoices = useOpenInvoices(debtorId);
  const read = useLedgerLabels(
    candidates.map((c) => c.debtorId),
    candidates.flatMap((c) => c.allocations.map((a) => a.itemId)),
  );
  const labels = read && ledgerLabels(read);
  const total = sumCents(amounts.values());
  const over = total > credit.amountCents;

  const choose = (candidate: MatchCandidate) => {
    setDebtorId(candidate.debtorId);
    setAmounts(new Map(candidate.allocations.map((a) => [a.itemId, a.cents])));
  };

  const confirm = async () => {
    if (!debtorId) return;
    setSaving(true);
    const allocations = [...amounts]
      .filter(([, cents]) => cents > 0)
      .map(([itemId, cents]) => ({ itemId, cents }));
    const chosen = candidates.find(
      (c) =>
        c.debtorId === debtorId &&
        c.allocations.length === allocations.length &&
        c.allocations.every((a) => amounts.get(a.itemId) === a.cents),
    );
    await onConfirm(
      decisionOf(
        credit,
        chosen ?? {
          debtorId,
          allocations,
          unallocatedCents: ZERO_CENTS,
          reasons: [],
          confidence: 1,
        },
      ),
    );
    setSaving(false);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`Virement du ${formatDateFr(credit.bookingDate)} : ${formatEuros(credit.amountCents)}`}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {credit.payerName ?? 'Payeur non indiqué'} — {credit.remittance || 'sans libellé'}
        </Text>
        {candidates.length > 0 && (
          <Group gap="xs">
            {candidates.map((candidate) => (
              <Chip
                key={`${candidate.debtorId}-${itemsText(candidate, labels)}`}
                checked={false}
                onChange={() => choose(candidate)}
              >
                {labels?.debtor(candidate.debtorId)?.name ?? '…'} : {itemsText(candidate, labels)} (
                {reasonText(candidate)})
              </Chip>
            ))}
          </Group>
        )}
        <Select
          label="Débiteur"
          searchable
          data={debtors ?? []}
          value={debtorId}
          onChange={(value) => {
            setDebtorId(value);
            setAmounts(new Map());
          }}
          nothingFoundMessage="Aucun débiteur"
        />
        {debtorId && (
          <>
            <Group justify="space-between">
              <Text size="sm">
                Affecté : {formatEuros(total)} sur {formatEuros(credit.amountCents)}
                {total < credit.amountCents &&
                  ` (${formatEuros(subtractCents(credit.amountCents, total))} resteront non affectés)`}
              </Text>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setAmounts(spreadOldestFirst(invoices ?? [], credit.amountCents))}
              >
                Répartir sur les plus anciennes
              </Button>
            </Group>
            <Table fz="sm" aria-label="Factures ouvertes du débiteur">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Pièce</Table.Th>
                  <Table.Th>Échéance</Table.Th>
                  <Table.Th ta="right">Reste dû</Table.Th>
                  <Table.Th>Affecté (€)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(invoices ?? []).map((invoice) => (
                  <Table.Tr key={invoice.id}>
                    <Table.Td>{invoice.number}</Table.Td>
                    <Table.Td>{formatDateFr(invoice.dueDate)}</Table.Td>
                    <Table.Td ta="right">{formatEuros(invoice.openCents)}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`Montant affecté à ${invoice.number}`}
                        size="xs"
                        min={0}
                        max={eurosFromCents(invoice.openCents)}
                        decimalScale={2}
                        decimalSeparator=","
                        thousandSeparator=" "
                        value={eurosFromCents(amounts.get(invoice.id) ?? ZERO_CENTS)}
                        onChange={(value) => {
                          const next = new Map(amounts);
                          const typed =
                            typeof value === 'number' ? centsFromNumber(value) : ZERO_CENTS;
                          next.set(invoice.id, minCents(typed, invoice.openCents));
                          setAmounts(next);
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {over && (
          <Text c="red" size="sm">
            Le total affecté dépasse le montant du virement.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button onClick={confirm} loading={saving} disabled={!debtorId || total <= 0 || over}>
            Rapprocher
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
