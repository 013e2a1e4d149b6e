#!/usr/bin/env node
/**
 * Runs Doyensec's Electronegativity over the Electron main process, the preload and the renderer,
 * and fails on any HIGH or MEDIUM finding that electronegativity-allowlist.json does not explain.
 * An allowlist entry that no longer matches anything fails too, so explanations never go stale.
 *
 *   npm run security:electron
 *
 * Two adaptations, both local to this process:
 * - Electronegativity loads @typescript-eslint/typescript-estree, which requires `typescript`
 *   and finds the project's TypeScript 7 (a native compiler with no JavaScript API). It is
 *   pointed at the TypeScript 4 that Electronegativity itself depends on.
 * - The scan must not touch the network: translations and the Electron release list are fetched
 *   with `got`, which is replaced by an immediate failure (the tool then uses its bundled
 *   English texts), and the release-list check (AvailableSecurityFixesGlobalCheck) is skipped:
 *   Electron updates are tracked through package.json instead.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const toolRoot = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const typescript4 = join(toolRoot, 'node_modules', 'typescript');

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const from = parent?.filename ?? '';
  if (request === 'typescript' && /typescript-estree|tsutils/.test(from)) {
    return originalLoad.call(this, typescript4, parent, isMain);
  }
  if (request === 'got' && from.startsWith(toolRoot)) {
    return () => Promise.reject(new Error('hors ligne : aucun accès réseau pendant les tests'));
  }
  return originalLoad.call(this, request, parent, isMain);
};

const SCANNED = ['electron', 'contracts', 'renderer', 'package.json'];
const BLOCKING = new Set(['HIGH', 'MEDIUM']);

/** A copy of what ships, so build outputs and node_modules never enter the scan. */
function stageSources() {
  const stage = mkdtempSync(join(tmpdir(), 'recouvra-electronegativity-'));
  for (const entry of SCANNED) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  return stage;
}

function loadAllowlist() {
  const { findings } = JSON.parse(
    readFileSync(join(root, 'electronegativity-allowlist.json'), 'utf8'),
  );
  for (const entry of findings) {
    if (!entry.id || !entry.file || !entry.reason?.trim()) {
      throw new Error(
        `Entrée de liste blanche incomplète (id, file, reason) : ${JSON.stringify(entry)}`,
      );
    }
  }
  return findings;
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const stage = stageSources();
const { default: run } = await import('@doyensec/electronegativity');
// The tool announces it could not fetch translations: expected offline, so not printed.
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
};
let result;
try {
  result = await run({
    input: stage,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
} finally {
  console.log = log;
  rmSync(stage, { recursive: true, force: true });
}

const allowlist = loadAllowlist();
const used = new Set();
const unexplained = [];
for (const issue of result.issues) {
  if (!BLOCKING.has(issue.severity.name)) continue;
  const match = allowlist.find((entry) => entry.id === issue.id && entry.file === issue.file);
  if (match) used.add(match);
  else unexplained.push(issue);
}
const stale = allowlist.filter((entry) => !used.has(entry));
const parseErrors = result.errors.filter((error) => !error.tolerable);

const blocking = result.issues.filter((issue) => BLOCKING.has(issue.severity.name));
console.log(
  `Electronegativity ${electronVersion} : ${result.globalChecks + result.atomicChecks} contrôles, ` +
    `${blocking.length} constat(s) HIGH/MEDIUM dont ${blocking.length - unexplained.length} expliqué(s).`,
);
for (const issue of unexplained) {
  console.error(
    `  NON EXPLIQUÉ ${issue.severity.name} ${issue.id} — ${issue.file}:${issue.location.line} — ${issue.description}`,
  );
}
for (const entry of stale) {
  console.error(
    `  OBSOLÈTE dans la liste blanche : ${entry.id} — ${entry.file} (plus rien à expliquer)`,
  );
}
for (const error of parseErrors) console.error(`  NON ANALYSÉ ${error.file} : ${error.message}`);

if (unexplained.length > 0 || stale.length > 0 || parseErrors.length > 0) {
  console.error(
    'Corrigez le code, ou expliquez le constat dans electronegativity-allowlist.json (id, file, reason).',
  );
  process.exit(1);
}
