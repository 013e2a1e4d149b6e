import { ActionIcon, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconEyeOff, IconHandFinger } from '@tabler/icons-react';
import { memo } from 'react';
import { bankRepo } from '../../data/repositories/bank';
import type { BankCreditRecord, MatchCandidate } from '../../domain/bank';
import { formatDateFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import {
  confidenceColor,
  debtorText,
  itemsText,
  type ProposalLabels,
  reasonText,
} from './proposalText';

function Proposal({ candidate, labels }: { candidate: MatchCandidate; labels?: ProposalLabels }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {debtorText(candidate.debtorId, labels)}
      </Text>
      <Text size="xs" c="dimmed">
        {itemsText(candidate, labels)}
        {candidate.unallocatedCents > 0 &&
          ` — ${formatEuros(candidate.unallocatedCents)} non affectés`}
      </Text>
    </Stack>
  );
}

interface CreditRowProps {
  credit: BankCreditRecord;
  /** The best proposal, if any. */
  candidate: MatchCandidate | undefined;
  labels: ProposalLabels | undefined;
  /** Proposals still being computed: a credit without one shows « … », not « none ». */
  pending: boolean;
  onConfirm: (credit: BankCreditRecord) => void;
  onChoose: (credit: BankCreditRecord) => void;
}

/**
 * One credit waiting to be matched, with its best proposal: Entrée confirms it, Suppr ignores the
 * credit. Memoised: a page of 50 rows redraws only the rows whose props changed.
 */
export const CreditRow = memo(function CreditRow({
  credit,
  candidate,
  labels,
  pending,
  onConfirm,
  onChoose,
}: CreditRowProps) {
  return (
    <Table.Tr
      tabIndex={0}
      data-testid="credit-row"
      aria-label={`Virement du ${formatDateFr(credit.bookingDate)} de ${formatEuros(credit.amountCents)}`}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter') onConfirm(credit);
        else if (event.key === 'Delete') void bankRepo.setIgnored(credit, true);
      }}
    >
      <Table.Td>{formatDateFr(credit.bookingDate)}</Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" fw={500} truncate>
          {credit.payerName ?? 'Payeur non indiqué'}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {credit.remittance || credit.references.join(' ') || 'Sans libellé'}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{formatEuros(credit.amountCents)}</Table.Td>
      <Table.Td>
        {candidate ? (
          <Proposal candidate={candidate} labels={labels} />
        ) : (
          <Text size="sm" c="dimmed">
            {pending ? '…' : 'Aucune facture ne correspond'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{candidate ? reasonText(candidate) : ''}</Table.Td>
      <Table.Td>
        {candidate && (
          <Badge color={confidenceColor(candidate.confidence)} variant="light">
            {Math.round(candidate.confidence * 100)} %
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="light"
            color="teal"
            disabled={!candidate}
            onClick={() => onConfirm(credit)}
            title="Confirmer la proposition (Entrée)"
            aria-label="Confirmer la proposition"
          >
            <IconCheck size={16} />
          </ActionIcon>
          <ActionIcon
            variant="light"
            onClick={() => onChoose(credit)}
            title="Choisir ou répartir les factures"
            aria-label="Choisir les factures"
          >
            <IconHandFinger size={16} />
          </ActionIcon>
          <ActionIcon
            variant="light"
            color="gray"
            onClick={() => void bankRepo.setIgnored(credit, true)}
            title="Ignorer ce virement (Suppr)"
            aria-label="Ignorer ce virement"
          >
            <IconEyeOff size={16} />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
