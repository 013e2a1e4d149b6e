/**
 * PDF helpers for Node tests: the bundled fonts registered from their files, and the text of a
 * PDF extracted with pdf.js (legacy build, the one meant for Node).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { registerPdfFonts } from '../../../renderer/src/pdf/base/fonts';

// pdf.js 6 calls Promise.withResolvers, which Node only has from version 22 (CI runs Node 20).
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const fontFile = (name: string) =>
  fileURLToPath(new URL(`../../../resources/fonts/${name}`, import.meta.url));

export function registerTestFonts(): void {
  registerPdfFonts({
    regular: fontFile('DejaVuSansCondensed.ttf'),
    bold: fontFile('DejaVuSansCondensed-Bold.ttf'),
    italic: fontFile('DejaVuSansCondensed-Oblique.ttf'),
  });
}

/** The bundled Unicode faces for pdf-lib drawings, read from disk (the app fetches them). */
export async function testUnicodeFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = await Promise.all([
    readFile(fontFile('DejaVuSansCondensed.ttf')),
    readFile(fontFile('DejaVuSansCondensed-Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

export interface PdfText {
  pages: string[];
  /** All pages joined, whitespace (including narrow no-break spaces) collapsed to one space. */
  text: string;
}

/** Normalises the spaces Intl and French typography use, so assertions can use plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    verbosity: 0,
  });
  const document = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    // Table cells and justified words are separate items: a space between them keeps the text
    // readable (« FA-1 26/01/2026 »), and plainSpaces() collapses the doubles.
    const parts = content.items.map((item) =>
      'str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '',
    );
    pages.push(parts.join(''));
  }
  await task.destroy();
  return { pages, text: plainSpaces(pages.join('\n')) };
}
