import { SimpleGrid, Text } from '@mantine/core';
import type { DebtorListLink } from '../../app/paths';
import { type BucketBoundaries, beyondThirdBoundaryLabel } from '../../domain/aging';
import type { DsoFigures } from '../../domain/dso';
import { formatEuros } from '../../domain/money';
import { formatCount, formatPercent } from '../../domain/numbers';
import { CONCENTRATION_TOP, type PortfolioSummary } from '../../domain/portfolio';
import { StatCard } from '../../shared/ui/StatCard';

export interface KpiGridProps {
  summary: PortfolioSummary;
  dso: DsoFigures;
  debtorCount: number;
  boundaries: BucketBoundaries;
  /** False when the figures come from an earlier import's snapshots. */
  isLive: boolean;
  importedItemCount?: number;
  /**
   * How many balance imports the ledger holds. With one, the sales of past months are only the
   * invoices still open on that day (those already paid are unknown): the DSO is approximate.
   */
  importCount: number;
  /** The debtor list filtered to what a figure counts. */
  linkTo: (query: DebtorListLink) => string;
}

const formatDays = (days: number) => `${formatCount(Math.round(days))}\u00a0j`;

/** The portfolio in ten figures; each card opens the debtors behind it. */
const NOT_KEPT = 'non conservé pour un import passé';

export function KpiGrid(props: KpiGridProps) {
  const { summary, dso, debtorCount, boundaries, isLive, importCount, linkTo } = props;
  const dsoApproximate = importCount < 2;
  const beyond = beyondThirdBoundaryLabel(boundaries);
  const countback = dso.countbackComplete
    ? formatDays(dso.countbackDays)
    : `> ${formatDays(dso.countbackDays)}`;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="sm">
      <StatCard
        label="Encours total"
        value={formatEuros(summary.totalCents)}
        hint={
          summary.creditCents !== 0
            ? `dont avoirs et acomptes ${formatEuros(summary.creditCents)}`
            : 'net des avoirs'
        }
        to={linkTo({ sort: 'totalCents', direction: 'desc' })}
      />
      <StatCard
        label="Échu"
        value={formatEuros(summary.overdueCents)}
        hint={`${formatPercent(summary.overdueShare)} de l’encours`}
        to={linkTo({ bucket: 'overdue' })}
      />
      <StatCard
        label={`Échu ${beyond}`}
        value={formatPercent(summary.beyondThirdBoundaryShare)}
        hint={`${formatEuros(summary.beyondThirdBoundaryCents)} de l’encours`}
        to={linkTo({ bucket: 'beyond3', sort: 'daysPastDue', direction: 'desc' })}
      />
      <StatCard
        label="DSO"
        value={dsoApproximate ? `≈\u00a0${countback}` : countback}
        hint={
          <>
            {dso.simpleDays === null
              ? 'méthode de l’épuisement du CA'
              : `épuisement du CA · formule simple ${formatDays(dso.simpleDays)}`}
            {dsoApproximate && (
              <Text span size="xs" c="orange.9" display="block" data-testid="dso-caveat">
                Approximatif : calculé sur un seul import, sans les factures déjà réglées.
              </Text>
            )}
          </>
        }
        to={linkTo({ bucket: 'overdue', sort: 'daysPastDue', direction: 'desc' })}
      />
      <StatCard
        label={`Concentration top ${CONCENTRATION_TOP}`}
        value={formatPercent(summary.topConcentrationShare)}
        hint={`de l’échu chez les ${CONCENTRATION_TOP} plus gros retards`}
        to={linkTo({ bucket: 'overdue', sort: 'overdueCents', direction: 'desc' })}
      />
      <StatCard
        label="En litige"
        value={isLive ? formatEuros(summary.disputedCents) : '—'}
        hint={isLive ? 'pièces contestées, hors relances' : NOT_KEPT}
        to={linkTo({ flag: 'disputed' })}
      />
      <StatCard
        label="Promis"
        value={formatEuros(summary.promisedCents)}
        hint="échéances de promesses et d’échéanciers en cours"
        to={linkTo({ flag: 'promised', sort: 'nextActionDate', direction: 'asc' })}
      />
      <StatCard
        label="En contentieux"
        value={formatEuros(summary.litigationCents)}
        hint="comptes au stade judiciaire"
        to={linkTo({ flag: 'litigation' })}
      />
      {/* Not labelled « Débiteurs »: a link with the main navigation's name would be ambiguous. */}
      <StatCard
        label="Comptes avec solde"
        testId="Débiteurs"
        value={formatCount(summary.debtorsWithBalance)}
        hint={
          summary.debtorsWithBalance !== debtorCount
            ? `sur ${formatCount(debtorCount)} au registre`
            : 'tous les comptes du registre'
        }
        to={linkTo({})}
      />
      <StatCard
        label="Pièces ouvertes"
        value={formatCount(isLive ? summary.openItemCount : (props.importedItemCount ?? 0))}
        hint="factures, avoirs et règlements non lettrés"
        to={linkTo({ sort: 'openItemCount', direction: 'desc' })}
      />
    </SimpleGrid>
  );
}
