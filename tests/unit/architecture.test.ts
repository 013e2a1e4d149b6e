import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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
