import { Document, Page, pdf, Text } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from './fonts';

/**
 * Every character a letter may print: ASCII, Latin-1, French ligatures and typography, plus the
 * accent and dotless-i glyphs that accented letters are built from.
 */
const CHARSET = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  'ŒœŸıˆ˜‘’‚“”„•–—…€‹›\u202f\u2009\u0300\u0301\u0302\u0303\u0308\u0327',
].join('');

let warmUp: Promise<void> | null = null;

/**
 * Works around a fontkit cache that outlives a document. fontkit keeps one glyph object per glyph
 * id for the life of the font, with the characters it was first created for. Subsetting « É »
 * at the end of a document creates the component glyph « E » with no character; the next
 * document that prints « E » reuses that object, and the PDF's text layer then maps E to nothing
 * (copy, search and text extraction lose it, the drawing is right). Laying out every character
 * once, before any subset is written, creates each glyph with its character first.
 */
export function warmUpPdfGlyphs(): Promise<void> {
  warmUp ??= (async () => {
    const styles = [{}, { fontWeight: 'bold' as const }, { fontStyle: 'italic' as const }];
    const document = (
      <Document>
        <Page style={{ fontFamily: PDF_FONT_FAMILY }}>
          {styles.map((style, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed list of three styles
            <Text key={i} style={style}>
              {CHARSET}
            </Text>
          ))}
        </Page>
      </Document>
    );
    await pdf(document).toBlob();
  })();
  return warmUp;
}

/** For a new font registration (tests): the next render warms the glyphs up again. */
export function resetPdfGlyphWarmUp(): void {
  warmUp = null;
}
