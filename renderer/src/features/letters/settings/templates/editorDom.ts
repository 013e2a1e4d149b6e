/**
 * The DOM side of the template editor: a contentEditable element that shows a template's source
 * as lines (`<div>`) of text and chips (`<span contenteditable="false" data-raw="{{…}}">`), and
 * reads it back. Reading is the inverse of showing, and tolerates what Chromium's editing makes
 * of it (divs split by Enter, `<br>`, bare text nodes, styled spans): a chip always reads as the
 * exact tag it stands for, text as itself, lines joined with "\n".
 *
 * Offsets are source offsets (a chip counts as its whole tag), so the caret survives a rebuild
 * and an edit can be made on the source (`insertField`, `insertBlock` in the domain).
 */
import {
  conditionLabel,
  hasPlaceholderLabel,
  placeholderLabel,
  sourceToParts,
  type TemplatePart,
} from '../../../../domain/letters';

type ChipPart = Exclude<TemplatePart, { kind: 'text' }>;

function chipText(part: ChipPart): string {
  if (part.kind === 'field') return placeholderLabel(part.name);
  if (part.kind === 'open') return conditionLabel(part.name, part.inverted);
  if (part.kind === 'close') return 'Fin du bloc';
  return 'Note';
}

function chip(part: ChipPart): HTMLElement {
  const span = document.createElement('span');
  span.contentEditable = 'false';
  span.dataset.raw = part.raw;
  span.dataset.kind = part.kind;
  if (part.kind !== 'comment' && !hasPlaceholderLabel(part.name)) span.dataset.unknown = 'true';
  span.textContent = chipText(part);
  if (part.kind === 'close') span.title = `Fin du bloc « ${conditionLabel(part.name, false)} »`;
  return span;
}

function closeLine(line: HTMLElement): void {
  // An empty line, or one ending with a chip, needs a <br> for the caret to stand on it.
  const last = line.lastChild;
  if (!last || (last instanceof HTMLElement && last.dataset.raw !== undefined)) {
    line.append(document.createElement('br'));
  }
}

/** Replaces the element's content with the source's lines, text and chips. */
export function showSource(root: HTMLElement, source: string): void {
  const lines: HTMLElement[] = [];
  let line = document.createElement('div');
  for (const part of sourceToParts(source)) {
    if (part.kind !== 'text') {
      line.append(chip(part));
      continue;
    }
    part.text.split('\n').forEach((segment, i) => {
      if (i > 0) {
        lines.push(line);
        line = document.createElement('div');
      }
      if (segment) line.append(document.createTextNode(segment));
    });
  }
  lines.push(line);
  for (const l of lines) closeLine(l);
  root.replaceChildren(...lines);
}

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'PRE']);

function isChip(node: Node): boolean {
  return node instanceof HTMLElement && node.dataset.raw !== undefined;
}

export interface Boundary {
  node: Node;
  offset: number;
}

/** A chip as read back: where its tag starts in the source, and the tag. */
export interface ReadChip {
  at: number;
  raw: string;
}

export interface ReadResult {
  source: string;
  chips: ReadChip[];
  /** Source offsets of the boundaries asked for (null when not inside the element). */
  offsets: (number | null)[];
}

/** Reads the source back, with the source offset of each boundary given. */
export function readSource(root: HTMLElement, boundaries: readonly Boundary[] = []): ReadResult {
  const lines: string[] = [];
  let open = false;
  let length = 0;
  const chips: ReadChip[] = [];
  const offsets: (number | null)[] = boundaries.map(() => null);
  const position = () => (open || lines.length === 0 ? length : length + 1);
  const write = (text: string) => {
    if (!open) {
      if (lines.length > 0) length += 1;
      lines.push('');
      open = true;
    }
    lines[lines.length - 1] += text;
    length += text.length;
  };
  const endLine = () => {
    if (!open) write('');
    open = false;
  };
  const mark = (node: Node, offset: number, at: number) => {
    boundaries.forEach((b, i) => {
      if (offsets[i] === null && b.node === node && b.offset === offset) offsets[i] = at;
    });
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      const start = position();
      boundaries.forEach((b, i) => {
        if (offsets[i] === null && b.node === node)
          offsets[i] = start + Math.min(b.offset, text.length);
      });
      if (text) write(text);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (isChip(node)) {
      const at = position();
      // A boundary inside a chip (it cannot hold the caret) stands before it.
      boundaries.forEach((b, i) => {
        if (offsets[i] === null && node.contains(b.node)) offsets[i] = at;
      });
      chips.push({ at, raw: node.dataset.raw ?? '' });
      write(node.dataset.raw ?? '');
      return;
    }
    if (node.tagName === 'BR') {
      const parent = node.parentNode;
      const lastInBlock =
        node.nextSibling === null &&
        parent !== null &&
        (parent === root || BLOCKS.has((parent as HTMLElement).tagName));
      if (lastInBlock) {
        if (!open) write('');
      } else endLine();
      return;
    }
    const block = node !== root && BLOCKS.has(node.tagName);
    if (block && open) open = false;
    const children = [...node.childNodes];
    children.forEach((child, i) => {
      mark(node, i, position());
      visit(child);
    });
    mark(node, children.length, position());
    if (block) open = false;
  };
  visit(root);
  return { source: lines.join('\n'), chips, offsets };
}

/** Where the source offset is in the element: inside a text node when one holds it. */
export function boundaryAt(root: HTMLElement, offset: number): Boundary {
  const texts: Text[] = [];
  const points: Boundary[] = [];
  const collect = (node: Node) => {
    node.childNodes.forEach((child, i) => {
      points.push({ node, offset: i });
      if (child.nodeType === Node.TEXT_NODE) texts.push(child as Text);
      else if (child instanceof HTMLElement && !isChip(child)) collect(child);
    });
  };
  collect(root);
  const read = readSource(root, [...texts.map((node) => ({ node, offset: 0 })), ...points]);
  for (const [i, text] of texts.entries()) {
    const at = read.offsets[i];
    if (at !== null && at !== undefined && offset >= at && offset <= at + text.data.length) {
      return { node: text, offset: offset - at };
    }
  }
  // No text there (between chips, an empty line): the deepest, last boundary at that offset.
  let found: Boundary = { node: root, offset: root.childNodes.length };
  for (const [j, point] of points.entries()) {
    if (read.offsets[texts.length + j] === offset) found = point;
  }
  return found;
}

/** The selection's source offsets, when it is inside the element. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const read = readSource(root, [
    { node: range.startContainer, offset: range.startOffset },
    { node: range.endContainer, offset: range.endOffset },
  ]);
  const [start, end] = read.offsets;
  if (start === null || start === undefined || end === null || end === undefined) return null;
  return { start, end };
}

/** Puts the caret at a source offset. */
export function placeCaret(root: HTMLElement, offset: number): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const { node, offset: at } = boundaryAt(root, offset);
  const range = root.ownerDocument.createRange();
  range.setStart(node, at);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Whether the chips on screen are exactly the tags of the source (else it must be shown again). */
export function chipsMatch(source: string, chips: readonly ReadChip[]): boolean {
  let at = 0;
  const tags: ReadChip[] = [];
  for (const part of sourceToParts(source)) {
    const raw = part.kind === 'text' ? part.text : part.raw;
    if (part.kind !== 'text') tags.push({ at, raw });
    at += raw.length;
  }
  return (
    tags.length === chips.length &&
    tags.every((tag, i) => tag.at === chips[i]?.at && tag.raw === chips[i]?.raw)
  );
}
