import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChecksumResponse,
  type Mutation,
  SYNCED_TABLES,
  type SyncedTable,
} from '../../contracts/sync.ts';
import { tableChecksums } from '../../server/src/checksum.ts';
import { type TestServer, testServer, type Workstation } from './harness/testServer.ts';

const WORKSTATIONS = 20;
const SECONDS = Number(process.env.SERVER_CONVERGENCE_SECONDS ?? 20);
const DEBTORS = 20;
const PROMISES = 20;
const CASES = 10;
const STAGES = [
  'relance-1',
  'relance-2',
  'mise-en-demeure',
  'derniere-chance',
  'procedure',
  'clos',
];

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

/** A deterministic generator per workstation (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const row = (ws: Workstation, table: SyncedTable, key: string) => ws.replica.get(`${table}/${key}`);

function nextMutation(ws: Workstation, rnd: () => number, n: number): Mutation | null {
  const pick = rnd();
  if (pick < 0.4) {
    const key = `D-${Math.floor(rnd() * DEBTORS)}`;
    const current = row(ws, 'debtors', key);
    if (!current) return null;
    const field = ['phone', 'email', 'assignee', 'note'][Math.floor(rnd() * 4)] as string;
    return ws.mutation(
      'debtors',
      key,
      { [field]: `${ws.id}-${n}` },
      { [field]: current[field] ?? null },
    );
  }
  if (pick < 0.65) {
    const key = `A-${ws.id}-${n}`;
    return ws.mutation('activities', key, {
      id: key,
      debtorId: 'D-0',
      type: 'call',
      text: `Appel ${n}`,
    });
  }
  if (pick < 0.85) {
    const key = `P-${Math.floor(rnd() * PROMISES)}`;
    const current = row(ws, 'promises', key);
    if (!current) return null;
    const next = current.status === 'active' ? (rnd() < 0.5 ? 'kept' : 'broken') : 'active';
    return ws.mutation(
      'promises',
      key,
      { status: next, checkedBy: ws.id },
      { status: current.status, checkedBy: current.checkedBy ?? null },
    );
  }
  if (pick < 0.95) {
    const key = `C-${Math.floor(rnd() * CASES)}`;
    const current = row(ws, 'cases', key);
    if (!current) return null;
    const next = STAGES[(STAGES.indexOf(String(current.stage)) + 1) % STAGES.length];
    return ws.mutation('cases', key, { stage: next }, { stage: current.stage });
  }
  // A workstation's own letter, written then deleted.
  const key = `L-${ws.id}-${Math.floor(rnd() * 3)}`;
  return row(ws, 'letters', key)
    ? ws.mutation('letters', key, undefined, undefined, 'delete')
    : ws.mutation('letters', key, { id: key, debtorId: 'D-1', kind: 'relance-1' });
}

function replicaChecksums(ws: Workstation) {
  return tableChecksums(
    [...ws.replica.entries()].map(([id, r]) => {
      const slash = id.indexOf('/');
      return { table: id.slice(0, slash) as SyncedTable, key: id.slice(slash + 1), row: r };
    }),
  );
}

describe(`${WORKSTATIONS} workstations pushing and pulling concurrently`, () => {
  it(
    'converge: every replica has the server’s checksum for every table',
    async () => {
      const workstations: Workstation[] = [];
      for (let i = 0; i < WORKSTATIONS; i += 1) {
        const { login } = await server.account('charge', `Chargé ${i + 1}`);
        workstations.push(
          await server.workstation(login, `workstation-${String(i + 1).padStart(2, '0')}`),
        );
      }
      const first = workstations[0] as Workstation;
      const seed = await first.push([
        ...Array.from({ length: DEBTORS }, (_, i) =>
          first.mutation('debtors', `D-${i}`, { id: `D-${i}`, name: `Débiteur ${i}` }),
        ),
        ...Array.from({ length: PROMISES }, (_, i) =>
          first.mutation('promises', `P-${i}`, {
            id: `P-${i}`,
            debtorId: `D-${i}`,
            status: 'active',
            cents: 1000 * (i + 1),
          }),
        ),
        ...Array.from({ length: CASES }, (_, i) =>
          first.mutation('cases', `C-${i}`, {
            id: `C-${i}`,
            debtorId: `D-${i}`,
            stage: 'relance-1',
          }),
        ),
      ]);
      expect(seed.body.results.every((r) => r.status === 'applied')).toBe(true);

      const deadline = Date.now() + SECONDS * 1000;
      const stats = { pushed: 0, refused: 0, pulls: 0, errors: [] as string[] };
      await Promise.all(
        workstations.map(async (ws, index) => {
          const rnd = random(index + 1);
          let n = 0;
          await ws.pullAll();
          while (Date.now() < deadline) {
            const batch: Mutation[] = [];
            const size = 1 + Math.floor(rnd() * 5);
            for (let i = 0; i < size; i += 1) {
              n += 1;
              const m = nextMutation(ws, rnd, n);
              if (m) batch.push(m);
            }
            if (batch.length > 0) {
              const res = await ws.push(batch);
              if (res.status !== 200) {
                stats.errors.push(`${ws.id} ${res.status} ${JSON.stringify(res.body)}`);
                return;
              }
              stats.pushed += batch.length;
              for (const result of res.body.results) {
                if (result.status !== 'refused') continue;
                stats.refused += 1;
                // Roll the row back to the server's value, as the workstation does.
                const m = batch.find((b) => b.seq === result.seq) as Mutation;
                if (result.row) ws.replica.set(`${m.table}/${m.key}`, result.row);
                else ws.replica.delete(`${m.table}/${m.key}`);
              }
            }
            if (rnd() < 0.7) {
              await ws.pullAll(200);
              stats.pulls += 1;
            }
            await new Promise((r) => setTimeout(r, Math.floor(rnd() * 40)));
          }
        }),
      );
      expect(stats.errors).toEqual([]);
      expect(stats.pushed).toBeGreaterThan(500);
      expect(stats.refused).toBeGreaterThan(0);

      const { body: serverSums } = await first.request<ChecksumResponse>('GET', '/sync/checksum');
      for (const ws of workstations) {
        await ws.pullAll();
        expect(ws.cursor).toBe(serverSums.cursor);
        const mine = replicaChecksums(ws);
        for (const table of SYNCED_TABLES) {
          expect({ ws: ws.id, table, ...mine[table] }).toEqual({
            ws: ws.id,
            table,
            ...serverSums.tables[table],
          });
        }
      }
      // Every processed mutation is recorded once; every applied one wrote at most one change.
      const { rows } = await server.pool.query(
        `SELECT (SELECT count(*)::int FROM mutations) AS mutations,
                (SELECT count(*)::int FROM (SELECT workstation_id, seq FROM changes GROUP BY 1, 2 HAVING count(*) > 1) d) AS doubled`,
      );
      expect(rows[0].mutations).toBe(stats.pushed + DEBTORS + PROMISES + CASES);
      expect(rows[0].doubled).toBe(0);
      console.info(
        `convergence: ${stats.pushed} mutations (${stats.refused} refused), ${stats.pulls} pulls, ${WORKSTATIONS} workstations, ${SECONDS} s`,
      );
    },
    SECONDS * 1000 + 120_000,
  );
});
