/**
 * Text as the PDF fonts can draw it. The standard fonts (Helvetica) use WinAnsiEncoding, which
 * covers French (é, œ, « », €, ’, —, …) but not, say, « Ł » or the narrow no-break space that
 * Intl puts in « 12 345,67 € ». Spacing and dash variants are mapped to their WinAnsi twins
 * (same meaning, same look); any other character makes the document embed a Unicode font.
 */

/** WinAnsiEncoding beyond Latin-1 (its bytes 0x80–0x9F), PDF 32000 Annex D. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Variants with a WinAnsi twin of the same meaning. */
const TWINS: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (Intl's thousands separator)
  '\u2007': '\u00a0', // figure space
  '\u2009': ' ', // thin space
  '\u200a': ' ', // hair space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2212': '-', // minus sign (some locales' negative amounts)
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

const VARIANTS = /[\u202f\u2007\u2009\u200a\u2002\u2003\u2010\u2011\u2212\t\n\r]/g;
/** Characters that draw nothing: controls and format characters (soft hyphen, zero-width, BOM). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The text composed (NFC: « é » typed as e + accent becomes one character), its spacing and dash
 * variants mapped and its invisible characters removed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(VARIANTS, (c) => TWINS[c] ?? c)
    .replace(INVISIBLE, '');
}

function isWinAnsiChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)
  );
}

/** Whether the standard fonts can draw `text` once normalised. */
export function isWinAnsi(text: string): boolean {
  for (const char of normalizeText(text)) if (!isWinAnsiChar(char)) return false;
  return true;
}

/** Every string inside `value` (objects and arrays walked), e.g. all the texts of a plan. */
export function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) stringsIn(item, found);
  }
  return found;
}

/** Something that measures text: a pdf-lib font at a size. */
export type Measure = (text: string) => number;

/** Breaks a word wider than `width` into pieces that fit (a long file name, a hash). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Lines of at most `width`, broken at ordinary spaces only: a no-break space keeps « 12 345,67 € »
 * or « n° 3 » on one line. A word wider than the line is cut where it overflows.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const words = text
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (measure(word) > width ? breakWord(word, width, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
