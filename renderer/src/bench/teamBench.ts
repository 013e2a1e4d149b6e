/**
 * Team mode, measured as two colleagues live it (issue #16): two workstations, each with its own
 * IndexedDB replica, its own sync engine and its own session, talking over loopback to a real
 * Recouvra server on a real PostgreSQL (tests/bench/teamServer.ts, started by
 * tests/bench/run.mjs). Without a server the runner skips these benchmarks and says why.
 *
 * - team.import.reach.100k: from « Importer » on workstation A (parse in the worker, commit, push
 *   as one bulk) until workstation B holds the 100,000 items, against the same import on a
 *   workstation working alone. Target: at most 2×. B runs in a second browser when the runner
 *   provides one (window.benchPeer), each run in a team of its own.
 * - team.edit.visible: an edit of a debtor on A until B's replica has it (push, live event, pull);
 *   the 95th percentile of 20 edits per run, against 1 s.
 */
import { liveQuery } from 'dexie';
import { clock } from '../data/clock';
import { RecouvraDb } from '../data/db';
import { SyncEngine } from '../data/sync/engine';
import { listenForOutboxEntries } from '../data/sync/outboxMiddleware';
import { SYNC_STATE_KEYS, type TeamConfig } from '../data/sync/outboxTypes';
import { createHttpTransport } from '../data/sync/transport';
import { createImportSession } from '../workers/spreadsheet/client';
import { fixedBaseline } from './baselines';
import { benchWorkbookFile, importEndToEnd } from './importBench';
import type { Benchmark, Measurement } from './runner';

/** What tests/bench/teamServer.ts prints: the server and one account per workstation. */
export interface TeamBenchServer {
  url: string;
  accounts: readonly { login: string; password: string }[];
}

let server: TeamBenchServer | null = null;

/** Set by the runner before the benchmarks run; null when no server could be started. */
export function setTeamServer(value: TeamBenchServer | null): void {
  server = value;
}

export function teamServerAvailable(): boolean {
  return server !== null;
}

interface Workstation {
  db: RecouvraDb;
  close(): Promise<void>;
}

/** A workstation in team mode, signed in with account `index`, its engine running. */
async function joinTeam(name: string, index: number): Promise<Workstation> {
  const { url, accounts } = requireServer();
  const account = accounts[index];
  if (!account) throw new Error(`compte ${index} absent du serveur de mesure`);
  const db = new RecouvraDb(`recouvra-bench-${name}-${crypto.randomUUID()}`);
  await db.open();
  const workstationId = crypto.randomUUID();
  const config: TeamConfig = { serverUrl: url, workstationId };
  await db.syncState.put({ key: SYNC_STATE_KEYS.config, value: config });
  db.outboxControl.active = true;
  let token: string | null = null;
  const transport = createHttpTransport({ serverUrl: url, token: () => token });
  token = (await transport.signIn({ ...account, workstationId })).token;
  const engine = new SyncEngine({ db, transport, workstationId, clock });
  db.outboxControl.onCommitted = () => engine.trigger();
  const stopListening = listenForOutboxEntries(db.name, () => engine.trigger());
  engine.start();
  return {
    db,
    async close() {
      stopListening();
      engine.stop();
      await transport.signOut().catch(() => undefined);
      db.close();
      await db.delete();
    },
  };
}

function requireServer(): TeamBenchServer {
  if (!server) throw new Error('serveur Recouvra de mesure absent');
  return server;
}

/** Resolves once `read` returns true, checking every `everyMs`. */
async function until(read: () => Promise<boolean>, everyMs: number, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (!(await read())) {
    if (performance.now() > deadline) throw new Error('délai dépassé');
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function cursorOf(db: RecouvraDb): Promise<unknown> {
  return (await db.syncState.get(SYNC_STATE_KEYS.cursor))?.value;
}

/** A moment comparable between two browsers on this machine: epoch milliseconds, sub-ms. */
const wallNow = () => performance.timeOrigin + performance.now();

/**
 * When `db` first held `items` invoices (wallNow): the moment its sync cursor last moved (the
 * commit of the pulled changes that completed it), found by watching the cursor, a keyed read.
 * The invoices are counted once per move of the cursor, after it has rested a second: a count
 * walks every row, and counts polled every 100 ms on a replica of 100,000 items kept IndexedDB
 * so busy that its pulls stopped being written.
 */
async function whenHolding(db: RecouvraDb, items: number, startCursor: unknown): Promise<number> {
  let cursor = startCursor;
  let movedAt = wallNow();
  let countedAt = -1;
  let held = false;
  await until(
    async () => {
      const now = await cursorOf(db);
      if (now !== cursor) {
        cursor = now;
        movedAt = wallNow();
        return false;
      }
      if (cursor === startCursor || countedAt === movedAt) return false;
      if (wallNow() - movedAt < 1000) return false;
      countedAt = movedAt;
      held = (await db.invoices.count()) >= items;
      return held;
    },
    100,
    10 * 60_000,
  );
  if (!held) throw new Error('réception incomplète');
  return movedAt;
}

/**
 * The colleague's workstation B, in step with the shared ledger when A imports. Each run uses a
 * team of its own (tests/bench/teamServer.ts): an empty shared ledger, B new and in step.
 */
interface Receiver {
  /** B's invoices and sync cursor now. */
  mark(): Promise<{ invoices: number; cursor: unknown }>;
  /** When (wallNow) B first held `items` invoices, its cursor having been `startCursor`. */
  holding(items: number, startCursor: unknown): Promise<number>;
  close(): Promise<void>;
}

/**
 * What the page of workstation B answers, in its own browser (`window.benchPeerAct`, called by
 * tests/bench/run.mjs on behalf of A's page through `window.benchPeer`).
 */
export type PeerRequest =
  | { op: 'join'; server: TeamBenchServer; account: number }
  | { op: 'mark' }
  | { op: 'holding'; items: number; startCursor: unknown }
  | { op: 'close' };

let peerWorkstation: Workstation | null = null;

/** B's side: runs in the peer browser's bench page. */
export async function actAsPeer(request: PeerRequest): Promise<unknown> {
  if (request.op === 'join') {
    await peerWorkstation?.close();
    setTeamServer(request.server);
    peerWorkstation = await joinTeam('team-b', request.account);
    return null;
  }
  const workstation = peerWorkstation;
  if (!workstation) throw new Error('poste B non connecté');
  if (request.op === 'close') {
    peerWorkstation = null;
    await workstation.close();
    return null;
  }
  if (request.op === 'mark') return mark(workstation.db);
  return whenHolding(workstation.db, request.items, request.startCursor);
}

async function mark(db: RecouvraDb): Promise<{ invoices: number; cursor: unknown }> {
  return { invoices: await db.invoices.count(), cursor: await cursorOf(db) };
}

declare global {
  interface Window {
    /** Set by tests/bench/run.mjs: asks workstation B, in another browser, to act. */
    benchPeer?: (request: PeerRequest) => Promise<unknown>;
  }
}

/**
 * B in another browser with its own profile when the runner provides one (two workstations are
 * two machines: each its own IndexedDB files); otherwise in this page.
 */
async function receiverWorkstation(account: number): Promise<Receiver> {
  const peer = window.benchPeer;
  if (peer) {
    await peer({ op: 'join', server: requireServer(), account });
    return {
      mark: async () => (await peer({ op: 'mark' })) as { invoices: number; cursor: unknown },
      holding: async (items, startCursor) =>
        (await peer({ op: 'holding', items, startCursor })) as number,
      close: async () => {
        await peer({ op: 'close' });
      },
    };
  }
  const local = await joinTeam('team-b', account);
  return {
    mark: () => mark(local.db),
    holding: (items, startCursor) => whenHolding(local.db, items, startCursor),
    close: () => local.close(),
  };
}

/** Teams of tests/bench/teamServer.ts: team 0 is the edit benchmark's, the others one run each. */
let nextTeam = 1;

async function importReach(): Promise<Measurement> {
  const team = nextTeam++;
  if (2 * team + 1 >= requireServer().accounts.length) {
    throw new Error('plus d’équipe libre sur le serveur de mesure');
  }
  const b = await receiverWorkstation(2 * team + 1);
  const sender = await joinTeam('team-a', 2 * team);
  try {
    const before = await b.mark();
    const senderBefore = await sender.db.invoices.count();
    const start = wallNow();
    const session = createImportSession();
    try {
      const parsed = await session.parse(benchWorkbookFile(), 'balance_agee_100k_2026-11-23.xlsx');
      if (!parsed.ok) throw new Error(parsed.message);
      void session.claim();
      await session.commit({
        sha256: 'bench',
        partialFile: false,
        by: 'bench',
        databaseName: sender.db.name,
      });
    } finally {
      session.dispose();
    }
    const localMs = wallNow() - start;
    // What A holds once imported (rows of the file with nothing left to pay are not items), not
    // the file's 100,000 rows: waiting for those never ended. Counted once, outside the loop.
    const imported = (await sender.db.invoices.count()) - senderBefore;
    // When A's outbox is empty the server has taken the bulk: what comes after is B's pull. Polled
    // every 100 ms (a count of a small store), beside the wait for B.
    const sent = until(async () => (await sender.db.outbox.count()) === 0, 100, 10 * 60_000).then(
      () => wallNow() - start,
    );
    // Read after B's wait; should that wait fail first, this one's outcome is not left unhandled.
    sent.catch(() => undefined);
    const ms = (await b.holding(before.invoices + imported, before.cursor)) - start;
    const sentMs = await sent;
    console.info(
      `[bench] team.import.reach.100k: import sur A ${localMs.toFixed(0)} ms, pris par le serveur à ${sentMs.toFixed(0)} ms, reçu par B à ${ms.toFixed(0)} ms`,
    );
    return { ms, metrics: { senderLocal: localMs, serverTook: sentMs } };
  } finally {
    await sender.close();
    await b.close();
  }
}

const EDITS_PER_RUN = 20;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Resolves when B's replica shows `note` on debtor `id`; the time it took. */
function visibleOn(db: RecouvraDb, id: string, note: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(() => db.debtors.get(id)).subscribe({
      next: (row) => {
        if (row?.notes !== note) return;
        queueMicrotask(() => subscription.unsubscribe());
        resolve();
      },
      error: reject,
    });
  });
}

async function editVisible(): Promise<Measurement> {
  const a = await joinTeam('edit-a', 0);
  const b = await joinTeam('edit-b', 1);
  try {
    const id = `bench-${crypto.randomUUID()}`;
    await a.db.debtors.add({
      id,
      accountNo: `411${id.slice(-6)}`,
      name: 'Débiteur de mesure',
      addressLines: [],
      contacts: [],
      tags: [],
      status: 'active',
    });
    await until(async () => (await b.db.debtors.get(id)) !== undefined, 50, 30_000);
    const latencies: number[] = [];
    for (let n = 1; n <= EDITS_PER_RUN; n++) {
      const note = `Rappeler le service comptable (${n})`;
      const seen = visibleOn(b.db, id, note);
      const start = performance.now();
      await a.db.debtors.update(id, { notes: note });
      await seen;
      latencies.push(performance.now() - start);
      // A colleague edits now and then, not in a tight loop.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const p95 = percentile(latencies, 95);
    console.info(
      `[bench] team.edit.visible: médiane ${percentile(latencies, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`,
    );
    return { ms: p95, metrics: {} };
  } finally {
    await a.close();
    await b.close();
  }
}

export const TEAM_BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'team.import.reach.100k',
    description:
      'Import d’un .xlsx de 100 000 lignes sur le poste A jusqu’à sa réception complète par le ' +
      'poste B (serveur Recouvra et PostgreSQL en boucle locale), comparé au même import sur un ' +
      'poste seul.',
    targetRatio: 2,
    warmupRuns: 1,
    runs: 3,
    measure: importReach,
    baseline: { kind: 'measured', measure: importEndToEnd },
    requires: 'team-server',
  },
  {
    name: 'team.edit.visible',
    description:
      'Modification d’un débiteur sur le poste A jusqu’à son affichage possible sur le poste B ' +
      '(envoi, canal en direct, réception) : 95ᵉ centile de 20 modifications, comparé à 1 s.',
    targetRatio: 1,
    warmupRuns: 1,
    runs: 5,
    measure: editVisible,
    baseline: fixedBaseline('team.edit.visible'),
    requires: 'team-server',
  },
];
