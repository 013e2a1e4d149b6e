/**
 * The two faces a drawn document uses: the bundled DejaVu faces, embedded and subset to the
 * glyphs used, as in the letters. The PDF standard fonts (Helvetica) are never used: they are not
 * embedded, which PDF/A and the courts' filing platforms refuse, and a viewer substitutes its own.
 * Nothing is ever dropped or transliterated: a character the faces lack is drawn as « � ».
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontBytesLoader } from '../base/stampFace';
import { normalizeText } from './text';

/** The bundled Unicode faces' bytes: fetched in the app, read from disk in Node tests. */
export type UnicodeFontLoader = FontBytesLoader;

export interface DrawFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** `text` as these faces draw it: spacing and dashes normalised, unknown characters as « � ». */
  printable(text: string): string;
}

const REPLACEMENT = '\ufffd';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Face = ReturnType<Fontkit['create']>;

/** Each face as fontkit parsed it, by its bytes (the loaders give the same bytes every time). */
const faces = new WeakMap<Uint8Array, Face>();

/**
 * fontkit with each face parsed once per JavaScript realm: pdf-lib parses the font anew for every
 * document otherwise, and laying out the first characters of a court dossier then decoded the
 * face's substitution and positioning tables again, a good part of the 20-40 ms its front matter
 * took. A face outlives its documents, and fontkit keeps one glyph object per glyph id for the
 * face's life, with the characters it was first created for: a subset written with « É » would
 * create the glyph « E » with none, and the next document's text layer would map E to nothing
 * (pdf/base/glyphWarmUp.tsx has the same story). Every glyph a character maps to is therefore
 * created with its character first, as soon as the face is parsed.
 */
function parsedOnce(fontkit: Fontkit): Fontkit {
  return {
    create(bytes, postscriptName) {
      if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
      let face = faces.get(bytes);
      if (!face) {
        face = fontkit.create(bytes);
        for (const codePoint of face.characterSet) face.glyphForCodePoint(codePoint);
        faces.set(bytes, face);
      }
      return face;
    },
  };
}

export async function unicodeFonts(doc: PDFDocument, load: UnicodeFontLoader): Promise<DrawFonts> {
  const [{ default: fontkit }, bytes] = await Promise.all([import('@pdf-lib/fontkit'), load()]);
  doc.registerFontkit(parsedOnce(fontkit));
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
