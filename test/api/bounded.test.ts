// @vitest-environment node
import type { ServerResponse } from 'node:http';
import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import { parseRetryAfter } from '../../src/api/response';
import type { CohortsClientOptions } from '../../src/api/types';
import { startHostileServer, streamBytes, trickleForever, type HostileServer } from './support/hostileServer';

// Every phase of a call ends: computing headers, waiting for an answer, reading its body. The
// timeouts here are short only so that a call that would hang ends the test; nothing measures time.
const KEY = 'sk-bounded-key';
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
const COHORT = { id: 'c-1', name: 'Readers', tags: [], query: QUERY };
const never = <T>() => new Promise<T>(() => undefined);

let server: HostileServer;

function clientFor(options: Partial<CohortsClientOptions> = {}) {
  return createCohortsClient({ baseUrl: server.origin, apiKey: KEY, auth: 'header', timeoutMs: 5_000, ...options });
}

async function failure(promise: Promise<unknown>): Promise<CohortApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CohortApiError);
  return error as CohortApiError;
}

function abortSoon(): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  return controller.signal;
}

const writeJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));

beforeEach(async () => {
  server = await startHostileServer((_request, response) => writeJson(response, 200, [COHORT]));
});
afterEach(() => server.close());

describe('headers that never come', () => {
  it('given a headers function that never settles, then the timeout ends the call before anything is sent', async () => {
    const error = await failure(clientFor({ timeoutMs: 100, headers: never }).listCohorts());
    expect(error).toMatchObject({ kind: 'timeout', outcome: 'not-applied', retryable: true });
    expect(error.message).toContain('headers');
    expect(server.requests).toEqual([]);
  });

  it('given a headers function that never settles, then an abort ends the call (with no timeout at all)', async () => {
    const error = await failure(clientFor({ timeoutMs: 0, headers: never }).createCohort({ name: 'X', query: QUERY }, { signal: abortSoon() }));
    expect(error).toMatchObject({ kind: 'abort', outcome: 'not-applied' });
    expect(server.requests).toEqual([]);
  });

  it('given a headers function that throws, then nothing was sent', async () => {
    const error = await failure(
      clientFor({
        headers: () => {
          throw new Error('no session');
        },
      }).createCohort({ name: 'X', query: QUERY }),
    );
    expect(error).toMatchObject({ kind: 'network', outcome: 'not-applied' });
    expect(server.requests).toEqual([]);
  });
});

describe('answers that never come', () => {
  it('given a server that never answers, then the timeout ends the call', async () => {
    server.handle(() => undefined);
    const error = await failure(clientFor({ timeoutMs: 200 }).createCohort({ name: 'X', query: QUERY }));
    expect(error).toMatchObject({ kind: 'timeout', outcome: 'unknown', retryable: true });
    expect(error.message).toContain('200 ms');
  });

  it('given a server that received the create and never answers, then an abort ends the call, and the create may have happened', async () => {
    const controller = new AbortController();
    server.handle(() => controller.abort());
    const error = await failure(clientFor({ timeoutMs: 0 }).createCohort({ name: 'X', query: QUERY }, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'abort', outcome: 'unknown' });
    expect(server.requests).toHaveLength(1);
  });

  it('given a custom fetch that ignores the signal, then the timeout still ends the call', async () => {
    const error = await failure(clientFor({ timeoutMs: 100, fetch: () => never() }).listCohorts());
    expect(error).toMatchObject({ kind: 'timeout', outcome: 'unknown' });
  });

  it('given a custom fetch that ignores the signal, then an abort still ends the call', async () => {
    expect(await failure(clientFor({ timeoutMs: 0, fetch: () => never() }).getCohort('c-1', { signal: abortSoon() }))).toMatchObject({ kind: 'abort' });
  });

  it('given a fetch that answers after the timeout, then its late body is cancelled', async () => {
    let cancelled = false;
    let answer: (response: Response) => void = () => undefined;
    const late = () => new Promise<Response>((resolve) => (answer = resolve));
    expect((await failure(clientFor({ timeoutMs: 50, fetch: late }).listCohorts())).kind).toBe('timeout');
    const body = new ReadableStream<Uint8Array>({
      cancel: () => {
        cancelled = true;
      },
    });
    answer(new Response(body, { status: 200 }));
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('given the connection dropped after the request arrived, then the outcome is unknown', async () => {
    server.handle((_request, response) => response.socket?.destroy());
    expect(await failure(clientFor().createCohort({ name: 'X', query: QUERY }))).toMatchObject({ kind: 'network', outcome: 'unknown', retryable: true });
  });

  it('given a refused connection, then nothing was sent', async () => {
    await server.close();
    expect(await failure(clientFor().createCohort({ name: 'X', query: QUERY }))).toMatchObject({ kind: 'network', outcome: 'not-applied' });
  });
});

describe('bodies that never end', () => {
  // A fetch that aborts the call once the status has arrived: the abort lands while the body is read.
  function abortingAfterStatus(controller: AbortController): CohortsClientOptions['fetch'] {
    return async (url, init) => {
      const response = await globalThis.fetch(url, init);
      setTimeout(() => controller.abort(), 20);
      return response;
    };
  }

  it('given a 200 whose body trickles for ever, then the timeout ends the call and the reader lets go of the connection', async () => {
    let closed = false;
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      void trickleForever(response).then(() => (closed = true));
    });
    const error = await failure(clientFor({ timeoutMs: 1_000 }).listCohorts());
    expect(error).toMatchObject({ kind: 'timeout', status: undefined, outcome: 'applied', retryable: true });
    expect(error.message).toContain('HTTP 200');
    await vi.waitFor(() => expect(closed).toBe(true));
  });

  it('given a 201 whose body never ends, then the create happened: outcome applied, not retryable', async () => {
    server.handle((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json' }).write('{"id": "c-1", ');
    });
    const controller = new AbortController();
    const client = clientFor({ timeoutMs: 0, fetch: abortingAfterStatus(controller) });
    const error = await failure(client.createCohort({ name: 'X', query: QUERY }, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'abort', outcome: 'applied', retryable: false });
    expect(error.message).toContain('HTTP 201');
  });

  it('given an error status whose body never ends, then an abort ends the read, and nothing was applied', async () => {
    server.handle((_request, response) => void trickleForever(response.writeHead(404)));
    const controller = new AbortController();
    const client = clientFor({ timeoutMs: 0, fetch: abortingAfterStatus(controller) });
    expect(await failure(client.getCohort('c-1', { signal: controller.signal }))).toMatchObject({ kind: 'abort', outcome: 'not-applied' });
  });
});

describe('bodies that are too large', () => {
  it('given a 200 streaming far more than maxResponseBytes, then too-large, and the client stops reading', async () => {
    let written: Promise<number> = Promise.resolve(0);
    const total = 64 * 1024 * 1024;
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      written = streamBytes(response, total);
    });
    const error = await failure(clientFor({ maxResponseBytes: 64 * 1024 }).listCohorts());
    expect(error).toMatchObject({ kind: 'too-large', status: 200, outcome: 'applied', retryable: false });
    expect(error.message).toContain('65536 bytes');
    expect(await written).toBeLessThan(total);
  });

  it('given no maxResponseBytes, then the default (4 MiB) applies', async () => {
    server.handle((_request, response) => void streamBytes(response.writeHead(200), 5 * 1024 * 1024));
    expect((await failure(clientFor().listCohorts())).kind).toBe('too-large');
  });

  it('given a content-length over the limit, then it fails at once, without waiting for a body that never comes', async () => {
    server.handle((_request, response) => response.writeHead(201, { 'content-length': String(100 * 1024 * 1024) }).write('{'));
    const error = await failure(clientFor({ timeoutMs: 0 }).createCohort({ name: 'X', query: QUERY }));
    expect(error).toMatchObject({ kind: 'too-large', status: 201, outcome: 'applied' });
  });

  it('given a huge error body, then the error keeps its status (only the head of the body is read)', async () => {
    server.handle((_request, response) => void streamBytes(response.writeHead(500, { 'content-type': 'text/html' }), 20 * 1024 * 1024, Buffer.alloc(4096, 'x')));
    const error = await failure(clientFor().listCohorts());
    expect(error).toMatchObject({ kind: 'http', status: 500, outcome: 'unknown', retryable: true });
    expect(error.message.length).toBeLessThan(1_000);
  });

  it('given maxResponseBytes 0, then any size is read', async () => {
    const many = Array.from({ length: 30_000 }, (_, index) => ({ ...COHORT, id: `c-${index}` }));
    server.handle((_request, response) => writeJson(response, 200, many));
    await expect(clientFor({ maxResponseBytes: 0 }).listCohorts()).resolves.toHaveLength(30_000);
  });
});

describe('retryAfter', () => {
  it('given 429 with Retry-After in seconds, then retryAfter holds them', async () => {
    server.handle((_request, response) => writeJson(response, 429, { error: { status_code: 429, code: 6000, message: 'Slow down' } }, { 'retry-after': '120' }));
    const error = await failure(clientFor().listCohorts());
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfter: 120, retryable: true, outcome: 'not-applied' });
    expect(error.toJSON()).toMatchObject({ retryAfter: 120, outcome: 'not-applied' });
  });

  it('given 503 with Retry-After as an HTTP-date, then retryAfter counts the seconds until it', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    server.handle((_request, response) => writeJson(response, 503, 'down', { 'retry-after': inAnHour }));
    const error = await failure(clientFor().listCohorts());
    expect(error).toMatchObject({ status: 503, outcome: 'not-applied' });
    expect(error.retryAfter).toBeGreaterThan(3_500);
    expect(error.retryAfter).toBeLessThanOrEqual(3_600);
  });

  it('given other statuses or a malformed header, then retryAfter is absent', async () => {
    server.handle((_request, response) => writeJson(response, 500, 'x', { 'retry-after': '30' }));
    expect((await failure(clientFor().listCohorts())).retryAfter).toBeUndefined();
    server.handle((_request, response) => writeJson(response, 429, 'x', { 'retry-after': 'soon' }));
    expect((await failure(clientFor().listCohorts())).retryAfter).toBeUndefined();
  });

  it('reads seconds and the three HTTP-date forms', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 45 ', now)).toBe(45);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Wednesday, 01-Jan-25 00:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Wed Jan  1 00:00:05 2025', now)).toBe(5);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    for (const bad of [null, '', '-5', '1.5', 'soon', 'Wed, 01 Jan 2025 00:01:30']) expect(parseRetryAfter(bad, now)).toBeUndefined();
  });
});

describe('outcome', () => {
  it('given a 201 with an empty body, then the cohort was created but is unknown: applied, never a plain failure', async () => {
    server.handle((_request, response) => response.writeHead(201).end());
    const error = await failure(clientFor().createCohort({ name: 'X', query: QUERY }));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 201, outcome: 'applied', retryable: false });
    expect(error.message).toContain('empty');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ outcome: 'applied' });
  });

  it('given a 201 with a malformed body, then applied', async () => {
    server.handle((_request, response) => writeJson(response, 201, '{"id": "c-1", "na'));
    expect(await failure(clientFor().createCohort({ name: 'X', query: QUERY }))).toMatchObject({ kind: 'invalid-response', outcome: 'applied' });
  });

  it.each([
    [400, 'not-applied'],
    [401, 'not-applied'],
    [404, 'not-applied'],
    [409, 'not-applied'],
    [500, 'unknown'],
    [502, 'unknown'],
    [503, 'not-applied'],
    [504, 'unknown'],
  ] as const)('given HTTP %i, then %s', async (status, outcome) => {
    server.handle((_request, response) => writeJson(response, status, { error: { status_code: status, code: 1, message: 'no' } }));
    expect(await failure(clientFor().createCohort({ name: 'X', query: QUERY }))).toMatchObject({ kind: 'http', status, outcome });
  });

  it('given a query with errors or an already aborted signal, then not-applied and nothing is sent', async () => {
    expect(await failure(clientFor().createCohort({ name: 'X', query: { event: 'Pageview', frequency: {} } }))).toMatchObject({ kind: 'validation', outcome: 'not-applied' });
    const controller = new AbortController();
    controller.abort();
    expect(await failure(clientFor().createCohort({ name: 'X', query: QUERY }, { signal: controller.signal }))).toMatchObject({ kind: 'abort', outcome: 'not-applied' });
    expect(server.requests).toEqual([]);
  });
});
