/**
 * The report's two exports, saved through the platform bridge (a save dialog in the desktop
 * app, a download in the browser). The PDF code (react-pdf, fonts) loads on first use only.
 */
import { creditorRepo } from '../../data/repositories/creditor';
import type { BucketKey } from '../../domain/aging';
import type { MonthlyReport } from '../../domain/report';
import { platform } from '../../platform';

/** « rapport-mensuel-2026-11.pdf » / « .xlsx ». */
export const reportFileName = (report: MonthlyReport, extension: 'pdf' | 'xlsx') =>
  `rapport-mensuel-${report.month}.${extension}`;

export async function saveReportPdf(
  report: MonthlyReport,
  labels: Record<BucketKey, string>,
): Promise<boolean> {
  const [{ renderMonthlyReportPdf }, { registerBundledPdfFonts }, creditor] = await Promise.all([
    import('../../pdf/report'),
    import('../../pdf/base'),
    creditorRepo.load(),
  ]);
  registerBundledPdfFonts();
  const data = await renderMonthlyReportPdf({
    report,
    bucketLabels: labels,
    creditorName: creditor.name,
  });
  const result = await platform.saveFile({
    suggestedName: reportFileName(report, 'pdf'),
    data,
    filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
  });
  return result.saved;
}

export async function saveReportWorkbook(
  report: MonthlyReport,
  labels: Record<BucketKey, string>,
): Promise<boolean> {
  // SheetJS (half a megabyte) loads on the first export, not with the page.
  const { reportWorkbook } = await import('./reportWorkbook');
  const result = await platform.saveFile({
    suggestedName: reportFileName(report, 'xlsx'),
    data: reportWorkbook(report, labels),
    filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
  });
  return result.saved;
}
