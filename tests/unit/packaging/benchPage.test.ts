/**
 * The benchmark page writes 100,000-row databases and exposes `window.runBenchmarks`: it must
 * never ship. The production build (`vite build`: npm start, npm run dist, the e2e tests) has
 * only the app's page; `npm run bench` builds the benchmark page in its own mode and folder,
 * which electron-builder does not pack.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { UserConfig, UserConfigFnObject } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig, { BENCH_MODE } from '../../../vite.config';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function resolvedConfig(mode: string): UserConfig {
  return (viteConfig as UserConfigFnObject)({ mode, command: 'build' });
}

function pages(config: UserConfig): string[] {
  const input = config.build?.rollupOptions?.input;
  const files = typeof input === 'string' ? [input] : Object.values(input ?? {});
  return files.map((file) => basename(file));
}

describe('the benchmark page stays out of the shipped builds', () => {
  it('the production build has the app page only', () => {
    const production = resolvedConfig('production');
    expect(pages(production)).toEqual(['index.html']);
    expect(production.build?.outDir).toBe('../dist');
  });

  it('the bench mode adds the page, in a folder of its own', () => {
    const bench = resolvedConfig(BENCH_MODE);
    expect(pages(bench)).toEqual(['index.html', 'bench.html']);
    expect(bench.build?.outDir).toBe('../dist-bench');
  });

  it('npm run bench builds in bench mode', () => {
    const runner = readFileSync(join(ROOT, 'tests', 'bench', 'run.mjs'), 'utf8');
    expect(runner).toMatch(/'vite',\s*'build',\s*'--mode',\s*'bench'/);
  });

  it('electron-builder packs dist/, never dist-bench/', () => {
    const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
    const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
      files: string[];
    };
    expect(config.files).toContain('dist/**/*');
    expect(config.files.filter((pattern) => pattern.includes('bench'))).toEqual([]);
  });
});
