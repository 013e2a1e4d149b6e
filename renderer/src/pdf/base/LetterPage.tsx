import { Page, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { PageFooter } from './PageFooter';
import { baseStyles } from './styles';

export interface LetterPageProps {
  footerLines: readonly string[];
  /** See PageFooter: `stamped` is much faster for long documents (stamp with pdf-lib after). */
  pageNumbers?: 'render' | 'stamped';
  children: ReactNode;
}

/**
 * One letter: an A4 <Page> that flows onto as many sheets as its content needs, each with the
 * footer. Put several in one <Document> to print a batch, each letter starting on a new sheet.
 */
export function LetterPage({ footerLines, pageNumbers = 'render', children }: LetterPageProps) {
  return (
    <Page size="A4" wrap style={baseStyles.page}>
      <View style={baseStyles.content}>{children}</View>
      <PageFooter lines={footerLines} pageNumbers={pageNumbers} />
    </Page>
  );
}
