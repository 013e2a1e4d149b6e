/**
 * The bundled font files as asset URLs (Vite `?url`), made absolute so that they resolve the
 * same way from the window and from a Web Worker (react-pdf fetches them in the browser build).
 */

import regular from '../../../../resources/fonts/DejaVuSansCondensed.ttf?url';
import bold from '../../../../resources/fonts/DejaVuSansCondensed-Bold.ttf?url';
import italic from '../../../../resources/fonts/DejaVuSansCondensed-Oblique.ttf?url';
import { type PdfFontFiles, registerPdfFonts } from './fonts';

export function bundledFontFiles(): PdfFontFiles {
  const base = globalThis.location?.href;
  const absolute = (url: string) => new URL(url, base).href;
  return { regular: absolute(regular), bold: absolute(bold), italic: absolute(italic) };
}

/** What the app calls before rendering a PDF (window or worker). */
export function registerBundledPdfFonts(): void {
  registerPdfFonts(bundledFontFiles());
}
