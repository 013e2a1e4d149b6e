import { SimpleGrid } from '@mantine/core';
import { formatDateFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { formatCount, plural } from '../../domain/numbers';
import {
  changeText,
  dsoText,
  type MonthlyReport,
  percentText,
  ratioText,
} from '../../domain/report';
import { StatCard } from '../../shared/ui/StatCard';

/** Shown in place of a value that cannot be computed; the hint then says why. */
const UNAVAILABLE = 'Non calculable';

/** The month in five figures; each one that cannot be computed says why instead. */
export function ReportKpis({ report }: { report: MonthlyReport }) {
  const { dso, cei, promises, movement, totals } = report;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="sm">
      <StatCard
        label="DSO"
        testId="report-dso"
        value={dso.ok ? dsoText(dso.value) : UNAVAILABLE}
        hint={
          dso.ok
            ? dso.value.singleImport
              ? `au ${formatDateFr(dso.value.asOfDate)} · calculé sur un seul import, donc surestimé`
              : `au ${formatDateFr(dso.value.asOfDate)} · méthode de l’épuisement du CA`
            : dso.reason
        }
      />
      <StatCard
        label="CEI"
        testId="report-cei"
        value={cei.ok && cei.value.percent !== null ? percentText(cei.value.percent) : UNAVAILABLE}
        hint={
          cei.ok
            ? `${formatEuros(cei.value.collectedCents)} recouvrés sur ${formatEuros(cei.value.collectibleCents)} recouvrables`
            : cei.reason
        }
      />
      <StatCard
        label="Promesses tenues"
        testId="report-promises"
        value={
          promises.ok && promises.value.rate !== null ? ratioText(promises.value.rate) : UNAVAILABLE
        }
        hint={
          promises.ok
            ? `${plural(promises.value.kept, 'échéance tenue', 'échéances tenues')} sur ${formatCount(promises.value.kept + promises.value.missed)} arrivées à terme`
            : promises.reason
        }
      />
      <StatCard
        label="Encaissé"
        testId="report-collected"
        value={formatEuros(totals.collectedCents)}
        hint={
          report.opening
            ? `règlements datés du ${formatDateFr(report.from)} au ${formatDateFr(report.to)}`
            : `règlements saisis ou rapprochés du ${formatDateFr(report.from)} au ${formatDateFr(report.to)}\u00a0; sans balance antérieure, ceux d’une balance ne sont pas connus`
        }
      />
      <StatCard
        label="Variation de l’encours"
        testId="report-change"
        value={movement.ok ? changeText(movement.value.total.changeCents) : UNAVAILABLE}
        hint={
          movement.ok
            ? `de ${formatEuros(movement.value.total.openingCents)} à ${formatEuros(movement.value.total.closingCents)}`
            : movement.reason
        }
      />
    </SimpleGrid>
  );
}
