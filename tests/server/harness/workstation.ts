/** Simulated workstations and per-test databases (no Vitest here: the benchmark uses it too). */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type {
  Mutation,
  PullResponse,
  PushResponse,
  SignInResponse,
  SyncedTable,
} from '../../../contracts/sync.ts';

export const PASSWORD = 'correct horse battery staple';

export async function createDatabase(host: string, port: number): Promise<string> {
  const name = `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: `postgres://postgres@${host}:${port}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `postgres://postgres@${host}:${port}/${name}`;
}

export interface Reply<T> {
  status: number;
  body: T;
}

/** A simulated workstation: its own id, seq counter, cursor and replica. */
export class Workstation {
  seq = 0;
  cursor = 0;
  readonly replica = new Map<string, Record<string, unknown>>();

  constructor(
    readonly url: string,
    readonly id: string,
    public token: string,
    readonly account: SignInResponse['account'],
  ) {}

  static async signIn(url: string, login: string, workstationId: string): Promise<Workstation> {
    const res = await fetch(`${url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: PASSWORD, workstationId }),
    });
    const body = (await res.json()) as SignInResponse;
    if (res.status !== 200) throw new Error(`sign-in ${res.status}: ${JSON.stringify(body)}`);
    return new Workstation(url, workstationId, body.token, body.account);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Builds the next outbox entry (seq + 1). */
  mutation(
    table: SyncedTable,
    key: string,
    fields: Record<string, unknown> | undefined,
    base?: Record<string, unknown>,
    op: 'put' | 'delete' = 'put',
  ): Mutation {
    this.seq += 1;
    return {
      seq: this.seq,
      table,
      key,
      op,
      ...(fields ? { fields } : {}),
      ...(base ? { base } : {}),
      at: new Date().toISOString(),
    };
  }

  push(mutations: Mutation[]): Promise<Reply<PushResponse>> {
    return this.request<PushResponse>('POST', '/sync/push', { workstationId: this.id, mutations });
  }

  /** Pulls every page after the cursor into the replica. */
  async pullAll(limit = 1000): Promise<number> {
    let received = 0;
    for (;;) {
      const { status, body } = await this.request<PullResponse>(
        'GET',
        `/sync/changes?after=${this.cursor}&limit=${limit}`,
      );
      if (status !== 200) throw new Error(`pull ${status}: ${JSON.stringify(body)}`);
      for (const change of body.changes) {
        const id = `${change.table}/${change.key}`;
        if (change.row === null) this.replica.delete(id);
        else this.replica.set(id, change.row);
      }
      received += body.changes.length;
      this.cursor = body.cursor;
      if (!body.more) return received;
    }
  }
}
