import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconEyeOff, IconHandFinger } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type LedgerLabels, useLedgerLabels } from '../../data/bankHooks';
import { bankRepo, type MatchDecision } from '../../data/repositories/bank';
import type { BankCreditRecord, MatchCandidate } from '../../domain/bank';
import { formatDateFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import { AllocationModal } from './AllocationModal';
import {
  confidenceColor,
  decisionOf,
  itemsText,
  reasonText,
  SURE_CONFIDENCE,
} from './proposalText';
import type { Proposals } from './useBankJobs';

async function apply(decisions: MatchDecision[]) {
  const { confirmed, errors } = await bankRepo.confirm(decisions);
  if (confirmed > 0) {
    notifications.show({
      color: 'teal',
      message: confirmed === 1 ? 'Virement rapproché.' : `${confirmed} virements rapprochés.`,
    });
  }
  for (const message of errors) notifications.show({ color: 'red', message });
}

function Proposal({ candidate, labels }: { candidate: MatchCandidate; labels?: LedgerLabels }) {
  const debtor = labels?.debtors.get(candidate.debtorId);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {debtor ? `${debtor.name} (${debtor.accountNo})` : '…'}
      </Text>
      <Text size="xs" c="dimmed">
        {itemsText(candidate, labels)}
        {candidate.unallocatedCents > 0 &&
          ` — ${formatEuros(candidate.unallocatedCents)} non affectés`}
      </Text>
    </Stack>
  );
}

/**
 * Rows per page: a morning's statement fits in one, and a statement of 20,000 credits still draws
 * 50 rows (and reads the names and invoices of 50 proposals), not 20,000.
 */
export const REVIEW_PAGE_SIZE = 50;

const PAGE_CONTROL_LABELS = {
  first: 'Première page',
  previous: 'Page précédente',
  next: 'Page suivante',
  last: 'Dernière page',
} as const;

interface MatchReviewProps {
  credits: readonly BankCreditRecord[];
  proposals: Proposals;
}

/**
 * The credits waiting to be matched, each with its best proposal: confirm it (button or Entrée on
 * the row), choose or split by hand, or ignore the credit (Suppr). The sure proposals can be
 * confirmed all at once.
 */
export function MatchReview({ credits, proposals }: MatchReviewProps) {
  const [choosing, setChoosing] = useState<BankCreditRecord | null>(null);
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(credits.length / REVIEW_PAGE_SIZE));
  // Credits confirmed or ignored leave the list: stay on the last page that still exists.
  useEffect(() => setPage((current) => Math.min(current, pages)), [pages]);
  const shown = credits.slice((page - 1) * REVIEW_PAGE_SIZE, page * REVIEW_PAGE_SIZE);
  const best = (credit: BankCreditRecord) => proposals.byCredit.get(credit.id)?.[0];
  const candidates = shown.flatMap((c) => proposals.byCredit.get(c.id) ?? []);
  const labels = useLedgerLabels(
    [...new Set(candidates.map((c) => c.debtorId))],
    [...new Set(candidates.flatMap((c) => c.allocations.map((a) => a.itemId)))],
  );
  const sure = credits.filter((c) => (best(c)?.confidence ?? 0) >= SURE_CONFIDENCE);

  if (credits.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        Aucun virement à rapprocher. Importez le relevé du jour pour voir qui a payé.
      </Text>
    );
  }

  const confirmBest = (credit: BankCreditRecord) => {
    const candidate = best(credit);
    if (candidate) void apply([decisionOf(credit, candidate)]);
    else setChoosing(credit);
  };

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {proposals.pending ? (
            <Group gap={6} component="span">
              <Loader size="xs" /> Recherche des factures correspondantes…
            </Group>
          ) : (
            `${formatCount(credits.length)} virement${credits.length > 1 ? 's' : ''} à rapprocher. Entrée confirme la proposition de la ligne, Suppr ignore le virement.`
          )}
        </Text>
        <Button
          disabled={sure.length === 0 || proposals.pending}
          onClick={() =>
            void apply(
              sure.flatMap((credit) => {
                const candidate = best(credit);
                return candidate ? [decisionOf(credit, candidate)] : [];
              }),
            )
          }
        >
          Confirmer les {formatCount(sure.length)} propositions sûres
        </Button>
      </Group>
      {proposals.error && (
        <Text c="red" size="sm" mb="sm">
          {proposals.error}
        </Text>
      )}
      {/* Narrow windows scroll the table sideways rather than squeezing the proposal. */}
      <Table.ScrollContainer minWidth={980}>
        <Table striped highlightOnHover fz="sm" aria-label="Virements à rapprocher">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Payeur et libellé</Table.Th>
              <Table.Th ta="right">Montant</Table.Th>
              <Table.Th>Proposition</Table.Th>
              <Table.Th>Motif</Table.Th>
              <Table.Th>Confiance</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((credit) => {
              const candidate = best(credit);
              return (
                <Table.Tr
                  key={credit.id}
                  tabIndex={0}
                  data-testid="credit-row"
                  aria-label={`Virement du ${formatDateFr(credit.bookingDate)} de ${formatEuros(credit.amountCents)}`}
                  onKeyDown={(event) => {
                    if (event.target !== event.currentTarget) return;
                    if (event.key === 'Enter') confirmBest(credit);
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
                        {proposals.pending ? '…' : 'Aucune facture ne correspond'}
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
                        onClick={() => confirmBest(credit)}
                        title="Confirmer la proposition (Entrée)"
                        aria-label="Confirmer la proposition"
                      >
                        <IconCheck size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="light"
                        onClick={() => setChoosing(credit)}
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
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            Virements {formatCount((page - 1) * REVIEW_PAGE_SIZE + 1)} à{' '}
            {formatCount((page - 1) * REVIEW_PAGE_SIZE + shown.length)} sur{' '}
            {formatCount(credits.length)}
          </Text>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            size="sm"
            aria-label="Pages des virements à rapprocher"
            getControlProps={(control) => ({ 'aria-label': PAGE_CONTROL_LABELS[control] })}
            getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
          />
        </Group>
      )}
      {choosing && (
        <AllocationModal
          credit={choosing}
          candidates={proposals.byCredit.get(choosing.id) ?? []}
          onClose={() => setChoosing(null)}
          onConfirm={async (decision) => {
            await apply([decision]);
            setChoosing(null);
          }}
        />
      )}
    </>
  );
}
