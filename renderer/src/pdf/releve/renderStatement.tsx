import { type DocumentProps, pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { StatementDocument, type StatementDocumentProps } from './StatementDocument';

/** The relevé de compte as PDF bytes (register the fonts first: `registerBundledPdfFonts`). */
export async function renderStatementPdf(props: StatementDocumentProps): Promise<Uint8Array> {
  // StatementDocument renders a <Document>: react-pdf's types only see the wrapper component.
  const element = <StatementDocument {...props} />;
  const blob = await pdf(element as ReactElement<DocumentProps>).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
