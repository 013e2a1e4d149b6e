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

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../resources/public',
  plugins: [react(), cspMeta()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  worker: { format: 'es' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./renderer/bench.html', import.meta.url)),
      },
    },
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
});
