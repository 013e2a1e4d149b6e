/**
 * An in-process fake of the sync protocol for client tests: push with idempotency by
 * (workstation, seq), per-field merge, a state rule on promises, pull pages, bulk, and switches
 * to go offline or lose a response after applying. Not the real server (server/), which the
 * e2e suite drives.
 */
import {
  type BulkConfirmRequest,
  type BulkRequest,
  type BulkResponse,
  type Change,
  type FieldHistoryEntry,
  type LiveEvent,
  type Mutation,
  type MutationResult,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  STATE_FIELDS,
  type SyncedTable,
  TABLE_KEYS,
  TABLE_RULES,
  type UndoImportResponse,
} from '../../../contracts/sync';
import {
  OfflineError,
  SyncHttpError,
  type SyncTransport,
} from '../../../renderer/src/data/sync/transport';

type Row = Record<string, unknown>;

export class FakeSyncServer {
  readonly rows = new Map<string, Row>();
  readonly log: Change[] = [];
  readonly applied = new Map<string, { hash: string; serverSeq: number }>();
  readonly pushes: PushRequest[] = [];
  readonly bulks: BulkRequest[] = [];
  readonly confirms: BulkConfirmRequest[] = [];
  readonly presences: { debtorId: string; calling: boolean; by: string }[] = [];
  /** Per row: overwritten values, newest first (as GET /sync/history answers). */
  readonly history = new Map<string, FieldHistoryEntry[]>();
  /** Per row and field: who wrote the current value, and when. */
  private readonly writers = new Map<string, Map<string, { by: string; at: string }>>();
  /** The instant presence events are stamped from (a call holds for two minutes). */
  now = () => new Date();
  offline = false;
  /** The signed-in account is lecture seule: every write is refused with 403. */
  readOnly = false;
  /** The next push is applied, then its response is lost. */
  loseNextResponse = false;
  pageSize = Number.POSITIVE_INFINITY;
  /** While set, every bulk is answered 409 `import_running` with this sentence. */
  importRunning: string | null = null;
  /** The next bulk is refused for good (409 `import_refused`) with this sentence. */
  refuseNextBulk: string | null = null;
  /** Imports applied by bulk, in order, with each row's value before them (for their undo). */
  readonly importRuns: {
    importId: string;
    state: 'applied' | 'undone';
    changes: { table: SyncedTable; key: string; prev: Row | null; serverSeq: number }[];
  }[] = [];
  readonly undoRequests: string[] = [];
  private listeners = new Set<(event: LiveEvent) => void>();

  transport(by = 'Julie Martin'): SyncTransport {
    const guard = () => {
      if (this.offline) throw new OfflineError(new Error('ECONNREFUSED'));
    };
    const writable = () => {
      if (this.readOnly) {
        throw new SyncHttpError(
          403,
          'Votre compte est en lecture seule : vous ne pouvez pas modifier le registre partagé.',
          'forbidden',
        );
      }
    };
    return {
      push: async (request) => {
        guard();
        writable();
        this.pushes.push(structuredClone(request));
        const response = this.push(request, by);
        if (this.loseNextResponse) {
          this.loseNextResponse = false;
          throw new OfflineError(new Error('connection reset'));
        }
        return response;
      },
      bulk: async ({ mutationTexts, ...rest }) => {
        guard();
        writable();
        // The server reads the text the workstation sent: its packs joined.
        const mutations = JSON.parse(`[${mutationTexts.join(',')}]`);
        const request: BulkRequest = { ...rest, mutations };
        this.bulks.push(request);
        if (this.importRunning) {
          throw new SyncHttpError(409, this.importRunning, 'import_running');
        }
        if (this.refuseNextBulk) {
          const reason = this.refuseNextBulk;
          this.refuseNextBulk = null;
          throw new SyncHttpError(409, reason, 'import_refused');
        }
        return this.bulk(request, by);
      },
      confirmBulk: async (request) => {
        guard();
        writable();
        this.confirms.push(structuredClone(request));
        const run = this.importRuns.find((r) => r.importId === request.importId);
        if (!run) {
          throw new SyncHttpError(
            409,
            'Cet import n’a pas été reçu par le serveur.',
            'import_unknown',
          );
        }
        const cursor = run.changes.at(-1)?.serverSeq ?? 0;
        return {
          importId: request.importId,
          applied: run.changes.length,
          cursor,
          duplicate: true,
        };
      },
      undoImport: async (importId) => {
        guard();
        writable();
        this.undoRequests.push(importId);
        return this.undoImport(importId, by);
      },
      presence: async (request) => {
        guard();
        this.presences.push({ ...request, by });
        const until = new Date(this.now().getTime() + (request.calling ? 120_000 : 0));
        for (const listener of this.listeners) {
          listener({ type: 'calling', debtorId: request.debtorId, by, until: until.toISOString() });
        }
      },
      pull: async (after, limit) => {
        guard();
        return this.pull(after, Math.min(limit, this.pageSize));
      },
      history: async (table, key) => {
        guard();
        return structuredClone(this.history.get(this.id(table, key)) ?? []);
      },
      events: (onEvent, signal) =>
        new Promise<void>((resolve, reject) => {
          if (this.offline) return reject(new OfflineError());
          this.listeners.add(onEvent);
          signal.addEventListener('abort', () => {
            this.listeners.delete(onEvent);
            resolve();
          });
        }),
    };
  }

  private id = (table: string, key: string) => `${table}/${key}`;

  push(request: PushRequest, by: string): PushResponse {
    const results: MutationResult[] = request.mutations.map((m) =>
      this.applyOne(request.workstationId, m, by),
    );
    this.announce();
    return { results };
  }

  bulk(request: BulkRequest, by: string): BulkResponse {
    const done = this.importRuns.find((run) => run.importId === request.importId);
    if (done) {
      const cursor = done.changes.at(-1)?.serverSeq ?? 0;
      return { importId: request.importId, applied: done.changes.length, cursor, duplicate: true };
    }
    let serverSeq = this.log.length;
    const after = serverSeq;
    const changes: FakeSyncServer['importRuns'][number]['changes'] = [];
    for (const m of request.mutations) {
      const prev = this.rows.get(this.id(m.table, m.key)) ?? null;
      const result = this.applyOne(request.workstationId, m, by);
      if (result.status === 'applied') {
        changes.push({ table: m.table, key: m.key, prev, serverSeq: result.serverSeq });
      }
      if (result.status !== 'refused') serverSeq = result.serverSeq;
    }
    if (request.kind !== 'seed') {
      this.importRuns.push({ importId: request.importId, state: 'applied', changes });
    }
    this.announce();
    return {
      importId: request.importId,
      applied: request.mutations.length,
      cursor: serverSeq,
      after,
    };
  }

  /** As server/src/bulk.ts: the latest import only, none of its rows changed since, audit kept. */
  undoImport(importId: string, by: string): UndoImportResponse {
    const latest = this.importRuns.at(-1);
    if (!latest || latest.importId !== importId || latest.state !== 'applied') {
      throw new SyncHttpError(
        409,
        latest?.importId === importId
          ? 'Cet import a déjà été annulé.'
          : 'Seul le dernier import peut être annulé.',
        'not_latest_import',
      );
    }
    const before = new Map<string, { table: SyncedTable; key: string; prev: Row | null }>();
    const lastSeq = new Map<string, number>();
    for (const change of latest.changes) {
      if (change.table === 'audit') continue;
      const id = this.id(change.table, change.key);
      if (!before.has(id)) before.set(id, change);
      lastSeq.set(id, change.serverSeq);
    }
    const changedSince = [...lastSeq].filter(
      ([id, seq]) =>
        [...this.log].reverse().find((c) => this.id(c.table, c.key) === id)?.serverSeq !== seq,
    ).length;
    if (changedSince > 0) {
      throw new SyncHttpError(
        409,
        `${changedSince} fiche(s) de cet import ont été modifiées depuis\u00a0: l’import ne peut plus être annulé d’un bloc.`,
        'import_changed_since',
      );
    }
    for (const { table, key, prev } of before.values()) this.write(table, key, prev, by);
    latest.state = 'undone';
    return { importId, undone: before.size, cursor: this.log.length };
  }

  private applyOne(workstationId: string, m: Mutation, by: string): MutationResult {
    const idempotency = `${workstationId}#${m.seq}`;
    const hash = JSON.stringify(m);
    const seen = this.applied.get(idempotency);
    if (seen) {
      if (seen.hash !== hash) throw new Error('tampered');
      return { seq: m.seq, status: 'duplicate', serverSeq: seen.serverSeq };
    }
    const id = this.id(m.table, m.key);
    const current = this.rows.get(id) ?? null;
    const stateField = (STATE_FIELDS as Record<string, string>)[m.table];
    if (
      stateField &&
      m.op === 'put' &&
      current &&
      m.fields &&
      stateField in m.fields &&
      m.base?.[stateField] !== current[stateField]
    ) {
      return {
        seq: m.seq,
        status: 'refused',
        reason: `Cette promesse a déjà été constatée ${String(current[stateField])} par ${this.lastBy(id)}.`,
        row: current,
      };
    }
    const overwritten: FieldHistoryEntry[] = [];
    if (m.op === 'put' && current && m.base && TABLE_RULES[m.table] !== 'append') {
      const same = (a: unknown, b: unknown) =>
        JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
      for (const [field, value] of Object.entries(m.fields ?? {})) {
        if (!(field in m.base) || same(m.base[field], current[field])) continue;
        if (same(current[field], value)) continue;
        const writer = this.writers.get(id)?.get(field);
        overwritten.push({
          field,
          value: current[field] ?? null,
          overwrittenBy: by,
          at: m.at,
          newValue: value,
          writtenBy: writer?.by ?? null,
          writtenAt: writer?.at ?? null,
        });
      }
    }
    let next: Row | null;
    if (m.op === 'delete') next = null;
    else {
      // As server/src/rules.ts: a removed field (sent as null) stays in the row as null.
      next = { ...(current ?? {}), ...m.fields, [TABLE_KEYS[m.table]]: m.key };
    }
    if (next) this.rows.set(id, next);
    else this.rows.delete(id);
    const serverSeq = this.log.length + 1;
    this.log.push({ serverSeq, table: m.table, key: m.key, row: next, by, at: m.at });
    this.applied.set(idempotency, { hash, serverSeq });
    if (overwritten.length > 0) {
      this.history.set(id, [...overwritten.reverse(), ...(this.history.get(id) ?? [])]);
    }
    this.noteWriters(id, m.fields ?? {}, by, m.at);
    return { seq: m.seq, status: 'applied', serverSeq };
  }

  private noteWriters(id: string, fields: Row, by: string, at: string): void {
    const writers = this.writers.get(id) ?? new Map<string, { by: string; at: string }>();
    for (const field of Object.keys(fields)) writers.set(field, { by, at });
    this.writers.set(id, writers);
  }

  private lastBy(id: string): string {
    return [...this.log].reverse().find((c) => this.id(c.table, c.key) === id)?.by ?? '?';
  }

  pull(after: number, limit: number): PullResponse {
    const changes = this.log.filter((c) => c.serverSeq > after).slice(0, limit);
    const cursor = changes.at(-1)?.serverSeq ?? after;
    return { changes: structuredClone(changes), cursor, more: cursor < this.log.length };
  }

  /** A change made by another workstation, directly on the server. */
  write(table: Mutation['table'], key: string, value: object | null, by = 'Paul Durand'): void {
    const row = value as Row | null;
    const id = this.id(table, key);
    if (row) this.rows.set(id, row);
    else this.rows.delete(id);
    const at = new Date().toISOString();
    if (row) this.noteWriters(id, row, by, at);
    this.log.push({
      serverSeq: this.log.length + 1,
      table,
      key,
      row,
      by,
      at,
    });
    this.announce();
  }

  announce(): void {
    for (const listener of this.listeners) listener({ type: 'changes', cursor: this.log.length });
  }

  tableRows(table: string): Row[] {
    return [...this.rows.entries()]
      .filter(([id]) => id.startsWith(`${table}/`))
      .map(([, row]) => row)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
}

/** Counts the changes of each page `transport` pulls, in order, into the returned array. */
export function countPulledPages(transport: SyncTransport): number[] {
  const pulled: number[] = [];
  const pull = transport.pull;
  transport.pull = async (after, limit) => {
    const page = await pull(after, limit);
    pulled.push(page.changes.length);
    return page;
  };
  return pulled;
}
