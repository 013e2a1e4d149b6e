/**
 * Entry of bench.html. Exposes `window.runBenchmarks(names?)` for tests/bench/run.mjs, and a
 * button to run the same benchmarks by hand (`npm run web`, then open /bench.html).
 */
import { benchApp } from './appLedger';
import { BENCHMARKS } from './benchmarks';
import { type BenchmarkResult, erroredResult, runBenchmark, skippedResult } from './runner';
import {
  actAsPeer,
  type PeerRequest,
  setTeamServer,
  type TeamBenchServer,
  teamServerAvailable,
} from './teamBench';

declare global {
  interface Window {
    /**
     * Runs the named benchmarks (all when omitted), in registry order. `team` is the Recouvra
     * server tests/bench/run.mjs started for the team benchmarks, or why there is none.
     */
    runBenchmarks: (
      names?: readonly string[],
      team?: { server: TeamBenchServer } | { unavailable: string },
    ) => Promise<BenchmarkResult[]>;
    /** The app's ledger seeded for the user-path benchmarks (tests/bench/userPath). */
    benchApp: typeof benchApp;
    /** In the peer browser: acts as team workstation B (tests/bench/run.mjs). */
    benchPeerAct: (request: PeerRequest) => Promise<unknown>;
  }
}

const output = document.getElementById('bench-output');
const button = document.getElementById('run-benchmarks');

function log(message: string): void {
  // The runner forwards the page's console to the terminal: progress shows during long runs.
  console.info(`[bench] ${message}`);
  if (output) output.textContent += `${message}\n`;
}

const NO_TEAM_SERVER = 'aucun serveur Recouvra : lancez la mesure par npm run bench';

async function runBenchmarks(
  names?: readonly string[],
  team: { server: TeamBenchServer } | { unavailable: string } = { unavailable: NO_TEAM_SERVER },
): Promise<BenchmarkResult[]> {
  setTeamServer('server' in team ? team.server : null);
  const unknown = (names ?? []).filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((b) => b.name).join(', ');
    throw new Error(`Mesure inconnue : ${unknown.join(', ')} (disponibles : ${known})`);
  }
  const selected = names ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
  const results: BenchmarkResult[] = [];
  for (const benchmark of selected) {
    log(`${benchmark.name} — ${benchmark.description}`);
    if (benchmark.requires === 'team-server' && !teamServerAvailable()) {
      const reason = 'unavailable' in team ? team.unavailable : NO_TEAM_SERVER;
      log(`SKIP ${benchmark.name}: ${reason}`);
      results.push(skippedResult(benchmark, reason));
      continue;
    }
    let measured: BenchmarkResult[];
    try {
      measured = await runBenchmark(benchmark, log);
    } catch (error) {
      // One benchmark that throws (a wait that times out) must not cost the figures of the rest.
      const failed = erroredResult(benchmark, error);
      log(`FAIL ${benchmark.name}: erreur : ${failed.error}`);
      results.push(failed);
      continue;
    }
    for (const result of measured) {
      log(
        `${result.pass ? 'PASS' : 'FAIL'} ${result.name}: ${result.value} ${result.unit}, ` +
          `référence ${result.baseline} ${result.unit}, ratio ${result.ratio} (cible ≤ ${result.target})`,
      );
      results.push(result);
    }
  }
  return results;
}

window.runBenchmarks = runBenchmarks;
window.benchApp = benchApp;
window.benchPeerAct = actAsPeer;

button?.addEventListener('click', () => {
  button.setAttribute('disabled', '');
  runBenchmarks()
    .catch((error: unknown) =>
      log(`Erreur : ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => button.removeAttribute('disabled'));
});
