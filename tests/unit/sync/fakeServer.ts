/**
 * An in-process fake of the sync protocol for client tests: push with idempotency by
 * (workstation, seq), per-field merge, a state rule on promises, pull pages, bulk, and switches
 * to go offline or lose a response after applying. Not the real server (server/), which the
 * e2e suite drives.
 */
import {
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
  TABLE_KEYS,
  TABLE_RULES,
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
      bulk: async (request) => {
        guard();
        writable();
        this.bulks.push(request);
        return this.bulk(request, by);
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
    let serverSeq = this.log.length;
    for (const m of request.mutations) {
      const result = this.applyOne(request.workstationId, m, by);
      if (result.status !== 'refused') serverSeq = result.serverSeq;
    }
    this.announce();
    return { importId: request.importId, applied: request.mutations.length, cursor: serverSeq };
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
      next = { ...(current ?? {}), [TABLE_KEYS[m.table]]: m.key };
      for (const [field, value] of Object.entries(m.fields ?? {})) {
        if (value === null) delete next[field];
        else next[field] = value;
      }
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
