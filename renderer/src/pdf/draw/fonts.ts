/**
 * The two faces a drawn document uses. Helvetica and Helvetica-Bold, the PDF standard fonts, cost
 * nothing to embed and draw French. When some text needs more (« Łódź Sp. z o.o. »), the bundled
 * DejaVu faces are embedded instead — subset to the glyphs used — for the whole document, so that
 * its type stays uniform. Nothing is ever dropped or transliterated: a character no font has is
 * drawn as « � », visibly.
 */
import { type PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { isWinAnsi, normalizeText } from './text';

/** The bundled Unicode faces' bytes: fetched in the app, read from disk in Node tests. */
export type UnicodeFontLoader = () => Promise<{ regular: Uint8Array; bold: Uint8Array }>;

export interface DrawFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Whether these are the embedded Unicode faces rather than the standard ones. */
  unicode: boolean;
  /** `text` as these faces draw it: spacing and dashes normalised, unknown characters as « � ». */
  printable(text: string): string;
}

const REPLACEMENT = '\ufffd';

/** The standard faces. `regular` may be passed when the document already embeds Helvetica. */
export async function standardFonts(doc: PDFDocument, regular?: PDFFont): Promise<DrawFonts> {
  return {
    regular: regular ?? (await doc.embedFont(StandardFonts.Helvetica)),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    unicode: false,
    printable(text) {
      const normalized = normalizeText(text);
      // The fonts were chosen from the document's texts: reaching this is a bug, never a quiet
      // substitution in a legal document.
      if (!isWinAnsi(normalized))
        throw new Error(`Texte non imprimable en Helvetica : « ${text} »`);
      return normalized;
    },
  };
}

export async function unicodeFonts(doc: PDFDocument, load: UnicodeFontLoader): Promise<DrawFonts> {
  const [{ default: fontkit }, bytes] = await Promise.all([import('@pdf-lib/fontkit'), load()]);
  doc.registerFontkit(fontkit);
  // Names tagged as subsets, as PDF 32000 § 9.6.4 asks (and viewers show), and fixed rather
  // than suffixed by pdf-lib: the same plan gives the same file, byte for byte.
  const regular = await doc.embedFont(bytes.regular, {
    subset: true,
    customName: 'RCVRAA+DejaVuSansCondensed',
  });
  const bold = await doc.embedFont(bytes.bold, {
    subset: true,
    customName: 'RCVRAB+DejaVuSansCondensed-Bold',
  });
  const covered = new Set(regular.getCharacterSet());
  const boldCovered = new Set(bold.getCharacterSet());
  return {
    regular,
    bold,
    unicode: true,
    printable(text) {
      let printable = '';
      for (const char of normalizeText(text)) {
        const code = char.codePointAt(0) ?? 0;
        printable += covered.has(code) && boldCovered.has(code) ? char : REPLACEMENT;
      }
      return printable;
    },
  };
}

/**
 * The faces for a document whose texts are `texts`: the standard ones when they can draw all of
 * them, the Unicode ones otherwise (loaded only then).
 */
export async function fontsFor(
  doc: PDFDocument,
  texts: readonly string[],
  load: UnicodeFontLoader,
  regular?: PDFFont,
): Promise<DrawFonts> {
  return texts.every(isWinAnsi) ? standardFonts(doc, regular) : unicodeFonts(doc, load);
}
