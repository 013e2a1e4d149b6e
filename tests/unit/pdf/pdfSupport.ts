/**
 * PDF helpers for Node tests: the bundled fonts registered from their files, and the text of a
 * PDF extracted with pdf.js (legacy build, the one meant for Node).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFStream,
} from 'pdf-lib';
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
  registerPdfFonts(
    {
      regular: fontFile('DejaVuSansCondensed.ttf'),
      bold: fontFile('DejaVuSansCondensed-Bold.ttf'),
      italic: fontFile('DejaVuSansCondensed-Oblique.ttf'),
    },
    testUnicodeFonts,
  );
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

/**
 * The fonts of a PDF that are not embedded, by name: every font dictionary reachable from a page
 * (its resources, and those of the form XObjects it draws) must carry its glyphs — a FontFile,
 * FontFile2 or FontFile3 in its descriptor (that of its descendant font for a Type0 font).
 * Type3 fonts draw their glyphs with PDF operators and are embedded by nature.
 */
export async function unembeddedFonts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const missing = new Set<string>();
  const seen = new Set<PDFDict>();
  const dictOf = (value: PDFObject | undefined): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (resolved instanceof PDFDict) return resolved;
    if (resolved instanceof PDFStream) return resolved.dict;
    return undefined;
  };
  const embedded = (font: PDFDict): boolean => {
    const subtype = font.get(PDFName.of('Subtype'))?.toString();
    if (subtype === '/Type3') return true;
    if (subtype === '/Type0') {
      const descendants = doc.context.lookup(font.get(PDFName.of('DescendantFonts')));
      const first = descendants instanceof PDFArray ? dictOf(descendants.get(0)) : undefined;
      return first !== undefined && embedded(first);
    }
    const descriptor = dictOf(font.get(PDFName.of('FontDescriptor')));
    return ['FontFile', 'FontFile2', 'FontFile3'].some(
      (key) => descriptor?.get(PDFName.of(key)) !== undefined,
    );
  };
  const walk = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fonts = dictOf(resources.get(PDFName.of('Font')));
    for (const [, value] of fonts?.entries() ?? []) {
      const font = dictOf(value);
      if (font && !embedded(font)) {
        missing.add(font.get(PDFName.of('BaseFont'))?.toString() ?? '(sans nom)');
      }
    }
    const xObjects = dictOf(resources.get(PDFName.of('XObject')));
    for (const [, value] of xObjects?.entries() ?? []) {
      const xObject = dictOf(value);
      if (xObject?.get(PDFName.of('Subtype'))?.toString() === '/Form') {
        walk(dictOf(xObject.get(PDFName.of('Resources'))));
      }
    }
  };
  for (const page of doc.getPages()) walk(page.node.Resources());
  return [...missing];
}
