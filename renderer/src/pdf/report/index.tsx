/** The monthly report as a PDF (pdf/base pieces: bundled fonts, A4 page, tables, footer). */
import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { renderPdfBytes } from '../base';
import { MonthlyReportDocument, type MonthlyReportDocumentProps } from './MonthlyReportDocument';

export { MonthlyReportDocument, type MonthlyReportDocumentProps };

/** The report's PDF bytes (register the fonts first: `registerBundledPdfFonts`). */
export function renderMonthlyReportPdf(props: MonthlyReportDocumentProps): Promise<Uint8Array> {
  // MonthlyReportDocument renders a <Document>: react-pdf's types only see the wrapper.
  return renderPdfBytes((<MonthlyReportDocument {...props} />) as ReactElement<DocumentProps>);
}
