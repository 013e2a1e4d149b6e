import { Alert, Button, List, Select, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseReportQuery } from '../../app/paths';
import { useMonthlyReport } from '../../data/reportHooks';
import { bucketLabels } from '../../domain/aging';
import { formatDateFr, todayIso } from '../../domain/dates';
import {
  formatMonthFr,
  lastCompleteMonth,
  type MonthlyReport,
  parseReportMonth,
  type ReportMonth,
} from '../../domain/report';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { useExport } from '../../shared/ui/useExport';
import { EmptyLedger } from '../onboarding';
import { ControllersSection } from './ControllersSection';
import { saveReportPdf, saveReportWorkbook } from './exports';
import { MovementSection } from './MovementSection';
import { ReportKpis } from './ReportKpis';
import { TrendCharts } from './TrendCharts';

const TITLE = 'Rapport mensuel';

function balancesLine(report: MonthlyReport): string {
  const { opening, closing } = report;
  if (opening && closing) {
    return `Balances âgées du ${formatDateFr(opening.asOfDate)} et du ${formatDateFr(closing.asOfDate)}`;
  }
  if (closing) return `Balance âgée du ${formatDateFr(closing.asOfDate)}, aucune avant ce mois`;
  return `Aucune balance âgée importée en ${formatMonthFr(report.month)}`;
}

/**
 * Rapport mensuel for the finance director: for a month (the last complete one by default,
 * `?mois=2026-11` for another), DSO and CEI over twelve months, promises kept, collected and
 * done per controller, and the aged balance movement; exported as PDF and Excel.
 */
export function ReportPage() {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const month = parseReportMonth(parseReportQuery(params).month) ?? lastCompleteMonth(today);
  const view = useMonthlyReport(month, today);
  const { running: exporting, run } = useExport<'pdf' | 'xlsx'>();
  const labels = useMemo(() => (view ? bucketLabels(view.boundaries) : null), [view]);
  const choices = useMemo(() => {
    const months = new Set<ReportMonth>(view?.months ?? []);
    months.add(month);
    months.add(lastCompleteMonth(today));
    return [...months]
      .sort()
      .reverse()
      .map((value) => ({ value, label: formatMonthFr(value) }));
  }, [view, month, today]);

  if (!view || !labels) return <PageLoader />;
  if (!view.hasImports) {
    return (
      <>
        <PageHeader title={TITLE} />
        <EmptyLedger />
      </>
    );
  }
  const { report } = view;
  const exportAs = (kind: 'pdf' | 'xlsx') =>
    run(kind, async () => {
      const saved =
        kind === 'pdf'
          ? await saveReportPdf(report, labels)
          : await saveReportWorkbook(report, labels);
      return saved
        ? {
            message: `Rapport de ${formatMonthFr(report.month)} exporté en ${kind === 'pdf' ? 'PDF' : 'Excel'}.`,
          }
        : null;
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={`${TITLE} — ${formatMonthFr(report.month)}`}
        description={`${balancesLine(report)} · du ${formatDateFr(report.from)} au ${formatDateFr(report.to)}`}
        actions={
          <>
            <Select
              aria-label="Mois du rapport"
              data={choices}
              value={report.month}
              onChange={(value) => value && setParams({ mois: value })}
              allowDeselect={false}
              w={170}
            />
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              loading={exporting === 'pdf'}
              disabled={exporting !== null}
              onClick={() => void exportAs('pdf')}
            >
              Exporter en PDF
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={exporting === 'xlsx'}
              disabled={exporting !== null}
              onClick={() => void exportAs('xlsx')}
            >
              Exporter en Excel
            </Button>
          </>
        }
      />
      <ReportKpis report={report} />
      <TrendCharts report={report} />
      <MovementSection report={report} labels={labels} />
      <ControllersSection report={report} />
      <Alert
        variant="light"
        color="gray"
        icon={<IconInfoCircle size={18} />}
        title="Limites des chiffres"
        data-testid="report-caveats"
      >
        <List size="sm" spacing={4}>
          {report.caveats.map((caveat) => (
            <List.Item key={caveat}>{caveat}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}
