import { Button, Group, Loader, Pagination, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useLedgerLabels } from '../../data/bankHooks';
import { bankRepo, type MatchDecision } from '../../data/repositories/bank';
import type { BankCreditRecord } from '../../domain/bank';
import { formatCount } from '../../domain/numbers';
import { AllocationModal } from './AllocationModal';
import { CreditRow } from './CreditRow';
import { decisionOf, ledgerLabels, matcherLabels, SURE_CONFIDENCE } from './proposalText';
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

/**
 * Rows per page: a morning's statement fits in one, and a statement of 20,000 credits still draws
 * 50 rows (and reads the names and invoices of 50 proposals), not 20,000.
 */
export const REVIEW_PAGE_SIZE = 50;

/**
 * Rows drawn per frame when a page appears: laying out and painting 50 rows in one frame took the
 * main thread 60 to 110 ms when a statement's list first appeared, and 30 rows in the second
 * frame still passed 50 ms on a loaded machine.
 */
const ROWS_PER_FRAME = 15;

/**
 * How many rows of the page to draw: a frame's share more at each frame until all are, once per
 * page shown (a page change, or the list appearing); a credit confirmed does not draw the page
 * again in slices.
 */
function useRowsDrawn(page: number, empty: boolean): number {
  const key = empty ? 'empty' : page;
  const [drawn, setDrawn] = useState<{ key: number | 'empty'; rows: number }>({
    key,
    rows: ROWS_PER_FRAME,
  });
  const rows = drawn.key === key ? drawn.rows : ROWS_PER_FRAME;
  useEffect(() => {
    if (rows >= REVIEW_PAGE_SIZE) return;
    // After the frame that paints the rows so far, in a transition: an input comes first.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() =>
        startTransition(() =>
          setDrawn({ key, rows: Math.min(REVIEW_PAGE_SIZE, rows + ROWS_PER_FRAME) }),
        ),
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key, rows]);
  return rows;
}

const PAGE_CONTROL_LABELS = {
  first: 'Première page',
  previous: 'Page précédente',
  next: 'Page suivante',
  last: 'Dernière page',
} as const;

/** A credit's best proposal, if any. */
const bestOf = (proposals: Proposals, credit: BankCreditRecord) =>
  proposals.byCredit.get(credit.id)?.[0];

interface MatchReviewProps {
  credits: readonly BankCreditRecord[];
  proposals: Proposals;
}

/**
 * The credits waiting to be matched, each with its best proposal: confirm it (button or Entrée on
 * the row), choose or split by hand, or ignore the credit (Suppr). The sure proposals can be
 * confirmed all at once.
 */
export const MatchReview = memo(function MatchReview({ credits, proposals }: MatchReviewProps) {
  const [choosing, setChoosing] = useState<BankCreditRecord | null>(null);
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(credits.length / REVIEW_PAGE_SIZE));
  // Credits confirmed or ignored leave the list: stay on the last page that still exists.
  useEffect(() => setPage((current) => Math.min(current, pages)), [pages]);
  const drawn = useRowsDrawn(page, credits.length === 0);
  const first = (page - 1) * REVIEW_PAGE_SIZE;
  const pageCredits = useMemo(
    () => credits.slice(first, first + REVIEW_PAGE_SIZE),
    [credits, first],
  );
  const shown = pageCredits.slice(0, drawn);
  // The names the matcher answered with its proposals, drawn with them; otherwise those of the
  // whole page, read at once (not again as each frame's rows are drawn).
  const answered = useMemo(
    () => (proposals.labels ? matcherLabels(proposals.labels) : undefined),
    [proposals.labels],
  );
  const candidates = answered
    ? []
    : pageCredits.flatMap((c) => proposals.byCredit.get(c.id)?.slice(0, 1) ?? []);
  // Deferred, with rows that redraw only when their own props change: the names arriving redraw
  // the page of rows in a transition, in slices, not in one long task.
  const read = useDeferredValue(
    useLedgerLabels(
      [...new Set(candidates.map((c) => c.debtorId))],
      [...new Set(candidates.flatMap((c) => c.allocations.map((a) => a.itemId)))],
    ),
  );
  const fromLedger = useMemo(() => (read ? ledgerLabels(read) : undefined), [read]);
  const labels = answered ?? fromLedger;
  const sure = useMemo(
    () => credits.filter((c) => (bestOf(proposals, c)?.confidence ?? 0) >= SURE_CONFIDENCE),
    [credits, proposals],
  );

  const confirmBest = useCallback(
    (credit: BankCreditRecord) => {
      const candidate = bestOf(proposals, credit);
      if (candidate) void apply([decisionOf(credit, candidate)]);
      else setChoosing(credit);
    },
    [proposals],
  );

  if (credits.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        Aucun virement à rapprocher. Importez le relevé du jour pour voir qui a payé.
      </Text>
    );
  }

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
                const candidate = bestOf(proposals, credit);
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
            {shown.map((credit) => (
              <CreditRow
                key={credit.id}
                credit={credit}
                candidate={bestOf(proposals, credit)}
                labels={labels}
                pending={proposals.pending}
                onConfirm={confirmBest}
                onChoose={setChoosing}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            Virements {formatCount(first + 1)} à{' '}
            {formatCount(Math.min(first + REVIEW_PAGE_SIZE, credits.length))} sur{' '}
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
});
