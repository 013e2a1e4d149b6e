/// <reference types="vitest/config" />

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp.ts';
import packageJson from './package.json' with { type: 'json' };

/** The dev server needs inline scripts for fast refresh, so the CSP meta is only in builds. */
function cspMeta(): Plugin {
  return {
    name: 'recouvra-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** `vite build --mode bench`: the benchmark build (see buildInputs). */
export const BENCH_MODE = 'bench';

/**
 * The pages of a build. The benchmark page (bench.html, renderer/src/bench) is only built by
 * `npm run bench` (`vite build --mode bench`, into dist-bench/): the production build that
 * `npm start`, `npm run dist` and the e2e tests use contains neither the page nor its code.
 */
export function buildInputs(mode: string): Record<string, string> {
  const page = (name: string) => fileURLToPath(new URL(`./renderer/${name}`, import.meta.url));
  return mode === BENCH_MODE
    ? { main: page('index.html'), bench: page('bench.html') }
    : { main: page('index.html') };
}

export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  publicDir: '../resources/public',
  plugins: [react(), cspMeta()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  worker: { format: 'es' },
  build: {
    outDir: mode === BENCH_MODE ? '../dist-bench' : '../dist',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: buildInputs(mode) },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    root: '.',
    include: [
      'renderer/src/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
}));
