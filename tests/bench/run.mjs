#!/usr/bin/env node
/**
 * `npm run bench [-- --no-build] [name …]`
 *
 * Builds the web app with its benchmark page (`vite build --mode bench`, into dist-bench/: the
 * production build in dist/ has no benchmark page), serves it on a free local port, opens
 * bench.html in real Chromium (playwright-core, system browser) and runs the benchmarks
 * registered in renderer/src/bench/benchmarks.ts. Prints one line per benchmark and writes bench-results.json
 * at the repository root. A missed target is reported (FAIL) but is not an error: the exit code
 * is non-zero only when the harness itself breaks (build, browser, page error).
 *
 *   --no-build   reuse the existing dist-bench/ instead of building it again
 *   name …       run only these benchmarks
 *
 * CHROMIUM_PATH overrides the browser binary (default /usr/bin/chromium).
 *
 * The team benchmarks (team.*) need a Recouvra server on a real PostgreSQL: tests/bench/
 * teamServer.ts starts one on loopback for the run (PostgreSQL's binaries as for npm run
 * test:server). Without PostgreSQL they are reported as SKIP with the reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { formatResults } from './report.mjs';
import { startStaticServer } from './staticServer.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The same Chromium flags as the e2e tests (tests/chromium.json says why each is there). */
const chromiumFlags = JSON.parse(readFileSync(join(repoRoot, 'tests', 'chromium.json'), 'utf8'));
/** BENCH_DIST_DIR builds and serves elsewhere. */
const distDir = process.env.BENCH_DIST_DIR ?? join(repoRoot, 'dist-bench');
const resultsFile = join(repoRoot, 'bench-results.json');
/** Generous: 100,000-row IndexedDB writes take seconds each, and there are a dozen of them. */
const PAGE_TIMEOUT_MS = 30 * 60 * 1000;

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--no-build');
if (unknownFlags.length > 0) {
  console.error(`Unknown option(s): ${unknownFlags.join(' ')}`);
  process.exit(2);
}
const names = args.filter((a) => !a.startsWith('--'));

function build() {
  console.error('Building the web app with its benchmark page (vite build --mode bench)…');
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--mode', 'bench', '--logLevel', 'warn', '--outDir', distDir],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit code ${result.status})`);
}

/**
 * Starts tests/bench/teamServer.ts and resolves with what the page needs: the server and its
 * accounts, or why there is none. `stop()` ends it (closing its stdin stops it cleanly).
 */
async function startTeamServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/teamServer.ts'], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    child.stdin.end();
    await exited;
  };
  const firstLine = new Promise((resolve) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then(() => resolve(null));
  });
  const line = await firstLine;
  if (typeof line !== 'string') {
    const reason =
      stderr
        .trim()
        .split('\n')
        .find((l) => l.trim()) ?? 'arrêt inattendu';
    return { team: { unavailable: `serveur Recouvra non démarré (${reason})` }, stop };
  }
  return { team: { server: JSON.parse(line) }, stop };
}

async function main() {
  if (!skipBuild) build();
  if (!existsSync(join(distDir, 'bench.html'))) {
    throw new Error(`${join(distDir, 'bench.html')} is missing: run without --no-build`);
  }

  const server = await startStaticServer(distDir);
  const wantsTeam = names.length === 0 || names.some((name) => name.startsWith('team.'));
  const teamServer = wantsTeam ? await startTeamServer() : null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...chromiumFlags.args,
      // Unquantized performance.memory, for the peak-heap figures.
      '--enable-precise-memory-info',
      // window.gc() between runs, so one run's garbage is not collected during the next.
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('[bench]')) console.error(text);
      // A CSP violation is reported on the console and means the page is broken.
      else if (message.type() === 'error') pageErrors.push(text);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()} ${response.url()}`);
    });

    await page.goto(`${server.url}/bench.html`);
    await page
      .waitForFunction(() => typeof window.runBenchmarks === 'function', null, { timeout: 15_000 })
      .catch(() => {
        throw new Error(
          `bench.html did not start: ${pageErrors.join(' | ') || 'no error reported'}`,
        );
      });

    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const results = await page.evaluate(
      ([selected, team]) =>
        window.runBenchmarks(selected.length > 0 ? selected : undefined, team ?? undefined),
      /** @type {const} */ ([names, teamServer?.team ?? null]),
    );
    if (pageErrors.length > 0) throw new Error(`errors in bench.html: ${pageErrors.join(' | ')}`);

    for (const line of formatResults(results)) console.log(line);
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.error(`Results written to ${resultsFile}`);
  } finally {
    await browser.close();
    await server.close();
    await teamServer?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
