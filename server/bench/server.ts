/**
 * Server benchmark (`npm run bench:server`): a real PostgreSQL in a temporary directory, the
 * server as a separate process (as `npm run server` starts it) on loopback, simulated workstations.
 * Prints: mutations per second sustained at the target rate with p50/p95 latency, the saturation
 * throughput, and the time to pull 10,000 changes. Targets (issue #16): 200 mutations/s with
 * p95 < 100 ms on a 2-core machine; 10,000 changes pulled in < 2 s.
 * Options by environment: BENCH_RATE (200), BENCH_SECONDS (15), BENCH_WORKSTATIONS (20).
 */
import pg from 'pg';
import type { Mutation, PullResponse } from '../../contracts/sync.ts';
import { freePort, startPostgres } from '../../tests/server/harness/postgres.ts';
import { spawnServer } from '../../tests/server/harness/serverProcess.ts';
import { createDatabase, PASSWORD, Workstation } from '../../tests/server/harness/workstation.ts';
import { createAccount } from '../src/accounts.ts';
import { migrate } from '../src/migrate.ts';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WORKSTATIONS = Number(process.env.BENCH_WORKSTATIONS ?? 20);
const DEBTORS = 1000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

function workload(ws: Workstation, n: number): Mutation {
  if (n % 3 === 0) {
    const key = `A-${ws.id}-${n}`;
    return ws.mutation('activities', key, {
      id: key,
      debtorId: `D-${n % DEBTORS}`,
      type: 'call',
      text: `Appel ${n}`,
    });
  }
  const key = `D-${(n * 7919 + ws.id.length) % DEBTORS}`;
  return ws.mutation('debtors', key, { phone: `${ws.id}-${n}` }, { phone: null });
}

/** Each workstation sends one mutation per push, paced so that all together reach `rate`. */
async function drive(workstations: Workstation[], rate: number | null, seconds: number) {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const interval = rate ? (workstations.length * 1000) / rate : 0;
  await Promise.all(
    workstations.map(async (ws, index) => {
      let next = start + (interval * index) / workstations.length;
      let n = 0;
      while (performance.now() < end) {
        if (rate) await sleep(next - performance.now());
        n += 1;
        const sent = performance.now();
        const res = await ws.push([workload(ws, n)]);
        latencies.push(performance.now() - sent);
        if (res.status !== 200 || res.body.results[0]?.status !== 'applied') failures += 1;
        next += interval;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    count: latencies.length,
    failures,
  };
}

async function main(): Promise<void> {
  const cluster = await startPostgres({ durable: true });
  const databaseUrl = await createDatabase(cluster.host, cluster.port);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  await migrate(pool);
  const port = await freePort();
  const server = spawnServer({ DATABASE_URL: databaseUrl, LISTEN: `127.0.0.1:${port}` });
  try {
    await server.ready;
    const url = `http://127.0.0.1:${port}`;
    const workstations: Workstation[] = [];
    for (let i = 0; i < WORKSTATIONS; i += 1) {
      await createAccount(
        pool,
        { login: `c${i}`, displayName: `Chargé ${i}`, role: 'charge', password: PASSWORD },
        null,
      );
      workstations.push(await Workstation.signIn(url, `c${i}`, `bench-workstation-${i}`));
    }
    const first = workstations[0] as Workstation;
    const seed = Array.from({ length: DEBTORS }, (_, i) => ({
      seq: i + 1,
      table: 'debtors' as const,
      key: `D-${i}`,
      op: 'put' as const,
      fields: { id: `D-${i}`, name: `Débiteur ${i}`, phone: null },
      at: new Date().toISOString(),
    }));
    await first.request('POST', '/sync/bulk', {
      workstationId: first.id,
      importId: 'seed',
      mutations: seed,
    });

    await drive(workstations, RATE, 2); // warm-up
    const sustained = await drive(workstations, RATE, SECONDS);
    const saturated = await drive(workstations, null, 5);

    // 10,000 changes in the log after a cursor, pulled page by page as a workstation does.
    const cursorBefore = (await first.request<PullResponse>('GET', '/sync/changes?after=0&limit=1'))
      .body;
    const { rows } = await pool.query<{ last: string }>(
      'SELECT max(server_seq) AS last FROM changes',
    );
    const after = Number(rows[0]?.last ?? cursorBefore.cursor);
    const tenThousand = Array.from({ length: 10_000 }, (_, i) => ({
      seq: i + 1,
      table: 'invoices' as const,
      key: `F-${i}`,
      op: 'put' as const,
      fields: {
        id: `F-${i}`,
        debtorId: `D-${i % DEBTORS}`,
        number: `FA-2026-${String(i).padStart(6, '0')}`,
        issueDate: '2026-09-30',
        dueDate: '2026-10-30',
        amountCents: 125_000 + i,
        openCents: 125_000 + i,
        status: 'open',
      },
      at: new Date().toISOString(),
    }));
    const importStart = performance.now();
    await first.request('POST', '/sync/bulk', {
      workstationId: first.id,
      importId: 'ten-thousand',
      mutations: tenThousand,
    });
    const importMs = performance.now() - importStart;
    const reader = workstations[1] as Workstation;
    reader.cursor = after;
    const pullStart = performance.now();
    const pulled = await reader.pullAll(5000);
    const pullMs = performance.now() - pullStart;

    // A month's import of 100,000 items, then a second workstation receives it by pull.
    const hundredThousand = Array.from({ length: 100_000 }, (_, i) => ({
      seq: i + 1,
      table: 'invoices' as const,
      key: `G-${i}`,
      op: 'put' as const,
      fields: {
        id: `G-${i}`,
        debtorId: `D-${i % DEBTORS}`,
        number: `FB-2026-${String(i).padStart(6, '0')}`,
        issueDate: '2026-10-31',
        dueDate: '2026-11-30',
        amountCents: 99_000 + i,
        openCents: 99_000 + i,
        status: 'open',
      },
      at: new Date().toISOString(),
    }));
    const bigCursor = reader.cursor;
    const bigStart = performance.now();
    const big = await first.request<{ applied: number }>('POST', '/sync/bulk', {
      workstationId: first.id,
      importId: 'hundred-thousand',
      mutations: hundredThousand,
    });
    const bigImportMs = performance.now() - bigStart;
    reader.cursor = bigCursor;
    const bigPullStart = performance.now();
    const bigPulled = await reader.pullAll(5000);
    const bigPullMs = performance.now() - bigPullStart;

    const line = (name: string, value: string, target: string, ok: boolean) =>
      process.stdout.write(
        `${name.padEnd(34)} ${value.padEnd(34)} ${target.padEnd(22)} ${ok ? 'OK' : 'AU-DESSUS DE LA CIBLE'}\n`,
      );
    process.stdout.write(
      `Serveur Recouvra — ${WORKSTATIONS} postes simulés, boucle locale, ${SECONDS} s à ${RATE}/s\n`,
    );
    line(
      'push soutenu (mutations/s)',
      `${sustained.perSecond.toFixed(0)}/s, p50 ${sustained.p50.toFixed(1)} ms, p95 ${sustained.p95.toFixed(1)} ms`,
      `≥ ${RATE}/s, p95 < 100 ms`,
      sustained.perSecond >= RATE * 0.95 && sustained.p95 < 100 && sustained.failures === 0,
    );
    line(
      'push à saturation (mutations/s)',
      `${saturated.perSecond.toFixed(0)}/s, p95 ${saturated.p95.toFixed(1)} ms`,
      '(mesure)',
      saturated.failures === 0,
    );
    line('import de 10 000 lignes (bulk)', `${importMs.toFixed(0)} ms`, '(mesure)', true);
    line(
      `pull de ${pulled} changements`,
      `${pullMs.toFixed(0)} ms`,
      '< 2 000 ms',
      pulled === 10_000 && pullMs < 2000,
    );
    line(
      'import de 100 000 lignes (bulk)',
      `${bigImportMs.toFixed(0)} ms (${big.body.applied} écrites)`,
      '(mesure)',
      big.status === 200,
    );
    line(
      `pull de ${bigPulled} changements`,
      `${bigPullMs.toFixed(0)} ms`,
      '(mesure)',
      bigPulled === 100_000,
    );
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await pool.end();
    cluster.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
