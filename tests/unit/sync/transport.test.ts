import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../contracts/sync';
import {
  createEventStreamParser,
  createHttpTransport,
  OfflineError,
  SyncHttpError,
} from '../../../renderer/src/data/sync/transport';

describe('HTTP transport', () => {
  it('sends the bearer token and the JSON body to the protocol’s paths', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const transport = createHttpTransport({
      serverUrl: 'https://recouvra.test/',
      token: () => 'jeton',
      fetch: async (url, init = {}) => {
        calls.push({ url: String(url), init });
        return Response.json({ changes: [], cursor: 4, more: false });
      },
    });
    await transport.pull(4, 100);
    await transport.push({ workstationId: 'ws-00000001', mutations: [] });
    expect(calls.map((c) => [c.init.method ?? 'GET', c.url])).toEqual([
      ['GET', 'https://recouvra.test/sync/changes?after=4&limit=100'],
      ['POST', 'https://recouvra.test/sync/push'],
    ]);
    const headers = new Headers(calls[1]?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer jeton');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('sends a bulk as the JSON of its request, its mutations’ texts copied as they are', async () => {
    let body: unknown;
    const transport = createHttpTransport({
      serverUrl: 'https://recouvra.test',
      token: () => 'jeton',
      fetch: async (_url, init = {}) => {
        body = init.body;
        return Response.json({ importId: 'import-1', applied: 3, cursor: 9 });
      },
    });
    const mutation = (seq: number) =>
      JSON.stringify({ seq, table: 'debtors', key: `d${seq}`, op: 'put', fields: {}, at: 'x' });
    // Texts of several megabytes: the body is built over several turns.
    const big = Array.from({ length: 30_000 }, (_, i) => mutation(i + 2)).join(',');
    await transport.bulk({
      workstationId: 'ws-00000001',
      importId: 'import-1',
      kind: 'import',
      mutationTexts: [mutation(1), big, mutation(30_002)],
    });
    expect(body).toBeInstanceOf(Blob);
    const sent = JSON.parse(await (body as Blob).text()) as {
      importId: string;
      mutations: { seq: number }[];
    };
    expect(sent.importId).toBe('import-1');
    expect(sent.mutations.map((m) => m.seq)).toEqual([
      1,
      ...Array.from({ length: 30_000 }, (_, i) => i + 2),
      30_002,
    ]);
  });

  it('turns a network failure into OfflineError and an error body into its French message', async () => {
    const down = createHttpTransport({
      serverUrl: 'https://recouvra.test',
      token: () => null,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(down.pull(0, 1)).rejects.toBeInstanceOf(OfflineError);
    const refusing = createHttpTransport({
      serverUrl: 'https://recouvra.test',
      token: () => 'jeton',
      fetch: async () =>
        Response.json(
          { error: 'read-only', message: 'Votre compte est en lecture seule.' },
          { status: 403 },
        ),
    });
    const error = await refusing.pull(0, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({ status: 403, message: 'Votre compte est en lecture seule.' });
  });

  it('reads server-sent events from a streamed response', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const text = new TextEncoder();
        controller.enqueue(text.encode(': ping\n\nevent: changes\ndata: {"cur'));
        controller.enqueue(text.encode('sor":12}\n\nevent: unknown\ndata: {}\n\n'));
        controller.close();
      },
    });
    const transport = createHttpTransport({
      serverUrl: 'https://recouvra.test',
      token: () => 'jeton',
      fetch: async () => new Response(stream, { headers: { 'content-type': 'text/event-stream' } }),
    });
    const events: LiveEvent[] = [];
    await transport.events((event) => events.push(event), new AbortController().signal);
    expect(events).toEqual([{ type: 'changes', cursor: 12 }]);
  });

  it('parses events split across chunks and CRLF line ends', () => {
    const events: LiveEvent[] = [];
    const parser = createEventStreamParser((event) => events.push(event));
    parser.push('event: calling\r\ndata: {"debtorId":"d1","by":"Julie Martin",');
    parser.push('"until":"2026-11-23T10:42:00Z"}\r\n\r\n');
    expect(events).toEqual([
      { type: 'calling', debtorId: 'd1', by: 'Julie Martin', until: '2026-11-23T10:42:00Z' },
    ]);
  });
});
