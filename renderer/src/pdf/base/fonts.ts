/**
 * Fonts of every PDF Recouvra writes. They are bundled (resources/fonts, DejaVu, free licence),
 * never fetched from the network, and cover all French characters (« », œ, €, narrow spaces).
 * Registration is separate from the file locations so that Node tests can pass file paths and
 * the app (window or worker) the asset URLs from `bundledFonts.ts`.
 */
import { Font } from '@react-pdf/renderer';
import type { FontBytesLoader } from './stampFace';

export const PDF_FONT_FAMILY = 'DejaVu Sans Condensed';

export interface PdfFontFiles {
  regular: string;
  bold: string;
  italic: string;
}

let registered: PdfFontFiles | null = null;
let bytesLoader: FontBytesLoader | null = null;

/**
 * Registers the family once per JavaScript realm (window or worker); later calls are no-ops.
 * `loadBytes` reads the same faces' bytes, for what pdf-lib stamps afterwards (page numbers).
 */
export function registerPdfFonts(files: PdfFontFiles, loadBytes: FontBytesLoader): void {
  bytesLoader ??= loadBytes;
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 'normal', fontStyle: 'normal' },
      { src: files.bold, fontWeight: 'bold', fontStyle: 'normal' },
      { src: files.italic, fontWeight: 'normal', fontStyle: 'italic' },
    ],
  });
  // French text is set without automatic hyphenation: a cut word in a legal notice reads badly.
  Font.registerHyphenationCallback((word) => [word]);
  registered = files;
}

export function arePdfFontsRegistered(): boolean {
  return registered !== null;
}

/** The registered faces' bytes loader (see `registerPdfFonts`). */
export function pdfFontBytesLoader(): FontBytesLoader {
  if (!bytesLoader) throw new Error('Polices PDF non enregistrées (registerPdfFonts).');
  return bytesLoader;
}
