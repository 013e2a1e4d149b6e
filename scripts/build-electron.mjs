// Bundles the Electron main process and the preload into dist-electron/ (see package.json "main").
// Both are single CommonJS files: the sandboxed preload cannot `require` anything but 'electron',
// and a bundled main needs no node_modules at run time.
//
// Usage: node scripts/build-electron.mjs [--dev]   (--dev or NODE_ENV=development: sourcemaps)
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-electron`;
const development = process.argv.includes('--dev') || process.env.NODE_ENV === 'development';

/** Modules the sandboxed preload may require at run time; anything else must be bundled. */
const PRELOAD_ALLOWED_IMPORTS = new Set(['electron']);

await rm(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'electron/main/index.ts',
    preload: 'electron/preload/index.ts',
  },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: development ? 'linked' : false,
  // Readable stack traces in user bug reports matter more than a few kilobytes.
  minify: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'info',
});

// The Electron side shares only contracts/ with the renderer (tests/unit/architecture.test.ts
// checks the imports; this checks what was actually bundled).
const rendererInputs = Object.keys(result.metafile.inputs).filter((file) =>
  file.startsWith('renderer/'),
);
if (rendererInputs.length > 0) {
  console.error(
    `build-electron: renderer code bundled into the main process or preload: ${rendererInputs.join(', ')}`,
  );
  process.exit(1);
}

const preload = Object.entries(result.metafile.outputs).find(([file]) =>
  file.endsWith('preload.cjs'),
)?.[1];
const forbidden = (preload?.imports ?? [])
  .filter((entry) => entry.external && !PRELOAD_ALLOWED_IMPORTS.has(entry.path))
  .map((entry) => entry.path);
if (!preload || forbidden.length > 0) {
  console.error(
    `build-electron: the sandboxed preload cannot require ${forbidden.join(', ') || '(missing output)'}`,
  );
  process.exit(1);
}
