import { type DocumentProps, pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { warmUpPdfGlyphs } from './glyphWarmUp';

/**
 * Renders a react-pdf <Document> to bytes. Use this rather than `pdf().toBlob()` directly: it
 * first makes sure the fonts' glyphs carry their characters (see glyphWarmUp.tsx), so text stays
 * searchable and extractable in every document of the session. Fonts must be registered.
 */
export async function renderPdfBytes(document: ReactElement<DocumentProps>): Promise<Uint8Array> {
  await warmUpPdfGlyphs();
  const blob = await pdf(document).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
