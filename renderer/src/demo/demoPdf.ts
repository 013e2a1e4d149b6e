/**
 * Small one-page PDFs for the demo: the copies of the letters it says were sent and the pieces of
 * its court cases. Written by hand (a catalog, a page, the two standard Helvetica faces and one
 * content stream) rather than with pdf-lib: the demo makes hundreds of them while it loads, and
 * this costs microseconds each. The files are real: any viewer opens them, pdf-lib reads them,
 * and the court dossier merges them like any piece the user attached.
 */

export interface PdfLine {
  text: string;
  bold?: boolean;
  /** Font size in points (10 by default). */
  size?: number;
  /** Extra space above the line, in points. */
  gapBefore?: number;
}

export interface PdfPage {
  /** Document title (the viewer's window title). */
  title: string;
  lines: readonly PdfLine[];
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
/** Characters per line at 10 pt in Helvetica, a safe approximation for wrapping. */
const CHARS_AT_10PT = 92;

/** Windows-1252 codes of the characters above Latin-1 that French text uses. */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  Œ: 0x8c,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
  Ÿ: 0x9f,
  '\u202f': 0xa0,
  '\u2009': 0x20,
  ᵉ: 0x65,
};

/** Characters outside ASCII and Latin-1's printable range, to be mapped to WinAnsi bytes. */
const NOT_LATIN1 = /[^\x20-\x7e\xa0-\xff]/g;

/** A PDF literal string's body: WinAnsi bytes as Latin-1 characters, with ( ) \ escaped. */
function literal(text: string): string {
  return text
    .replace(/[()\\]/g, '\\$&')
    .replace(NOT_LATIN1, (char) => String.fromCharCode(WIN_ANSI[char] ?? 0x3f));
}

/** A text string for the document information dictionary: UTF-16BE with its byte order mark. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

/** Splits a line into pieces that fit the page width at its size, at spaces. */
function wrap(line: PdfLine): PdfLine[] {
  const size = line.size ?? 10;
  const width = Math.floor((CHARS_AT_10PT * 10) / size);
  if (line.text.length <= width) return [line];
  const pieces: PdfLine[] = [];
  let rest = line.text;
  let first = true;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = width;
    pieces.push({ ...line, text: rest.slice(0, cut), ...(first ? {} : { gapBefore: 0 }) });
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  pieces.push({ ...line, text: rest, gapBefore: 0 });
  return pieces;
}

function contentStream(lines: readonly PdfLine[]): string {
  let y = PAGE_HEIGHT - MARGIN;
  const out: string[] = [];
  for (const line of lines.flatMap(wrap)) {
    const size = line.size ?? 10;
    y -= size * 1.35 + (line.gapBefore ?? 0);
    if (y < MARGIN) break;
    if (!line.text) continue;
    const font = line.bold ? 'F2' : 'F1';
    out.push(
      `BT /${font} ${size} Tf 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm (${literal(line.text)}) Tj ET\n`,
    );
  }
  return out.join('');
}

/** A one-page A4 PDF showing `lines`, as bytes. Deterministic: the same page, the same bytes. */
export function demoPdf(page: PdfPage): Uint8Array {
  const stream = contentStream(page.lines);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
    `<< /Title ${utf16Hex(page.title)} /Producer ${utf16Hex('Recouvra — données de démonstration')} >>`,
  ];
  // Every character below is one byte (Latin-1), so string offsets are byte offsets.
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  return bytes;
}
