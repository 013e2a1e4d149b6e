/**
 * Bulk import benchmark (`node --import tsx server/bench/bulk.ts`): a real PostgreSQL (fsync on)
 * in a temporary directory, the server as a separate process on loopback, and a month's import
 * as one `POST /sync/bulk` (100,000 invoices, 10,000 debtors, 10,000 snapshots, a few thousand
 * other rows), sent twice: on an empty ledger, then again with the same keys (an update: every
 * row exists, some fields change). After each, a second workstation pulls every change with
 * pages of 5,000. Prints the client's serialization, the request and the pull times, with the
 * CPU time the server process and PostgreSQL used meanwhile (read from /proc: steadier than
 * wall times on a machine busy with other work).
 * Options by environment: BENCH_INVOICES (100000), BENCH_DEBTORS (10000).
 */
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import type { BulkResponse, Mutation, PullResponse } from '../../contracts/sync.ts';
import { freePort, startPostgres } from '../../tests/server/harness/postgres.ts';
import { spawnServer } from '../../tests/server/harness/serverProcess.ts';
import { createDatabase, PASSWORD, Workstation } from '../../tests/server/harness/workstation.ts';
import { createAccount } from '../src/accounts.ts';
import { migrate } from '../src/migrate.ts';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000);
const DEBTORS = Number(process.env.BENCH_DEBTORS ?? 10_000);
const CITIES = ['Lyon', 'Paris', 'Lille', 'Nantes', 'Bordeaux', 'Marseille', 'Rennes'];

const iso = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);

/** A month's import as the workstation sends it; `month` 0 or 1 (the second changes fields). */
function monthImport(month: number): Mutation[] {
  const at = new Date(Date.UTC(2026, 10 + month, 30, 9)).toISOString();
  const importId = `IMP-${month}`;
  const mutations: Mutation[] = [];
  const add = (table: Mutation['table'], key: string, fields: Record<string, unknown>) => {
    mutations.push({ seq: mutations.length + 1, table, key, op: 'put', fields, at });
  };
  add('imports', importId, {
    id: importId,
    fileName: `balance-2026-${11 + month}.xlsx`,
    sha256: `${month}`.repeat(64),
    asOfDate: iso(333 + month * 30),
    importedAt: at,
    mapping: { debtorAccount: 0, debtorName: 1, number: 2, dueDate: 4, amount: 5, open: 6 },
    counts: { rows: INVOICES, debtors: DEBTORS, items: INVOICES },
    diff: { newItems: month ? 0 : INVOICES, changedItems: 0, closedItems: 0, unchangedItems: 0 },
    undoable: true,
  });
  for (let d = 0; d < DEBTORS; d += 1) {
    const id = `D-${d}`;
    add('debtors', id, {
      id,
      accountNo: `C${String(d).padStart(6, '0')}`,
      name: `Société ${d} SAS`,
      siren: String(300_000_000 + d),
      vatNumber: `FR${String(10 + (d % 89))}${300_000_000 + d}`,
      addressLines: [`${1 + (d % 120)} rue de la République`, 'Bâtiment B'],
      postalCode: String(69_000 + (d % 900)),
      city: CITIES[d % CITIES.length],
      country: 'FR',
      contacts: [
        {
          id: `K-${d}`,
          name: `Contact ${d}`,
          role: 'comptabilite-fournisseurs',
          phone: '0472000000',
        },
      ],
      paymentTermsDays: 30 + (d % 3) * 15,
      creditLimitCents: 5_000_000 + d,
      assignee: `Chargé ${d % 5}`,
      tags: d % 4 === 0 ? ['grand-compte'] : [],
      // The second import moves some debtors to another status.
      status: month === 1 && d % 10 === 0 ? 'blocked' : 'active',
    });
  }
  for (let i = 0; i < INVOICES; i += 1) {
    const id = `F-${i}`;
    const amount = 10_000 + ((i * 7919) % 5_000_000);
    // The second import: a third of the items paid in part, the others only re-read.
    const open = month === 1 && i % 3 === 0 ? Math.floor(amount / 2) : amount;
    add('invoices', id, {
      id,
      debtorId: `D-${i % DEBTORS}`,
      number: `FA-2026-${String(i).padStart(7, '0')}`,
      kind: 'invoice',
      issueDate: iso(i % 300),
      dueDate: iso((i % 300) + 30),
      amountCents: amount,
      openCents: open,
      currency: 'EUR',
      poNumber: `PO-${i % 5000}`,
      status: 'open',
      lastImportId: importId,
      firstSeenImportId: 'IMP-0',
    });
  }
  for (let d = 0; d < DEBTORS; d += 1) {
    const id = `S-${month}-${d}`;
    add('snapshots', id, {
      id,
      importId,
      debtorId: `D-${d}`,
      asOfDate: iso(333 + month * 30),
      totalCents: 1_000_000 + d,
      buckets: { notDue: 1, d1_30: 2, d31_60: 3, d61_90: 4, d91_180: 5, over180: 6 },
    });
  }
  for (let a = 0; a < 2000; a += 1) {
    const id = `A-${month}-${a}`;
    add('audit', id, { id, at, by: 'Poste A', action: 'import-row', detail: `ligne ${a}` });
  }
  add('importJournals', importId, { importId, lines: INVOICES, warnings: [] });
  return mutations;
}

/**
 * CPU seconds used so far by a process and its children, the reaped ones included (the machine
 * may be busy with other work: wall times vary, CPU times much less).
 */
function cpuSeconds(rootPid: number): number {
  const stat = (pid: number | string) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return { ppid: Number(fields[1]), ticks: fields.slice(11, 15).map(Number) };
    } catch {
      return null;
    }
  };
  const root = stat(rootPid);
  if (!root) return Number.NaN;
  let ticks = root.ticks.reduce((a, b) => a + b, 0);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(entry);
    if (child?.ppid === rootPid) ticks += (child.ticks[0] ?? 0) + (child.ticks[1] ?? 0);
  }
  return ticks / 100;
}

async function pullEverything(reader: Workstation, after: number) {
  const start = performance.now();
  let cursor = after;
  let count = 0;
  let pages = 0;
  let bytes = 0;
  let parseMs = 0;
  for (;;) {
    const res = await fetch(`${reader.url}/sync/changes?after=${cursor}&limit=5000`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`pull ${res.status}: ${text}`);
    bytes += text.length;
    const t = performance.now();
    const body = JSON.parse(text) as PullResponse;
    parseMs += performance.now() - t;
    count += body.changes.length;
    pages += 1;
    cursor = body.cursor;
    if (!body.more) break;
  }
  return { ms: performance.now() - start, count, pages, bytes, parseMs, cursor };
}

async function main(): Promise<void> {
  const cluster = await startPostgres({ durable: true });
  const databaseUrl = await createDatabase(cluster.host, cluster.port);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  await migrate(pool);
  for (const login of ['poste-a', 'poste-b']) {
    await createAccount(
      pool,
      { login, displayName: login, role: 'responsable', password: PASSWORD },
      null,
    );
  }
  const port = await freePort();
  const server = spawnServer({ DATABASE_URL: databaseUrl, LISTEN: `127.0.0.1:${port}` });
  server.child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  try {
    await server.ready;
    const url = `http://127.0.0.1:${port}`;
    const sender = await Workstation.signIn(url, 'poste-a', 'bench-bulk-a');
    const reader = await Workstation.signIn(url, 'poste-b', 'bench-bulk-b');
    const postmaster = Number(
      readFileSync(`${cluster.dir}/data/postmaster.pid`, 'utf8').split('\n')[0],
    );
    const serverPid = server.child.pid ?? 0;
    const cpu = () => ({ server: cpuSeconds(serverPid), postgres: cpuSeconds(postmaster) });
    let after = 0;
    for (const month of [0, 1]) {
      const mutations = monthImport(month);
      const c0 = cpu();
      const t0 = performance.now();
      const body = JSON.stringify({
        workstationId: sender.id,
        importId: `import-${month}`,
        mutations,
      });
      const t1 = performance.now();
      const res = await fetch(`${url}/sync/bulk`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sender.token}`, 'content-type': 'application/json' },
        body,
      });
      const answer = (await res.json()) as BulkResponse;
      const t2 = performance.now();
      const c1 = cpu();
      if (res.status !== 200) throw new Error(`bulk ${res.status}: ${JSON.stringify(answer)}`);
      const pulled = await pullEverything(reader, after);
      const c2 = cpu();
      const used = (a: typeof c0, b: typeof c0) =>
        `CPU serveur ${(b.server - a.server).toFixed(1)} s, PostgreSQL ${(b.postgres - a.postgres).toFixed(1)} s`;
      after = pulled.cursor;
      const label = month === 0 ? 'registre vide' : 'mêmes clés (mise à jour)';
      process.stdout.write(
        `import ${month + 1} (${label}) : ${mutations.length} mutations, ${(body.length / 1e6).toFixed(1)} Mo, ` +
          `${answer.applied} appliquées\n` +
          `  JSON.stringify client  ${(t1 - t0).toFixed(0)} ms\n` +
          `  requête /sync/bulk     ${(t2 - t1).toFixed(0)} ms (${used(c0, c1)})\n` +
          `  total                  ${(t2 - t0).toFixed(0)} ms\n` +
          `  pull (pages de 5 000)  ${pulled.ms.toFixed(0)} ms : ${pulled.count} changements, ` +
          `${pulled.pages} pages, ${(pulled.bytes / 1e6).toFixed(1)} Mo, JSON.parse ${pulled.parseMs.toFixed(0)} ms ` +
          `(${used(c1, c2)})\n`,
      );
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await pool.end();
    cluster.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
