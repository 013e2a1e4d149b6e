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
 *   --store=disk|memory|both   the IndexedDB store(s) to run on (default both: the on-disk
 *                profile is checked against the targets, the in-memory figures are a second column)
 *   name …       run only these benchmarks (ui.* are the user-path benchmarks, tests/bench/userPath)
 *
 * CHROMIUM_PATH overrides the browser binary (default /usr/bin/chromium).
 *
 * The team benchmarks (team.*) need a Recouvra server on a real PostgreSQL: tests/bench/
 * teamServer.ts starts one on loopback for the run (PostgreSQL's binaries as for npm run
 * test:server). Without PostgreSQL they are reported as SKIP with the reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { combineStores, formatResults } from './report.mjs';
import { startStaticServer } from './staticServer.mjs';
import { isUserPath, runUserPathBenchmarks } from './userPath/run.mjs';

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
const unknownFlags = args.filter(
  (a) => a.startsWith('--') && a !== '--no-build' && !a.startsWith('--store='),
);
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

/**
 * The two IndexedDB stores the benchmarks run on. `disk`: a persistent Chromium profile in a
 * temporary directory, the store a user's Electron app writes to; its figures are the ones the
 * targets are checked against. `memory`: Playwright's ephemeral context (in-memory store, as the
 * e2e tests use), kept as a second column to show what the disk costs.
 */
const STORES = /** @type {const} */ (['disk', 'memory']);

/** `--store=disk|memory|both` (default both). */
function selectedStores() {
  const option = args.find((a) => a.startsWith('--store='));
  const value = option ? option.slice('--store='.length) : 'both';
  if (value === 'both') return STORES;
  if (value === 'disk' || value === 'memory') return /** @type {const} */ ([value]);
  console.error(`--store=${value}: expected disk, memory or both`);
  process.exit(2);
}

/**
 * Opens Chromium on `store` and returns a page of it and how to close everything. A disk profile
 * lives in a fresh temporary directory, removed afterwards: each pass starts from an empty store.
 */
async function openStore(store) {
  const options = {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...chromiumFlags.args,
      // Unquantized performance.memory, for the peak-heap figures.
      '--enable-precise-memory-info',
      // window.gc() between runs, so one run's garbage is not collected during the next.
      '--js-flags=--expose-gc',
    ],
  };
  if (store === 'disk') {
    const profile = await mkdtemp(join(tmpdir(), 'recouvra-bench-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...options,
      acceptDownloads: true,
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  }
  const browser = await chromium.launch(options);
  const context = await browser.newContext({ acceptDownloads: true });
  return { context, close: () => browser.close() };
}

/** Collects what would make a page's figures meaningless: errors, CSP violations, failed loads. */
function watchPage(page, pageErrors, prefix = '') {
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench]')) console.error(`${prefix}${text}`);
    // A CSP violation is reported on the console and means the page is broken.
    else if (message.type() === 'error') pageErrors.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()} ${response.url()}`);
  });
}

/** The benchmarks that need workstation B in a browser of its own. */
const PEER_BENCHMARKS = ['team.import.reach.100k'];

function wantsTeamPeer(pageNames) {
  return pageNames.length === 0 || pageNames.some((name) => PEER_BENCHMARKS.includes(name));
}

/**
 * Workstation B of the team benchmarks: a second Chromium on a profile of its own, on the same
 * store as A. Two workstations are two machines; in one profile they shared Chromium's IndexedDB
 * files, and A's deleted databases made B's writes wait (the second run of the reach stalled).
 */
async function openPeer(store, serverUrl, pageErrors) {
  const opened = await openStore(store);
  try {
    const page = await opened.context.newPage();
    watchPage(page, pageErrors, 'B ');
    await page.goto(`${serverUrl}/bench.html`);
    await page.waitForFunction(() => typeof window.benchPeerAct === 'function', null, {
      timeout: 15_000,
    });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return { page, close: () => opened.close() };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** Runs the selected page and user-path benchmarks on one store. */
async function runPass(store, serverUrl, team) {
  console.error(
    `[bench] —— magasin IndexedDB : ${store === 'disk' ? 'profil sur disque' : 'mémoire'} ——`,
  );
  const opened = await openStore(store);
  /** @type {{ close(): Promise<void> } | null} */
  let peer = null;
  try {
    const page = await opened.context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    watchPage(page, pageErrors);
    const pageNames = names.filter((name) => !isUserPath(name));
    if (team && 'server' in team && wantsTeamPeer(pageNames)) {
      peer = await openPeer(store, serverUrl, pageErrors);
      const peerPage = peer.page;
      await page.exposeFunction('benchPeer', (request) =>
        peerPage.evaluate((r) => window.benchPeerAct(r), request),
      );
    }
    await page.goto(`${serverUrl}/bench.html`);
    await page
      .waitForFunction(() => typeof window.runBenchmarks === 'function', null, { timeout: 15_000 })
      .catch(() => {
        throw new Error(
          `bench.html did not start: ${pageErrors.join(' | ') || 'no error reported'}`,
        );
      });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const results =
      names.length > 0 && pageNames.length === 0
        ? []
        : await page.evaluate(
            ([selected, teamServer]) =>
              window.runBenchmarks(
                selected.length > 0 ? selected : undefined,
                teamServer ?? undefined,
              ),
            /** @type {const} */ ([pageNames, team]),
          );
    if (pageErrors.length > 0) throw new Error(`errors in bench.html: ${pageErrors.join(' | ')}`);
    const userPathNames = names.filter(isUserPath);
    if (names.length === 0 || userPathNames.length > 0) {
      results.push(
        ...(await runUserPathBenchmarks({
          context: opened.context,
          benchPage: page,
          serverUrl,
          names: userPathNames,
          watchPage,
        })),
      );
    }
    return results;
  } finally {
    await peer?.close();
    await opened.close();
  }
}

async function main() {
  if (!skipBuild) build();
  if (!existsSync(join(distDir, 'bench.html'))) {
    throw new Error(`${join(distDir, 'bench.html')} is missing: run without --no-build`);
  }
  const stores = selectedStores();
  const server = await startStaticServer(distDir);
  const wantsTeam = names.length === 0 || names.some((name) => name.startsWith('team.'));
  const teamServer = wantsTeam ? await startTeamServer() : null;
  try {
    /** @type {Record<string, import('./report.mjs').BenchmarkResult[]>} */
    const byStore = {};
    for (const store of stores) {
      // The team benchmarks take minutes and measure the network path more than the store:
      // they run once, on disk.
      const team =
        store === 'memory' && stores.length > 1
          ? { unavailable: 'mesuré sur le profil disque seulement' }
          : (teamServer?.team ?? null);
      byStore[store] = await runPass(store, server.url, team);
    }
    const results = combineStores(byStore.disk, byStore.memory);
    for (const line of formatResults(results)) console.log(line);
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.error(`Results written to ${resultsFile}`);
  } finally {
    await server.close();
    await teamServer?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
