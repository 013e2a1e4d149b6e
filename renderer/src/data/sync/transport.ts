/**
 * The workstation's client of the sync protocol (docs/sync-protocol.md) over `fetch`. The engine
 * only sees the SyncTransport interface, so tests drive it against an in-process fake server.
 */
import type {
  BulkConfirmRequest,
  BulkRequest,
  BulkResponse,
  ErrorBody,
  FieldHistoryEntry,
  LiveEvent,
  PullResponse,
  PushRequest,
  PushResponse,
  SignInRequest,
  SignInResponse,
  SyncedTable,
  UndoImportResponse,
} from '../../../../contracts/sync';

/**
 * « En cours d'appel par … » (`POST /sync/presence`): `calling` true when a guided call starts
 * (and to renew it while it lasts), false when it ends. The server names the account and answers
 * until when the presence holds; it tells the other workstations with a `calling` live event.
 */
export interface PresenceRequest {
  debtorId: string;
  calling: boolean;
}

/**
 * A bulk request whose mutations are already JSON text: the outbox's packs (outboxPacks.ts,
 * mutationTexts), sent without being parsed and serialized again. `[${mutationTexts.join(',')}]`
 * is the request's `mutations`.
 */
export interface SerializedBulkRequest extends Omit<BulkRequest, 'mutations'> {
  mutationTexts: readonly string[];
}

/** Text copied into the bulk body per turn of the event loop: some 20 ms of the window. */
const BODY_TEXT_PER_TURN = 2_000_000;

/**
 * The body of a bulk request, built as a Blob a few megabytes per turn. Handed to fetch() as one
 * 64 MB string, an import's body held the window 0.6 s while it was copied; a Blob copies its
 * parts when it is made, and a Blob made of Blobs copies nothing more.
 */
async function bulkBody({ mutationTexts, ...rest }: SerializedBulkRequest): Promise<Blob> {
  // The object's closing brace gives way to the mutations.
  const parts: BlobPart[] = [`${JSON.stringify(rest).slice(0, -1)},"mutations":[`];
  let pending: string[] = [];
  let size = 0;
  for (const [index, text] of mutationTexts.entries()) {
    pending.push(index === 0 ? text : `,${text}`);
    size += text.length;
    if (size < BODY_TEXT_PER_TURN) continue;
    parts.push(new Blob(pending));
    pending = [];
    size = 0;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  parts.push(new Blob(pending), ']}');
  return new Blob(parts, { type: 'application/json' });
}

export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  presence(request: PresenceRequest): Promise<void>;
  bulk(request: SerializedBulkRequest): Promise<BulkResponse>;
  /** Takes the outbox seqs of an import the server applied before its local commit. */
  confirmBulk(request: BulkConfirmRequest): Promise<BulkResponse>;
  /** Undoes the latest import on the server (`importId`: its bulk's id, `import-<id>`). */
  undoImport(importId: string): Promise<UndoImportResponse>;
  pull(after: number, limit: number): Promise<PullResponse>;
  /** The values concurrent writes overwrote in one row, newest first (GET /sync/history). */
  history(table: SyncedTable, key: string): Promise<FieldHistoryEntry[]>;
  /** Listens to the live channel until the stream ends (resolves) or breaks (rejects). */
  events(onEvent: (event: LiveEvent) => void, signal: AbortSignal): Promise<void>;
}

/**
 * Content-addressed documents (docs/sync-protocol.md § Documents): `PUT /blobs/:sha256` and
 * `GET /blobs/:sha256`. Apart from SyncTransport so that a transport without documents stays valid.
 */
export interface BlobTransport {
  /** Sends the bytes under their hash; the server recomputes it and answers 409 on a mismatch. */
  putBlob(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes as the server sent them, not verified here (the reader checks the hash). */
  getBlob(sha256: string): Promise<Uint8Array>;
}

/** The server could not be reached (no network, server down, connection cut). */
export class OfflineError extends Error {
  constructor(cause?: unknown) {
    super('Serveur injoignable', { cause });
    this.name = 'OfflineError';
  }
}

/** The server answered with an error status and, usually, a French message for the user. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

export interface HttpTransportOptions {
  serverUrl: string;
  /** The session token; null when signed out. */
  token: () => string | null;
  fetch?: typeof fetch;
}

async function errorFrom(response: Response): Promise<SyncHttpError> {
  let body: Partial<ErrorBody> = {};
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const fallback =
    response.status === 401
      ? 'Votre session a expiré : reconnectez-vous.'
      : `Le serveur a refusé la demande (${response.status}).`;
  return new SyncHttpError(response.status, body.message ?? fallback, body.error);
}

export function createHttpTransport(options: HttpTransportOptions): SyncTransport &
  BlobTransport & {
    signIn(request: SignInRequest): Promise<SignInResponse>;
    signOut(): Promise<void>;
  } {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.serverUrl.replace(/\/+$/, '');

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const token = options.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new OfflineError(error);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  const json = async <T>(path: string, init?: RequestInit) =>
    (await (await call(path, init)).json()) as T;
  const post = <T>(path: string, body: unknown) =>
    json<T>(path, { method: 'POST', body: JSON.stringify(body) });

  return {
    signIn: (request) => post<SignInResponse>('/auth/session', request),
    signOut: async () => {
      await call('/auth/session', { method: 'DELETE' });
    },
    push: (request) => post<PushResponse>('/sync/push', request),
    bulk: async (request) =>
      json<BulkResponse>('/sync/bulk', { method: 'POST', body: await bulkBody(request) }),
    confirmBulk: (request) => post<BulkResponse>('/sync/bulk/confirm', request),
    undoImport: (importId) =>
      post<UndoImportResponse>(`/sync/imports/${encodeURIComponent(importId)}/undo`, {}),
    presence: async (request) => {
      await call('/sync/presence', { method: 'POST', body: JSON.stringify(request) });
    },
    putBlob: async (sha256, bytes) => {
      await call(`/blobs/${encodeURIComponent(sha256)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      });
    },
    getBlob: async (sha256) => {
      const response = await call(`/blobs/${encodeURIComponent(sha256)}`);
      try {
        return new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        throw new OfflineError(error);
      }
    },
    pull: (after, limit) =>
      json<PullResponse>(`/sync/changes?after=${encodeURIComponent(after)}&limit=${limit}`),
    history: async (table, key) =>
      (
        await json<{ history: FieldHistoryEntry[] }>(
          `/sync/history/${encodeURIComponent(table)}/${encodeURIComponent(key)}`,
        )
      ).history,
    async events(onEvent, signal) {
      const response = await call('/sync/events', {
        headers: { accept: 'text/event-stream' },
        signal,
      });
      if (!response.body) throw new OfflineError();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = createEventStreamParser(onEvent);
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          parser.push(value);
        }
      } catch (error) {
        if (signal.aborted) return;
        throw new OfflineError(error);
      }
    },
  };
}

/**
 * Server-sent events, parsed from text chunks: `event:` names the type (default `message`),
 * `data:` lines carry JSON. Events the workstation does not know are ignored.
 */
export function createEventStreamParser(onEvent: (event: LiveEvent) => void) {
  let buffer = '';
  const dispatch = (block: string) => {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data.join('\n'));
    } catch {
      return;
    }
    if (typeof payload !== 'object' || payload === null) return;
    const event = { type, ...payload } as LiveEvent;
    if (event.type === 'changes' || event.type === 'calling' || event.type === 'import') {
      onEvent(event);
    }
  };
  return {
    push(chunk: string) {
      buffer += chunk;
      const blocks = buffer.split(/\r?\n\r?\n/);
      buffer = blocks.pop() ?? '';
      for (const block of blocks) dispatch(block);
    },
  };
}
