/**
 * The face of the text stamped on finished PDFs — « Page 2/3 » on a letter, « Dossier — page
 * 12/40 » and « Pièce n° 3 — page 2/4 » on a court dossier — embedded like every other font
 * (PDF/A and the courts' filing platforms refuse a font that is not): the bundled DejaVu regular
 * face, subset to the few characters a stamp uses.
 *
 * Embedding a TrueType font with pdf-lib parses it and lays text out with fontkit, tens of
 * milliseconds per document: too slow for a batch of letters stamped one by one. The subset is
 * therefore made once per JavaScript realm, in a scratch document, and its few objects (font
 * dictionaries, widths, a ~10 kB font file, the ToUnicode map) are copied into each document that
 * needs it; text is written as the subset's glyph codes, looked up per character.
 */
import { PDFDocument, type PDFName, PDFObjectCopier, type PDFPage, type PDFRef } from 'pdf-lib';

/** The bundled faces' bytes: fetched in the app, read from disk in Node tests. */
export type FontBytesLoader = () => Promise<{ regular: Uint8Array; bold: Uint8Array }>;

/** Everything a stamp may print: ASCII, and the French letters and signs of the stamps. */
const STAMP_CHARS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  '\u00a0°—–’«»éèêàçôûîÉÈÀ',
].join('');

const REPLACEMENT = '?';

/** The stamp face as copied into one document. */
export interface StampFont {
  ref: PDFRef;
  /** `text` as a hexadecimal string of glyph codes, ready for a Tj operator: « <00230041…> ». */
  encode(text: string): string;
  /** Width of `text` at `size`, in points. */
  width(text: string, size: number): number;
}

export class StampFace {
  private readonly copies = new WeakMap<PDFDocument, PDFRef>();

  private constructor(
    private readonly source: PDFDocument,
    private readonly ref: PDFRef,
    private readonly codes: ReadonlyMap<string, string>,
    private readonly advances: ReadonlyMap<string, number>,
  ) {}

  static async create(regular: Uint8Array): Promise<StampFace> {
    const { default: fontkit } = await import('@pdf-lib/fontkit');
    const source = await PDFDocument.create();
    source.registerFontkit(fontkit);
    // A fixed subset tag rather than pdf-lib's random one: same input, same bytes.
    const font = await source.embedFont(regular, {
      subset: true,
      customName: 'RCVRST+DejaVuSansCondensed',
    });
    const codes = new Map<string, string>();
    const advances = new Map<string, number>();
    for (const char of STAMP_CHARS) {
      codes.set(char, font.encodeText(char).toString().slice(1, -1));
      advances.set(char, font.widthOfTextAtSize(char, 1000));
    }
    // Writes the subset (font file, widths, ToUnicode) into the scratch document's objects.
    await source.flush();
    return new StampFace(source, font.ref, codes, advances);
  }

  private known(char: string): string {
    return this.codes.has(char) ? char : REPLACEMENT;
  }

  /** The face in `doc`: its objects are copied the first time. */
  in(doc: PDFDocument): StampFont {
    let ref = this.copies.get(doc);
    if (!ref) {
      ref = PDFObjectCopier.for(this.source.context, doc.context).copy(this.ref);
      this.copies.set(doc, ref);
    }
    return {
      ref,
      encode: (text) => {
        let hex = '';
        for (const char of text) hex += this.codes.get(this.known(char)) ?? '';
        return `<${hex}>`;
      },
      width: (text, size) => {
        let width = 0;
        for (const char of text) width += this.advances.get(this.known(char)) ?? 0;
        return (width * size) / 1000;
      },
    };
  }
}

const faces = new WeakMap<FontBytesLoader, Promise<StampFace>>();

/** The stamp face made from `load`'s regular face, once per loader. */
export function stampFace(load: FontBytesLoader): Promise<StampFace> {
  let face = faces.get(load);
  if (!face) {
    face = load().then((bytes) => StampFace.create(bytes.regular));
    // A failed load (a missing asset) is not remembered: the next document tries again.
    face.catch(() => faces.delete(load));
    faces.set(load, face);
  }
  return face;
}

const keys = new WeakMap<PDFPage, Map<PDFRef, PDFName>>();

/** The name `font` has in the page's resources, added the first time. */
export function stampFontKey(page: PDFPage, font: StampFont): PDFName {
  let byRef = keys.get(page);
  if (!byRef) {
    byRef = new Map();
    keys.set(page, byRef);
  }
  let key = byRef.get(font.ref);
  if (!key) {
    key = page.node.newFontDictionary('RCVRST', font.ref);
    byRef.set(font.ref, key);
  }
  return key;
}
