/** The bundled fonts registered with react-pdf by URL, in the window or in a Web Worker. */
import { bundledFontBytes, bundledFontFiles } from './bundledFontFiles';
import { registerPdfFonts } from './fonts';

export { bundledFontFiles };

/** What the app calls before rendering a PDF (window or worker). */
export function registerBundledPdfFonts(): void {
  registerPdfFonts(bundledFontFiles(), bundledFontBytes);
}
