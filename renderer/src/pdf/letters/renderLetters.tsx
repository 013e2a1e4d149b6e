import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { LetterContent } from '../../domain/letters';
import { renderPdfBytes, stampPageNumbers } from '../base';
import { type LetterAssets, LetterDocument } from './LetterDocument';

/**
 * Renders one letter to PDF bytes, numbered « Page 1/2 » when it runs over one sheet (fonts must
 * be registered first). Works in the window, in a worker and in Node. A batch renders its letters
 * one by one (each letter's own bytes are what is recorded) and merges them for printing.
 */
export async function renderLetterPdf(
  letter: LetterContent,
  assets: LetterAssets = {},
): Promise<Uint8Array> {
  // LetterDocument renders a <Document>: react-pdf's types only see the wrapper component.
  const element = <LetterDocument letter={letter} assets={assets} />;
  return stampPageNumbers(await renderPdfBytes(element as ReactElement<DocumentProps>));
}
