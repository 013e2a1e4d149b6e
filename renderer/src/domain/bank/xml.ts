/** XML as the bank formats need it: validated first (line and column for messages), then read. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { StatementError } from './types';

export type XmlNode = Record<string, unknown>;

/** Throws a StatementError naming the file, line and column when `text` is not well-formed. */
export function validateXml(fileName: string, text: string): void {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new StatementError(
      `« ${fileName} », ligne ${line}, colonne ${col} : XML invalide (${msg}). Le fichier est peut-être tronqué : téléchargez-le à nouveau depuis la banque.`,
    );
  }
}

/**
 * Parses `text`, or throws a StatementError naming the file, line and column. `validated`: the
 * text is a part of a file already validated whole (camt053Split.ts), not checked again.
 */
export function readXml(
  fileName: string,
  text: string,
  arrays: ReadonlySet<string>,
  validated = false,
): XmlNode {
  if (!validated) validateXml(fileName, text);
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.has(name),
  });
  return parser.parse(text) as XmlNode;
}

/** The child at `path` (`a/b/c`), or undefined. Arrays along the way take their first element. */
export function at(node: unknown, path: string): unknown {
  let current: unknown = node;
  for (const step of path.split('/')) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as XmlNode)[step];
  }
  return current;
}

/** The text of the element at `path`: its own text, or `#text` when it has attributes. */
export function textAt(node: unknown, path: string): string | undefined {
  return textOf(at(node, path));
}

/** The text of an element already reached. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String(value['#text']);
  return undefined;
}

/** Every element at `path`, as a list (absent: empty). */
export function listAt(node: unknown, path: string): unknown[] {
  const value = at(node, path);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
