import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { IconHistory, IconHourglassHigh } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type DebtorListLink, paths } from '../../app/paths';
import { useDashboardView } from '../../data/portfolioHooks';
import { prepareQueue } from '../../data/prepareQueue';
import { BUCKET_KEYS, type BucketKey, bucketLabels } from '../../domain/aging';
import { formatDateFr } from '../../domain/dates';
import type { BucketTotals } from '../../domain/model';
import { formatEuros, sumCents } from '../../domain/money';
import type { DebtorStage } from '../../domain/stage';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useWhenIdle } from '../../shared/ui/useWhenIdle';
import { EmptyLedger } from '../onboarding';
import { AsOfPicker } from './AsOfPicker';
import { BreakdownTable } from './BreakdownTable';
import { BucketChart } from './BucketChart';
import { ControllerActivity } from './ControllerActivity';
import { CurrencyNote } from './CurrencyNote';
import { KpiGrid } from './KpiGrid';
import { portfolioFigures } from './portfolioFigures';
import { TopDebtors } from './TopDebtors';
import { TrendChart } from './TrendChart';

/**
 * Tableau de bord: where the money is stuck, as of an import (the latest by default, `?asOf=`
 * for an earlier one). Every figure links to the debtor list filtered to what it counts.
 */
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const importId = params.get('asOf') ?? undefined;
  const view = useDashboardView(importId);
  // The File d'actions is usually the next page: made ready once these figures are drawn, so that
  // its first opening does not evaluate every debtor's ladder while the user waits.
  useWhenIdle(view ? prepareQueue : null);

  const figures = view ? portfolioFigures(view) : null;
  const labels = useMemo(() => bucketLabels(view?.boundaries ?? [30, 60, 90, 180]), [view]);
  const snapshotId = view && !view.isLive ? view.importId : undefined;
  const linkTo = useCallback(
    (query: DebtorListLink) => paths.debtors({ ...query, importId: snapshotId }),
    [snapshotId],
  );

  if (!view || !figures) return <PageLoader />;
  const { summary, top, byAssignee, byStage } = figures;
  if (view.rows.length === 0) {
    return (
      <>
        <PageHeader title="Tableau de bord" />
        <EmptyLedger />
      </>
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title="Tableau de bord"
        description={`Situation au ${formatDateFr(view.asOfDate)}`}
        actions={
          view.imports.length > 0 && (
            <AsOfPicker
              imports={view.imports}
              value={view.importId}
              latestId={view.latestImportId}
              onChange={(id) => setParams(id ? { asOf: id } : {})}
            />
          )
        }
      />
      {!view.isLive && (
        <Alert color="yellow" icon={<IconHistory size={18} />} p="xs">
          Situation de l’import au {formatDateFr(view.asOfDate)} : les montants viennent de cet
          import ; litiges, promesses, étapes et gestionnaires sont ceux d’aujourd’hui.
        </Alert>
      )}
      {view.approximate && (
        <Alert
          color="orange"
          icon={<IconHourglassHigh size={18} />}
          p="xs"
          data-testid="approximate-aging"
        >
          Ancienneté approximative{'\u00a0'}:{' '}
          {formatEuros(sumCents(Object.values(view.approximate)))} viennent d’une tranche ouverte de
          la balance importée (« + 120 j », « Plus ancien »), ancienneté exacte inconnue. Ils sont
          comptés dans la plus jeune tranche possible ({approximateLabels(view.approximate, labels)}
          ) et peuvent être plus anciens.
        </Alert>
      )}
      {view.currencyNote && <CurrencyNote note={view.currencyNote} />}
      <KpiGrid
        summary={summary}
        dso={view.dso}
        debtorCount={view.rows.length}
        boundaries={view.boundaries}
        isLive={view.isLive}
        importedItemCount={view.importedItemCount}
        importCount={view.imports.length}
        linkTo={linkTo}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <BucketChart
          buckets={summary.buckets}
          labels={labels}
          linkTo={linkTo}
          approximate={view.approximate}
        />
        <TrendChart trend={view.trend} labels={labels} latestImportId={view.latestImportId} />
      </SimpleGrid>
      <TopDebtors
        rows={top}
        allHref={linkTo({ bucket: 'overdue', sort: 'overdueCents', direction: 'desc' })}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <BreakdownTable
          title="Par gestionnaire"
          heading="Gestionnaire"
          lines={byAssignee}
          linkTo={(line) => linkTo({ assignee: line.key })}
        />
        <BreakdownTable
          title="Par étape"
          heading="Étape"
          lines={byStage}
          linkTo={(line) => linkTo({ stage: line.key as DebtorStage })}
        />
      </SimpleGrid>
      {/* Live rows are the portfolio today; an earlier import's are not (it reads its own). */}
      <ControllerActivity portfolio={view.isLive ? view.parts : undefined} />
    </Stack>
  );
}

/** The buckets holding approximate amounts, by their labels (« 91-180 j »). */
function approximateLabels(approximate: BucketTotals, labels: Record<BucketKey, string>): string {
  return BUCKET_KEYS.filter((key) => approximate[key] !== 0)
    .map((key) => labels[key])
    .join(', ');
}
