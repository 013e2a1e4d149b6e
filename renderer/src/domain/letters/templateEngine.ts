/**
 * A logic-less template engine (a small subset of Mustache) for user-editable letters. It can
 * only substitute values and repeat or skip sections: no expressions, no helpers, no partials,
 * nothing that could run code (the CSP forbids eval, and a template typed in Paramètres must
 * never be able to do more than print text).
 *
 *   {{debiteur.nom}}                 the value, looked up in the current section then outwards
 *   {{#relances}}…{{/relances}}      repeated per item of a list, shown once for a true value
 *   {{^relances}}…{{/relances}}      shown when the value is empty, false or missing
 *   {{! note }}                      a comment, not printed
 *
 * Values are looked up by own properties of plain data only, so `{{constructor}}` or
 * `{{__proto__}}` print nothing.
 *
 * A name (a field called `nom`, e.g. `{{debiteur.nom}}`) elides the « de », « que », « le » or
 * « la » written just before it when it starts with a vowel: « à l'ordre de {{debiteur.nom}} »
 * prints « à l'ordre d’Agencement SAS » (see `elideBefore` in french.ts).
 */
import { elideBefore } from './french';

export type ViewValue = string | number | boolean | null | undefined | ViewObject | ViewValue[];
export interface ViewObject {
  [key: string]: ViewValue;
}

export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; children: TemplateToken[] };

export type ParsedTemplate =
  | { ok: true; tokens: TemplateToken[] }
  | { ok: false; errors: string[] };

const TAG = /\{\{(.*?)\}\}/gs;
const NAME = /^(\.|[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

export function parseTemplate(source: string): ParsedTemplate {
  const root: TemplateToken[] = [];
  const stack: { name: string; line: number; children: TemplateToken[] }[] = [];
  const errors: string[] = [];
  let current = root;
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const index = match.index ?? 0;
    if (index > last) current.push({ kind: 'text', text: source.slice(last, index) });
    last = index + match[0].length;
    const inner = (match[1] ?? '').trim();
    const line = lineOf(source, index);
    const sigil = inner[0] ?? '';
    if (sigil === '!') continue;
    if ('>{&='.includes(sigil) || sigil === '') {
      errors.push(
        `Ligne ${line}\u00a0: «\u00a0{{${inner}}}\u00a0» n’est pas une balise autorisée.`,
      );
      continue;
    }
    const name = '#^/'.includes(sigil) ? inner.slice(1).trim() : inner;
    if (!NAME.test(name)) {
      errors.push(`Ligne ${line}\u00a0: nom de champ invalide «\u00a0${name}\u00a0».`);
      continue;
    }
    if (sigil === '#' || sigil === '^') {
      const children: TemplateToken[] = [];
      current.push({ kind: 'section', name, inverted: sigil === '^', children });
      stack.push({ name, line, children: current });
      current = children;
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open) {
        errors.push(
          `Ligne ${line}\u00a0: «\u00a0{{/${name}}}\u00a0» ferme un bloc qui n’a pas été ouvert.`,
        );
        continue;
      }
      if (open.name !== name) {
        errors.push(
          `Ligne ${line}\u00a0: «\u00a0{{/${name}}}\u00a0» ferme le bloc «\u00a0${open.name}\u00a0» ouvert ligne ${open.line}.`,
        );
      }
      current = open.children;
    } else {
      current.push({ kind: 'value', name });
    }
  }
  if (last < source.length) current.push({ kind: 'text', text: source.slice(last) });
  for (const open of stack) {
    errors.push(`Ligne ${open.line}\u00a0: le bloc «\u00a0${open.name}\u00a0» n’est jamais fermé.`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tokens: root };
}

function isObject(value: ViewValue): value is ViewObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function property(value: ViewValue, key: string): ViewValue {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Looks the first segment up from the innermost context outwards, then walks the rest. */
function lookup(stack: readonly ViewValue[], name: string): ViewValue {
  if (name === '.') return stack.at(-1);
  const [head = '', ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const context = stack[i];
    if (isObject(context) && Object.hasOwn(context, head)) {
      return rest.reduce<ViewValue>((value, key) => property(value, key), context[head]);
    }
  }
  return undefined;
}

function isEmpty(value: ViewValue): boolean {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function print(value: ViewValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** What a value that prints nothing is replaced with, given its name (nothing by default). */
export type EmptyValue = (name: string) => string;

const NOTHING: EmptyValue = () => '';

/** Fields holding a person's or a company's name. */
const NAME_FIELD = /(^|\.)nom$/;

function renderTokens(
  tokens: readonly TemplateToken[],
  stack: ViewValue[],
  empty: EmptyValue,
): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') out += token.text;
    else if (token.kind === 'value') {
      const text = print(lookup(stack, token.name));
      if (NAME_FIELD.test(token.name)) out = elideBefore(out, text);
      out += text === '' ? empty(token.name) : text;
    } else {
      const value = lookup(stack, token.name);
      if (token.inverted) {
        if (isEmpty(value)) out += renderTokens(token.children, stack, empty);
      } else if (Array.isArray(value)) {
        for (const item of value) out += renderTokens(token.children, [...stack, item], empty);
      } else if (!isEmpty(value)) {
        out += renderTokens(token.children, [...stack, value], empty);
      }
    }
  }
  return out;
}

/**
 * The text the template gives for `view`. `empty` says what a value that prints nothing becomes:
 * a letter marks it so that the sentence needing it is left out (`splitBlocks`).
 */
export function renderParsed(
  tokens: readonly TemplateToken[],
  view: ViewObject,
  empty: EmptyValue = NOTHING,
): string {
  return renderTokens(tokens, [view], empty);
}

/** Every field name the template uses (for checking them against the known ones). */
export function usedNames(tokens: readonly TemplateToken[]): string[] {
  return tokens.flatMap((token) =>
    token.kind === 'text'
      ? []
      : token.kind === 'value'
        ? [token.name]
        : [token.name, ...usedNames(token.children)],
  );
}
