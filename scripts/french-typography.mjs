#!/usr/bin/env node
/**
 * French typography of the UI strings, applied to the source: a no-break space before « : ; ? ! »
 * and inside « », a curly apostrophe for a straight one between letters. Only string literals,
 * template texts and JSX texts are touched (never code, regexes or identifiers), with the same
 * rules as `frenchTypography` in renderer/src/domain/french.ts.
 *
 *   node scripts/french-typography.mjs [--check] [--tests] [paths…]   (default: renderer/src)
 *
 * --check lists what would change and exits 1 if anything would. Run it again after a merge: new
 * strings get the same treatment. Paths in SKIP hold text that is matched rather than shown (ERP
 * headers, test fixtures), generated data, or legal documents checked by their own tests.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';

const NBSP = '\u00a0';
const SKIP = [
  /\/bench\//,
  /\/demo\//,
  // ERP headers and preset signatures, matched against the file's cells.
  /\/domain\/import\/(labelTable|presets)\.ts$/,
  /\/pdf\//,
  /\/domain\/letters\//,
  /\/domain\/courts\//,
  /\.d\.ts$/,
  // The typography itself: its templates write the no-break spaces as ${NBSP}.
  /\/domain\/french\.ts$/,
];

/** Calls whose string arguments are not shown text. */
const CODE_CALLS = new Set(['RegExp', 'require', 'querySelector', 'querySelectorAll', 'getItem']);

function typeset(raw, { escapedQuote }) {
  let text = raw;
  // l'import -> l’import; in a single-quoted literal the apostrophe is written \'
  text = text.replace(escapedQuote ? /(?<=\p{L})\\'(?=\p{L})/gu : /(?<=\p{L})'(?=\p{L})/gu, '’');
  // « word : » -> « word : » with a no-break space, only where a space is already written: a
  // glued « From: » may be a protocol's syntax (e-mail headers), so it is left to a human. A text
  // that starts with « ; » follows an expression or another text (`${total} ; devises : …`).
  text = text.replace(/(?<=[^\s\u00a0\u202f]|^) ([:;?!])(?=\s|$|[»)"’`]|\\n)/gu, `${NBSP}$1`);
  // A no-break space already written as an escape (`«\\u00a0`) is one too: not doubled.
  text = text
    .replace(/«(?:[ \u00a0\u202f]|\\u00a0|\\u202f)?/g, `«${NBSP}`)
    .replace(/(?:[ \u00a0\u202f]|\\u00a0|\\u202f)?»/g, `${NBSP}»`);
  return text;
}

function isProse(text) {
  // A guillemet alone is prose too: `« ${name} »` splits into texts without a letter; and so is
  // a separator that joins phrases (`parts.join(' ; ')`).
  return (
    (/\p{L}/u.test(text) && /[\s'’«»]/u.test(text)) || /[«»]/.test(text) || /^ [:;?!] $/.test(text)
  );
}

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra') continue;
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit, node);
    else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}

function calleeName(call) {
  const callee = call.callee;
  if (!callee) return '';
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier')
    return callee.property.name;
  return '';
}

export function typesetSource(source, fileName) {
  const ast = parse(source, {
    sourceType: 'module',
    plugins: ['typescript', ...(fileName.endsWith('.tsx') ? ['jsx'] : [])],
  });
  const edits = [];
  walk(ast.program, (node, parent) => {
    const skipParent =
      parent &&
      (parent.type === 'ImportDeclaration' ||
        parent.type === 'ExportNamedDeclaration' ||
        parent.type === 'ExportAllDeclaration' ||
        parent.type === 'TSLiteralType' ||
        parent.type === 'TSEnumMember' ||
        parent.type === 'TSImportType' ||
        (parent.type === 'ObjectProperty' && parent.key === node) ||
        (parent.type === 'ObjectMethod' && parent.key === node) ||
        (parent.type === 'ClassProperty' && parent.key === node) ||
        (parent.type === 'MemberExpression' && parent.property === node) ||
        ((parent.type === 'CallExpression' || parent.type === 'NewExpression') &&
          CODE_CALLS.has(calleeName(parent))) ||
        (parent.type === 'JSXAttribute' &&
          /^(className|data-|id$|href$|to$|type$|name$|key$|value$)/.test(
            parent.name?.name ?? '',
          )) ||
        (parent.type === 'BinaryExpression' && ['===', '!==', 'in'].includes(parent.operator)) ||
        parent.type === 'SwitchCase');
    if (skipParent) return;
    let start;
    let end;
    let escapedQuote = false;
    if (node.type === 'StringLiteral') {
      start = node.start + 1;
      end = node.end - 1;
      escapedQuote = source.charAt(node.start) === "'";
    } else if (node.type === 'TemplateElement') {
      start = node.start;
      end = node.end;
    } else if (node.type === 'JSXText') {
      start = node.start;
      end = node.end;
    } else return;
    const raw = source.slice(start, end);
    // A text right after `${…}` or a JSX `{…}` follows a word: « ${n} jours : » and
    // « {date} : » take their no-break space too, even when the text is only « : ».
    const afterExpression =
      (node.type === 'TemplateElement' || node.type === 'JSXText') &&
      source.charAt(start - 1) === '}';
    if (!isProse(raw) && !(afterExpression && /^ [:;?!]/.test(raw))) return;
    const next = afterExpression
      ? typeset(`x${raw}`, { escapedQuote }).slice(1)
      : typeset(raw, { escapedQuote });
    if (next !== raw) edits.push({ start, end, next });
  });
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.next + out.slice(edit.end);
  }
  return { out, count: edits.length };
}

function files(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).flatMap((name) => files(join(path, name)));
  }
  return /\.tsx?$/.test(path) ? [path] : [];
}

const args = process.argv.slice(2);
const check = args.includes('--check');
// Tests hold the texts the code shows: typeset them with it (--tests) so that they still match.
const withTests = args.includes('--tests');
const roots = args.filter((a) => !a.startsWith('--'));
let changed = 0;
for (const file of (roots.length ? roots : ['renderer/src']).flatMap(files)) {
  const rel = relative(process.cwd(), file);
  if (SKIP.some((re) => re.test(`/${rel}`))) continue;
  if (!withTests && /\.test\.tsx?$/.test(rel)) continue;
  const source = readFileSync(file, 'utf8');
  const { out, count } = typesetSource(source, file);
  if (count === 0) continue;
  changed++;
  if (check) console.log(`${rel}: ${count} texts to typeset`);
  else writeFileSync(file, out);
}
if (check && changed > 0) process.exit(1);
console.log(`${changed} files ${check ? 'to typeset' : 'typeset'}`);
