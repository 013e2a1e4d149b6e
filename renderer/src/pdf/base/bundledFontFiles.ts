/**
 * The bundled font files as asset URLs (Vite `?url`), made absolute so that they resolve the
 * same way from the window and from a Web Worker. No renderer is loaded here: react-pdf registers
 * them by URL (bundledFonts.ts), pdf-lib drawings fetch their bytes when they need them.
 */

import regular from '../../../../resources/fonts/DejaVuSansCondensed.ttf?url';
import bold from '../../../../resources/fonts/DejaVuSansCondensed-Bold.ttf?url';
import italic from '../../../../resources/fonts/DejaVuSansCondensed-Oblique.ttf?url';
import type { PdfFontFiles } from './fonts';

export function bundledFontFiles(): PdfFontFiles {
  const base = globalThis.location?.href;
  const absolute = (url: string) => new URL(url, base).href;
  return { regular: absolute(regular), bold: absolute(bold), italic: absolute(italic) };
}

let upright: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

/**
 * The upright faces' bytes, fetched from the app's own assets (never the network), once per
 * window or worker: every dossier and every stamp embeds them.
 */
export function bundledFontBytes(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  upright ??= (async () => {
    const files = bundledFontFiles();
    const read = async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Police intégrée introuvable (${url}).`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const [regularBytes, boldBytes] = await Promise.all([read(files.regular), read(files.bold)]);
    return { regular: regularBytes, bold: boldBytes };
  })();
  // A failed read (a missing asset) is not remembered: the next document tries again.
  upright.catch(() => {
    upright = null;
  });
  return upright;
}
