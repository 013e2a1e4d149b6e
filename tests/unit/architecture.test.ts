import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  areaGraph,
  brandCasts,
  bundlerOnlyImports,
  compareCycles,
  contractImports,
  electronOutsideImports,
  featureDeepImports,
  importCycles,
  importGraph,
  layerImports,
  literalAppPaths,
  readSources,
} from './architectureRules';

const RENDERER = 'renderer/src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

const files = sourceFiles(RENDERER).map((path) => ({
  path: relative(RENDERER, path),
  imports: importsOf(path),
}));

/** The dependency rules of design.md, checked on every renderer source file. */
describe('architecture', () => {
  it('the renderer never imports Node or Electron', () => {
    const offenders = files.filter((f) =>
      f.imports.some(
        (i) =>
          i === 'electron' || i.startsWith('node:') || ['fs', 'path', 'child_process'].includes(i),
      ),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('only the data layer imports Dexie', () => {
    const offenders = files.filter(
      (f) =>
        !f.path.startsWith('data/') &&
        !f.path.startsWith('bench/') &&
        f.imports.some((i) => i === 'dexie' || i === 'dexie-react-hooks'),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('the domain is pure: no React, no Dexie, no platform, no features', () => {
    const offenders = files.filter(
      (f) =>
        f.path.startsWith('domain/') &&
        f.imports.some(
          (i) =>
            /^(react|react-dom|@mantine\/|dexie|dexie-react-hooks|xlsx)/.test(i) ||
            /\/(data|features|platform|app|workers)\//.test(`${i}/`),
        ),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('window.recouvra is only read by the platform module', () => {
    const offenders = files.filter(
      (f) =>
        !f.path.startsWith('platform/') &&
        readFileSync(join(RENDERER, f.path), 'utf8').includes('window.recouvra'),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Known exceptions, each to be deleted once fixed: the test fails on any new violation, and on
 * an exception that no longer matches anything (so the list only shrinks).
 */
const KNOWN = {
  bundlerOnlyInDomain: [] as string[],
  fileCycles: [] as string[][],
  areaCycles: [] as string[][],
};

/** The first segment of every route of app/paths.ts: no file outside app/ writes one by hand. */
const ROUTE_PREFIXES = [
  'import',
  'debiteurs',
  'actions',
  'promesses',
  'courriers',
  'dossiers',
  'parametres',
];

/** The only modules allowed to cast into the branded units: their conversion functions. */
const CONVERSION_MODULES = [`${RENDERER}/domain/money.ts`, `${RENDERER}/domain/dates.ts`];
/** They plant casts as text, to check the rule catches them. */
const ARCHITECTURE_TESTS = ['tests/unit/architecture.test.ts', 'tests/unit/architectureRules.ts'];

/** The rules of architectureRules.ts, on the repository or on a tree planted by a test. */
function violations(root: string, known: typeof KNOWN) {
  const graph = importGraph(root, RENDERER);
  const fileCycles = compareCycles(importCycles(graph), known.fileCycles);
  const areaCycles = compareCycles(importCycles(areaGraph(graph)), known.areaCycles);
  const bundlerOnly = bundlerOnlyImports(root, `${RENDERER}/domain`);
  const bundlerFiles = new Set(bundlerOnly.map((line) => line.split(' → ')[0]));
  return {
    electronOutside: electronOutsideImports(root),
    featureDeepImports: featureDeepImports(root),
    dataIntoFeatures: layerImports(root, 'data', 'features'),
    uiIntoData: layerImports(root, 'shared/ui', 'data'),
    literalAppPaths: literalAppPaths(root, ROUTE_PREFIXES),
    contracts: contractImports(root),
    brandCasts: brandCasts(root, CONVERSION_MODULES, [RENDERER, 'tests'], ARCHITECTURE_TESTS),
    bundlerOnlyInDomain: bundlerOnly.filter(
      (line) => !known.bundlerOnlyInDomain.includes(line.split(' → ')[0] ?? ''),
    ),
    staleBundlerExceptions: known.bundlerOnlyInDomain.filter((file) => !bundlerFiles.has(file)),
    newFileCycles: fileCycles.unexpected,
    staleFileCycles: fileCycles.stale,
    newAreaCycles: areaCycles.unexpected,
    staleAreaCycles: areaCycles.stale,
  };
}

const NONE = {
  electronOutside: [],
  featureDeepImports: [],
  dataIntoFeatures: [],
  uiIntoData: [],
  literalAppPaths: [],
  contracts: [],
  brandCasts: [],
  bundlerOnlyInDomain: [],
  staleBundlerExceptions: [],
  newFileCycles: [],
  staleFileCycles: [],
  newAreaCycles: [],
  staleAreaCycles: [],
};

describe('architecture: the map of the repository', () => {
  it('holds on the repository (known exceptions aside, and none of them stale)', () => {
    expect(violations(ROOT, KNOWN)).toEqual(NONE);
  });

  it('Electron code reaches only contracts/ outside electron/', () => {
    expect(electronOutsideImports(ROOT)).toEqual([]);
    const electron = readSources(ROOT, 'electron', true);
    expect(electron.some((file) => file.specifiers.some((s) => s.includes('contracts')))).toBe(
      true,
    );
  });

  describe('catches a violation planted in a temporary tree', () => {
    let root: string;
    const plant = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'recouvra-architecture-'));
      // A tree that follows every rule.
      plant('contracts/ipc.ts', "import * as z from 'zod';\nexport const A = z.string();\n");
      plant('contracts/index.ts', "export * from './ipc';\n");
      plant(
        'electron/main/index.ts',
        "import { app } from 'electron';\nimport { A } from '../../contracts';\nimport { b } from './b';\n",
      );
      plant('electron/main/b.ts', "import { join } from 'node:path';\nexport const b = join;\n");
      plant(`${RENDERER}/domain/money.ts`, 'export const cents = 1;\n');
      plant(`${RENDERER}/data/db.ts`, "import { cents } from '../domain/money';\n");
      plant(`${RENDERER}/features/a/index.ts`, "import { x } from '../b';\n");
      plant(
        `${RENDERER}/features/b/index.ts`,
        "// import { y } from '../a';\nexport const x = 1;\n",
      );
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const empty = { bundlerOnlyInDomain: [], fileCycles: [], areaCycles: [] };

    it('a clean tree passes', () => {
      expect(violations(root, empty)).toEqual(NONE);
    });

    it('Electron importing renderer code', () => {
      plant(
        'electron/preload/index.ts',
        "import {\n  type Bridge,\n  IPC_CHANNELS,\n} from '../../renderer/src/platform/bridge';\n",
      );
      expect(violations(root, empty).electronOutside).toEqual([
        'electron/preload/index.ts → renderer/src/platform/bridge',
      ]);
    });

    it('contracts/ importing anything but zod', () => {
      plant('contracts/ipc.ts', "import * as z from 'zod';\nimport { useState } from 'react';\n");
      plant('contracts/more.ts', "export { db } from '../renderer/src/data/db';\n");
      expect(violations(root, empty).contracts).toEqual([
        'contracts/ipc.ts → react',
        'contracts/more.ts → ../renderer/src/data/db',
      ]);
    });

    it('a cast into Cents or IsoDate outside money.ts and dates.ts', () => {
      plant(
        `${RENDERER}/domain/money.ts`,
        'export const cents = (n: number) => n as Cents;\nconst zero = <Cents>0;\n',
      );
      plant(`${RENDERER}/domain/dates.ts`, 'export const isoDate = (s: string) => s as IsoDate;\n');
      plant(
        `${RENDERER}/features/a/total.ts`,
        [
          "import { x } from '../b';",
          'const total = x as Cents;',
          '// a comment may say x as Cents',
          "const day = (x as unknown as IsoDate) < '2026';",
          'const old = <Cents>x;',
          'const rows: ReadonlyMap<string, Cents> = new Map<string, Cents>();',
          'const read = readAmount<Cents>(cell);',
          '',
        ].join('\n'),
      );
      plant('tests/unit/fixture.ts', "const d = '2026-11-23' as IsoDate;\n");
      expect(violations(root, empty).brandCasts).toEqual([
        `${RENDERER}/features/a/total.ts → as Cents`,
        `${RENDERER}/features/a/total.ts → as IsoDate`,
        `${RENDERER}/features/a/total.ts → <Cents>`,
        'tests/unit/fixture.ts → as IsoDate',
      ]);
    });

    it('the domain using bundler-only imports', () => {
      plant(`${RENDERER}/domain/template.ts`, "import text from '../../../t.md?raw';\n");
      plant(`${RENDERER}/domain/all.ts`, "const all = import.meta.glob('./*.md');\n");
      expect(violations(root, empty).bundlerOnlyInDomain).toEqual([
        `${RENDERER}/domain/all.ts → import.meta.glob`,
        `${RENDERER}/domain/template.ts → ../../../t.md?raw`,
      ]);
    });

    it('a feature reaching past another feature’s index', () => {
      plant(`${RENDERER}/features/b/inner.ts`, 'export const y = 2;\n');
      plant(
        `${RENDERER}/features/b/index.ts`,
        "export { y } from './inner';\nexport const x = 1;\n",
      );
      plant(
        `${RENDERER}/features/a/page.ts`,
        "import { x } from '../b/index';\nimport { y } from '../b/inner';\n",
      );
      plant(`${RENDERER}/app/routes.ts`, "import { y } from '../features/b/inner';\n");
      expect(violations(root, empty).featureDeepImports).toEqual([
        `${RENDERER}/features/a/page.ts → ../b/inner`,
      ]);
    });

    it('the data layer importing a feature, a shared UI component importing the data layer', () => {
      plant(`${RENDERER}/data/repo.ts`, "import { x } from '../features/b';\n");
      plant(`${RENDERER}/shared/ui/Card.tsx`, "import { getDb } from '../../data/db';\n");
      plant(`${RENDERER}/features/b/page.ts`, "import { getDb } from '../../data/db';\n");
      const found = violations(root, empty);
      expect(found.dataIntoFeatures).toEqual([`${RENDERER}/data/repo.ts → ../features/b`]);
      expect(found.uiIntoData).toEqual([`${RENDERER}/shared/ui/Card.tsx → ../../data/db`]);
    });

    it('an app path written by hand outside app/', () => {
      plant(`${RENDERER}/app/paths.ts`, "export const debtors = () => '/debiteurs';\n");
      plant(
        `${RENDERER}/features/a/page.ts`,
        [
          "import { x } from '../b';",
          '// a comment may say "/dossiers"',
          'const to = `/debiteurs/` + x;',
          "const tab = '/parametres?onglet=taux';",
          "const other = '/debiteursX';",
          '',
        ].join('\n'),
      );
      expect(violations(root, empty).literalAppPaths).toEqual([
        `${RENDERER}/features/a/page.ts → \`/debiteurs`,
        `${RENDERER}/features/a/page.ts → '/parametres`,
      ]);
    });

    it('an import cycle between files, and between areas', () => {
      plant(`${RENDERER}/features/b/index.ts`, "import { z } from '../a';\nexport const x = 1;\n");
      const found = violations(root, empty);
      expect(found.newFileCycles).toEqual([
        [`${RENDERER}/features/a/index.ts`, `${RENDERER}/features/b/index.ts`],
      ]);
      expect(found.newAreaCycles).toEqual([['features/a', 'features/b']]);
    });

    it('a cycle through a type-only import, and a file importing itself', () => {
      plant(`${RENDERER}/domain/money.ts`, "import type { Db } from '../data/db';\n");
      plant(`${RENDERER}/data/self.ts`, "export * from './self';\n");
      expect(violations(root, empty).newFileCycles).toEqual([
        [`${RENDERER}/data/db.ts`, `${RENDERER}/domain/money.ts`],
        [`${RENDERER}/data/self.ts`],
      ]);
    });

    it('a known cycle passes, even smaller; a fixed one is reported as stale', () => {
      plant(`${RENDERER}/features/b/index.ts`, "import { z } from '../a';\nexport const x = 1;\n");
      const known = {
        ...empty,
        fileCycles: [
          [`${RENDERER}/features/a/index.ts`, `${RENDERER}/features/b/index.ts`, 'elsewhere.ts'],
          [`${RENDERER}/data/db.ts`, `${RENDERER}/domain/money.ts`],
        ],
        areaCycles: [['features/a', 'features/b']],
      };
      const found = violations(root, known);
      expect(found.newFileCycles).toEqual([]);
      expect(found.newAreaCycles).toEqual([]);
      expect(found.staleFileCycles).toEqual([known.fileCycles[1]]);
    });
  });
});
