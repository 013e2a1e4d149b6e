/**
 * A template's stored Mustache source seen as a flat list of parts, for the form editor of
 * Paramètres › Modèles: text, fields (« Nom du débiteur »), the start and the end of conditional
 * blocks, comments. The conversion is lossless: every part keeps the exact characters it came
 * from (`raw`), so `partsToSource(sourceToParts(s)) === s` for any text, even one that does not
 * parse (an unclosed block, `{{>partial}}`, a lone `{{`): what is not a tag stays text.
 *
 * Editing is done on the source, by offsets (`insertField`, `insertBlock`): the editor maps its
 * caret to an offset, applies the edit, and shows the parts of the new source.
 */

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; raw: string }
  | { kind: 'open'; name: string; inverted: boolean; raw: string }
  | { kind: 'close'; name: string; raw: string }
  | { kind: 'comment'; raw: string };

/** The same tag syntax as the engine (templateEngine.ts): `{{…}}`, possibly over lines. */
const TAG = /\{\{(.*?)\}\}/gs;
const NAME = /^(\.|[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

function pushText(parts: TemplatePart[], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === 'text') last.text += text;
  else parts.push({ kind: 'text', text });
}

/** What one tag is; a tag the engine would refuse is text (the checker names its line). */
function tagPart(raw: string, inner: string): TemplatePart | null {
  const trimmed = inner.trim();
  const sigil = trimmed[0] ?? '';
  if (sigil === '!') return { kind: 'comment', raw };
  if (sigil === '#' || sigil === '^' || sigil === '/') {
    const name = trimmed.slice(1).trim();
    if (!NAME.test(name)) return null;
    return sigil === '/'
      ? { kind: 'close', name, raw }
      : { kind: 'open', name, inverted: sigil === '^', raw };
  }
  return NAME.test(trimmed) ? { kind: 'field', name: trimmed, raw } : null;
}

/** The parts of a source, adjacent texts merged; never fails. */
export function sourceToParts(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const index = match.index ?? 0;
    pushText(parts, source.slice(last, index));
    last = index + match[0].length;
    const part = tagPart(match[0], match[1] ?? '');
    if (part) parts.push(part);
    else pushText(parts, match[0]);
  }
  pushText(parts, source.slice(last));
  return parts;
}

/** The characters each part stands for in the source. */
export function partSource(part: TemplatePart): string {
  return part.kind === 'text' ? part.text : part.raw;
}

export function partsToSource(parts: readonly TemplatePart[]): string {
  return parts.map(partSource).join('');
}

/** The canonical tag of a field or of a block's start and end. */
export const fieldTag = (name: string) => `{{${name}}}`;
export const openTag = (name: string, inverted = false) => `{{${inverted ? '^' : '#'}${name}}}`;
export const closeTag = (name: string) => `{{/${name}}}`;

/** A source after an edit, and where the caret goes (an offset in the new source). */
export interface SourceEdit {
  source: string;
  caret: number;
}

function clampRange(source: string, start: number, end: number): [number, number] {
  const a = Math.max(0, Math.min(source.length, start));
  const b = Math.max(0, Math.min(source.length, end));
  return a <= b ? [a, b] : [b, a];
}

/**
 * Moves an offset that falls inside a tag to the tag's end, so that an edit never cuts a tag in
 * two (the editor shows a tag as one chip; an offset inside it only comes from a stale caret).
 */
export function snapOffset(source: string, offset: number): number {
  for (const match of source.matchAll(TAG)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (offset > index && offset < end) return end;
    if (index >= offset) break;
  }
  return offset;
}

/**
 * Inserts a field in place of the range [start, end). A block written alone on its line
 * (`{{tableau_factures}}`, see `lineOnly`) gets line breaks around it when needed.
 */
export function insertField(
  source: string,
  start: number,
  end: number,
  name: string,
  lineOnly = false,
): SourceEdit {
  const [a, b] = clampRange(source, snapOffset(source, start), snapOffset(source, end));
  const before = source.slice(0, a);
  const after = source.slice(b);
  let tag = fieldTag(name);
  let caret = a + tag.length;
  if (lineOnly) {
    const lead = before === '' || before.endsWith('\n') ? '' : '\n';
    const trail = after === '' || after.startsWith('\n') ? '' : '\n';
    tag = `${lead}${tag}${trail}`;
    caret = a + lead.length + fieldTag(name).length;
  }
  return { source: before + tag + after, caret };
}

/**
 * Wraps the range [start, end) in a conditional block: the text chosen is shown only when the
 * condition holds. With nothing chosen, inserts an empty block and puts the caret inside it.
 */
export function insertBlock(
  source: string,
  start: number,
  end: number,
  name: string,
  inverted = false,
): SourceEdit {
  const [a, b] = clampRange(source, snapOffset(source, start), snapOffset(source, end));
  const open = openTag(name, inverted);
  const close = closeTag(name);
  const inner = source.slice(a, b);
  const next = source.slice(0, a) + open + inner + close + source.slice(b);
  return { source: next, caret: a + open.length + inner.length };
}

/** Line (from 1) of an offset in a source. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source[i] === '\n') line++;
  return line;
}

/** Every field and block name a source uses, with the line of each use. */
export function namesWithLines(source: string): { name: string; line: number }[] {
  const uses: { name: string; line: number }[] = [];
  let offset = 0;
  for (const part of sourceToParts(source)) {
    if (part.kind === 'field' || part.kind === 'open' || part.kind === 'close') {
      uses.push({ name: part.name, line: lineAt(source, offset) });
    }
    offset += partSource(part).length;
  }
  return uses;
}
