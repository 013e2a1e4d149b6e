import { SimpleGrid } from '@mantine/core';
import { useLedgerTotals } from '../../data/hooks';
import { formatDateFr, todayIso } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { formatCount, formatPercent } from '../../domain/numbers';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { StatCard } from '../../shared/ui/StatCard';
import { EmptyLedger } from '../onboarding';

export function DashboardPage() {
  const today = todayIso();
  const totals = useLedgerTotals(today);
  if (!totals) return <PageLoader />;
  const overdueShare = totals.openCents > 0 ? totals.overdueCents / totals.openCents : 0;
  return (
    <>
      <PageHeader title="Tableau de bord" description={`Situation au ${formatDateFr(today)}`} />
      {totals.debtors === 0 ? (
        <EmptyLedger />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <StatCard label="Encours total" value={formatEuros(totals.openCents)} />
          <StatCard
            label="Échu"
            value={formatEuros(totals.overdueCents)}
            hint={`${formatPercent(overdueShare)} de l'encours`}
          />
          <StatCard label="Débiteurs" value={formatCount(totals.debtors)} />
          <StatCard label="Pièces ouvertes" value={formatCount(totals.openItems)} />
        </SimpleGrid>
      )}
    </>
  );
}
