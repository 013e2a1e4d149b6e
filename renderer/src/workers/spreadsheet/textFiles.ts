/**
 * CSV files: which encoding (UTF-8 with or without BOM, or the Windows-1252 that Excel « CSV
 * (séparateur : point-virgule) » writes on a French Windows) and which separator.
 */

/** SheetJS codepage numbers. */
export type TextCodepage = 65001 | 1252 | 1200;

/** UTF-8 when the bytes decode strictly as UTF-8 (with or without BOM), else Windows-1252. */
export function detectCodepage(bytes: Uint8Array): TextCodepage {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 1200;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 65001;
  try {
    // Strict decoding fails on the first byte sequence that is not UTF-8 (a lone `é` = 0xE9).
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 65001;
  } catch {
    return 1252;
  }
}

export type Separator = ';' | ',' | '\t';

const SAMPLE_LINES = 30;

/** Counts of each separator on one line, outside quoted fields. */
function countOnLine(line: string): Record<Separator, number> {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  return counts;
}

/**
 * The field separator. French exports use `;` because `,` is the decimal mark, so an unquoted
 * `1234,56` must not make `,` win: `;` is chosen as soon as most lines have one.
 */
export function detectSeparator(sample: string): Separator {
  const hint = /^sep=(.)/.exec(sample);
  if (hint?.[1] === ';' || hint?.[1] === ',' || hint?.[1] === '\t') return hint[1];
  const lines = sample
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, SAMPLE_LINES);
  if (lines.length === 0) return ';';
  const linesWith: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  for (const line of lines) {
    const counts = countOnLine(line);
    for (const sep of [';', ',', '\t'] as const) if (counts[sep] > 0) linesWith[sep]++;
  }
  if (linesWith[';'] * 2 >= lines.length) return ';';
  if (linesWith['\t'] * 2 >= lines.length) return '\t';
  if (linesWith[','] > 0) return ',';
  return ';';
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1): `€`, `’`, `œ`, `Œ`, `…`. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CHUNK = 8_192;

/**
 * Windows-1252 by hand: browsers' TextDecoder gets it right, but Node's maps 0x80 to U+0080
 * instead of `€`, and the same code must give the same text in both.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}

/** The whole file as text in its codepage, without BOM. */
export function decodeText(bytes: Uint8Array, codepage: TextCodepage): string {
  const text =
    codepage === 1252
      ? decodeWindows1252(bytes)
      : new TextDecoder(codepage === 1200 ? 'utf-16le' : 'utf-8').decode(bytes);
  return text.replace(/^\ufeff/, '');
}
